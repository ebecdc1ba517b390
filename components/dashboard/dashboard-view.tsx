import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ChecksSection } from "@/components/consistency/checks-section";
import { headingClass } from "@/components/ui/heading";
import type { ItemState } from "@/lib/rollup/item-states";
import type { Summary, TrendPoint } from "@/lib/rollup/summary";
import type { DashboardGroup } from "./dashboard-filter-form";
import { AxisSections } from "./distribution-section";
import { loadLabels } from "./format";
import { FreshnessSection } from "./freshness-section";
import { KpiSection } from "./kpi-section";
import { MethodSection } from "./method-section";
import { OverallStats } from "./overall-stats";
import { GroupStatusSection, StatusSection } from "./status-sections";
import { TrendSection } from "./trend-section";

const GROUPS = [
  { kind: "area", key: "areas", collapsed: false },
  { kind: "direction", key: "directions", collapsed: false },
  { kind: "bureau", key: "bureaus", collapsed: false },
  { kind: "classification", key: "classifications", collapsed: true },
] as const satisfies readonly { kind: DashboardGroup; key: keyof Summary; collapsed: boolean }[];

/**
 * The dashboard of a period's roll-ups: overall state, the groups, 評価, 達成度,
 * their trend, freshness and KPIs, each as a text summary, a chart and a table,
 * then how the numbers are computed. `internal` marks the council's view,
 * whose roll-ups include approved, unpublished reports; `focus` shows one
 * breakdown only; `voices`, the section on citizens' voices, comes before the method.
 */
export async function DashboardView({
  summary,
  trend,
  internal = false,
  focus,
  voices,
}: {
  summary: Summary & { items: ItemState[] };
  trend: TrendPoint[];
  internal?: boolean;
  focus?: DashboardGroup;
  /** a section rendered as #dash-voices, listed in the contents */
  voices?: ReactNode;
}) {
  const [t, labels] = await Promise.all([getTranslations("dashboard"), loadLabels()]);
  const { overall, period, items } = summary;
  const groups = GROUPS.filter((g) => !focus || g.kind === focus);
  const toc = [
    "overall",
    ...groups.map((g) => g.kind),
    "evaluation",
    "achievement",
    "trend",
    "freshness",
    "kpi",
    "checks",
    ...(voices ? (["voices"] as const) : []),
    "method",
  ] as const;
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-2">
        <p className="font-bold">
          {period
            ? t("periodShown", { period: labels.period(period), status: t(`periodStatus.${period.status}`) })
            : t("noPeriod")}
        </p>
        {internal && (
          <p className="rounded-8 border-2 border-yellow-1000 bg-yellow-50 p-3 font-bold text-solid-gray-900">
            {t("internalNote")}
          </p>
        )}
        <nav aria-labelledby="dash-toc-heading" className="no-print">
          <h2 id="dash-toc-heading" className={headingClass.minor}>
            {t("toc")}
          </h2>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {toc.map((key) => (
              <li key={key}>
                <a href={`#dash-${key}`} className="text-key-900 underline underline-offset-4">
                  {t(`sections.${key}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>

      <StatusSection
        id="dash-overall"
        heading={t("sections.overall")}
        rollup={overall}
        rowLabel={t("stats.items")}
        labels={labels}
        figures={<OverallStats rollup={overall} />}
      />

      {groups.map((g) => (
        <GroupStatusSection
          key={g.kind}
          id={`dash-${g.kind}`}
          kind={g.kind}
          heading={t(`sections.${g.kind}`)}
          groups={summary[g.key]}
          overallItems={overall.items}
          labels={labels}
          collapsed={g.collapsed && !focus}
        />
      ))}

      <AxisSections idPrefix="dash" rollup={overall} labels={labels} />
      <TrendSection id="dash-trend" trend={trend} labels={labels} />
      <FreshnessSection
        id="dash-freshness"
        period={period}
        periods={summary.periods}
        overall={overall}
        bureaus={summary.bureaus}
        sections={summary.sections}
        labels={labels}
        collapseSections
      />
      <KpiSection id="dash-kpi" rollup={overall} items={items} />
      <ChecksSection id="dash-checks" summary={summary} periodLabel={labels.period} />
      {voices}
      <MethodSection id="dash-method" internal={internal} />
    </div>
  );
}
