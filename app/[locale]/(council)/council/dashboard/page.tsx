import { getTranslations } from "next-intl/server";
import { OpinionForm } from "@/components/council/opinion-form";
import { DashboardFilterForm, parseDashboardGroup } from "@/components/dashboard/dashboard-filter-form";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { VoicesSection } from "@/components/dashboard/voices-section";
import { headingClass } from "@/components/ui/heading";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { listOpinionPeriods } from "@/lib/council/opinions";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { listItems } from "@/lib/items/list-items";
import { periodKey as keyOf, periodLabel } from "@/lib/periods/period-key";
import { read, readPage } from "@/lib/read/page-data";
import { getInternalSummary, getInternalTrend, resolvePeriodKey } from "@/lib/rollup/get-summary";

export const generateMetadata = titleFromCatalog("councilArea", "dashboardTitle");

/** The council's dashboard: the public one plus approved reports not yet published, with a place to record an opinion. */
export default async function CouncilDashboardPage({ params, searchParams }: PageProps<"/[locale]/council/dashboard">) {
  await enterLocale(params);
  const query = await searchParams;
  const focus = parseDashboardGroup(query.group);
  const requested = typeof query.period === "string" ? query.period : undefined;
  const periodId = await resolvePeriodKey(requested);
  const summary = await readPage("/council/dashboard", getInternalSummary, periodId ?? undefined);
  // The policy has answered: the rest of the page reads in parallel.
  const [t, td, trend, periods, actor, items] = await Promise.all([
    getTranslations("councilArea"),
    getTranslations("dashboard"),
    read(getInternalTrend),
    read(listOpinionPeriods),
    getActor(),
    listItems(),
  ]);
  const key = summary.period && periodId ? keyOf(summary.period) : undefined;
  return (
    <div className="flex flex-col gap-8">
      <h1 className={headingClass.page}>{t("dashboardTitle")}</h1>
      <p className="rounded-8 border-2 border-key-900 bg-key-50 p-4">{t("dashboardLead")}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {summary.period && (
          <li>
            <Link href={`/council/report/${keyOf(summary.period)}`}>{t("reportLink")}</Link>
          </li>
        )}
        <li>
          <Link href="/council/opinions">{t("opinionsLink")}</Link>
        </li>
      </ul>
      <DashboardFilterForm
        path="/council/dashboard"
        periods={summary.periods}
        period={key}
        group={focus}
        showGroup
        internal
      />
      {periodId === null && (
        <p role="status" className="rounded-8 border-2 border-error-1 bg-white p-3 font-bold text-error-1">
          {td("periodNotFound", { key: (requested ?? "").slice(0, 40) })}
        </p>
      )}
      <DashboardView
        summary={summary}
        trend={trend}
        internal
        focus={focus}
        voices={focus ? undefined : <VoicesSection id="dash-voices" />}
      />
      {can(actor, "opinion.write") && (
        <section aria-labelledby="opinion-heading" className="flex flex-col gap-4">
          <h2 id="opinion-heading" className={headingClass.section}>
            {t("opinionHeading")}
          </h2>
          <OpinionForm
            periods={periods.map((p) => ({ id: p.id, label: periodLabel(p), open: p.open }))}
            items={items.map(({ number, title }) => ({ number, title }))}
          />
        </section>
      )}
    </div>
  );
}
