import { getTranslations } from "next-intl/server";
import { VisionIndicators } from "@/components/indicators/vision-indicators";
import { PageHeader } from "@/components/ui/page-header";
import type { PageQuery } from "@/lib/http/page-cache";
import { Link } from "@/lib/i18n/navigation";
import { getPublicTrend } from "@/lib/rollup/get-summary";
import { DashboardFilterForm, parseDashboardGroup } from "./dashboard-filter-form";
import { DashboardView } from "./dashboard-view";
import { loadPublicSummary } from "./load-public-summary";
import { UnknownPeriodNotice } from "./period-notice";
import { VoicesSection } from "./voices-section";

/** The public dashboard for a query (period, breakdown): see components/items/items-view.tsx. */
export async function PublicDashboard({ query }: { query: PageQuery }) {
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
      <DashboardView
        summary={summary}
        trend={trend}
        focus={focus}
        voices={focus ? undefined : <VoicesSection id="dash-voices" />}
      />
      {!focus && <VisionIndicators />}
    </div>
  );
}
