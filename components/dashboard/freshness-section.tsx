import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ValueBarChart } from "@/components/charts/value-bar-chart";
import { Ja, ja } from "@/components/ui/ja";
import { Link } from "@/lib/i18n/navigation";
import { latestClosedUpTo, type PeriodRef } from "@/lib/rollup/item-states";
import type { Rollup } from "@/lib/rollup/rollup";
import type { GroupRollup } from "@/lib/rollup/summary";
import { ChartSection, Collapsible } from "./chart-section";
import { DataTable } from "./data-table";
import { type Labels, type Translator, toPercent } from "./format";
import { RATE_STYLE } from "./series";

function rateRows(t: Translator, labels: Labels, groups: GroupRollup[], header: (g: GroupRollup) => ReactNode) {
  return groups.map((g) => ({
    key: `${g.code ?? ""}:${g.name}`,
    header: header(g),
    cells: [
      t("count", { count: g.items }),
      t("count", { count: g.current }),
      t("percent", { value: toPercent(g.updateRate) }),
      t("count", { count: g.stale }),
      g.latestAsOf ? labels.date(g.latestAsOf) : t("none"),
    ],
  }));
}

/**
 * Freshness: how many items have a report published for the period shown
 * (update rate), overall, per bureau and per section, and how many are 未更新.
 */
export async function FreshnessSection({
  id,
  period,
  periods,
  overall,
  bureaus,
  sections,
  labels,
  collapseSections = false,
}: {
  id: string;
  period: PeriodRef | null;
  periods: PeriodRef[];
  overall: Rollup;
  /** null on a bureau's own page */
  bureaus: GroupRollup[] | null;
  sections: GroupRollup[];
  labels: Labels;
  collapseSections?: boolean;
}) {
  const t = await getTranslations("dashboard");
  const closed = latestClosedUpTo(period, periods);
  const columns = [
    t("columns.items"),
    t("columns.current"),
    t("columns.updateRate"),
    t("columns.stale"),
    t("columns.latestAsOf"),
  ];
  const rate = (g: GroupRollup) => ({
    label: g.name,
    value: toPercent(g.updateRate),
    text: t("rateOf", { value: toPercent(g.updateRate), current: g.current, total: g.items }),
  });
  const bureauName = new Map((bureaus ?? []).map((b) => [b.code, b.name]));

  const withItems = (bureaus ?? []).filter((b) => b.items > 0);
  const top = withItems.reduce<GroupRollup | null>(
    (best, b) => (!best || b.updateRate > best.updateRate ? b : best),
    null,
  );
  const bottom = withItems.reduce<GroupRollup | null>(
    (worst, b) => (!worst || b.updateRate < worst.updateRate ? b : worst),
    null,
  );
  const sectionsWithItems = sections.filter((s) => s.items > 0);

  const sectionChart = <ValueBarChart rows={sections.map(rate)} style={RATE_STYLE} max={100} labelWidth={176} />;
  const sectionTable = (
    <DataTable
      caption={t("captions.sections")}
      corner={t("columns.section")}
      columns={columns}
      rows={rateRows(t, labels, sections, (g) => (
        <Ja>{bureaus && g.parent ? `${g.name}（${bureauName.get(g.parent) ?? g.parent}）` : g.name}</Ja>
      ))}
    />
  );

  return (
    <ChartSection
      id={id}
      heading={t("sections.freshness")}
      summary={
        <>
          <p>
            {period
              ? t("summary.freshness", {
                  period: labels.period(period),
                  total: overall.items,
                  current: overall.current,
                  rate: toPercent(overall.updateRate),
                  stale: overall.stale,
                })
              : t("summary.freshnessNoPeriod")}
          </p>
          <p className="text-sm">
            {closed ? t("summary.staleBasis", { period: labels.period(closed) }) : t("summary.staleNoClosed")}
          </p>
        </>
      }
    >
      {bureaus && (
        <ChartSection
          id={`${id}-bureaus`}
          level={3}
          heading={t("sections.freshnessBureaus")}
          summary={
            <p>
              {top && bottom && top.updateRate > 0
                ? t.rich("summary.bureaus", {
                    ja,
                    top: top.name,
                    topRate: toPercent(top.updateRate),
                    bottom: bottom.name,
                    bottomRate: toPercent(bottom.updateRate),
                  })
                : t("summary.bureausNone")}
            </p>
          }
        >
          <ValueBarChart rows={bureaus.map(rate)} style={RATE_STYLE} max={100} />
          <DataTable
            caption={t("captions.bureaus")}
            corner={t("columns.bureau")}
            columns={columns}
            rows={rateRows(t, labels, bureaus, (g) => (
              <Link href={`/departments/${g.code}`} className="text-key-900 underline underline-offset-4">
                <Ja>{g.name}</Ja>
              </Link>
            ))}
          />
        </ChartSection>
      )}
      <ChartSection
        id={`${id}-sections`}
        level={3}
        heading={t("sections.freshnessSections")}
        summary={
          <p>
            {t("summary.sections", {
              count: sectionsWithItems.length,
              complete: sectionsWithItems.filter((s) => s.current === s.items).length,
              none: sectionsWithItems.filter((s) => s.current === 0).length,
            })}
          </p>
        }
      >
        {/* Collapsed, the disclosure holds the table it names; a bureau's own page shows the chart. */}
        {collapseSections ? (
          <Collapsible summary={t("showTable", { caption: t("captions.sections") })}>{sectionTable}</Collapsible>
        ) : (
          <>
            {sectionChart}
            {sectionTable}
          </>
        )}
      </ChartSection>
    </ChartSection>
  );
}
