import { getTranslations } from "next-intl/server";
import { DashboardFilterForm, parseDashboardGroup } from "@/components/dashboard/dashboard-filter-form";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { loadPublicSummary } from "@/components/dashboard/load-public-summary";
import { UnknownPeriodNotice } from "@/components/dashboard/period-notice";
import { VisionIndicators } from "@/components/indicators/vision-indicators";
import { PageHeader } from "@/components/ui/page-header";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { getPublicTrend } from "@/lib/rollup/get-summary";

// The filters live in the URL, so the page renders per request, from the cached roll-ups that every publication refreshes.
export const generateMetadata = titleFromCatalog("dashboard");

export default async function DashboardPage({ params, searchParams }: PageProps<"/[locale]/dashboard">) {
  await enterLocale(params);
  const query = await searchParams;
  const focus = parseDashboardGroup(query.group);
  const [t, { summary, periodKey, unknownPeriod }, trend] = await Promise.all([
    getTranslations("dashboard"),
    loadPublicSummary(query.period),
    getPublicTrend(),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead", { count: summary.overall.items })} />
      <DashboardFilterForm path="/dashboard" periods={summary.periods} period={periodKey} group={focus} showGroup />
      <UnknownPeriodNotice periodKey={unknownPeriod} />
      {focus && (
        <p>
          {t("focusNote", { kind: t(`groupKinds.${focus}`) })}{" "}
          <Link
            href={periodKey ? `/dashboard?period=${periodKey}` : "/dashboard"}
            className="text-key-900 underline underline-offset-4"
          >
            {t("showAll")}
          </Link>
        </p>
      )}
      <DashboardView summary={summary} trend={trend} focus={focus} />
      {!focus && <VisionIndicators />}
    </div>
  );
}
