import { useLocale, useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { headingClass } from "@/components/ui/heading";
import { Ja, ja, jaText } from "@/components/ui/ja";
import { Table } from "@/components/ui/table";
import { formatFigure } from "@/lib/indicators/figure";
import type { KpiActual, PublicKpi } from "@/lib/indicators/item-kpis";
import { formatFiscalYearIn, formatFiscalYearShortIn } from "@/lib/wareki";
import { KpiChart, type KpiPoint } from "./kpi-chart";

export type HeadingLevel = 2 | 3 | 4;

/** A row of the table under the chart: baseline, each actual, target. */
type Row = { key: string; kind: string; when: ReactNode; value: ReactNode };

/**
 * One KPI for the public: a sentence with its numbers, a chart of baseline →
 * actuals against the target, and the same numbers as a table (the chart's
 * text alternative).
 */
export function KpiDetail({
  kpi,
  id,
  level,
  description,
  targetText,
}: {
  kpi: PublicKpi;
  id: string;
  level: HeadingLevel;
  description?: string;
  targetText?: string;
}) {
  const t = useTranslations("indicators.public");
  const tt = useTranslations("term");
  const locale = useLocale();
  const Heading = `h${level}` as const;
  // The unit is the plan's word (「件」「人」): marked Japanese on an English page; a string for the chart.
  const value = (v: number) => t.rich("valueWithUnit", { value: formatFigure(v), unit: kpi.unit, ja });
  const valueText = (v: number) => t.markup("valueWithUnit", { value: formatFigure(v), unit: kpi.unit, ja: jaText });
  const when = (a: KpiActual, short = false) => {
    const year = short ? formatFiscalYearShortIn(a.fiscalYear, locale) : formatFiscalYearIn(a.fiscalYear, locale);
    return a.term ? `${year} ${tt(a.term)}` : year;
  };
  const target = kpi.targetValue !== null ? value(kpi.targetValue) : targetText ? <Ja>{targetText}</Ja> : null;
  const targetWhen = kpi.targetYear !== null ? formatFiscalYearShortIn(kpi.targetYear, locale) : null;

  // The sentence's values are nodes (a unit may be marked), so the messages hold them as <value/> slots.
  const parts: ReactNode[] = [];
  if (kpi.baselineValue !== null) {
    const baseline = value(kpi.baselineValue);
    parts.push(
      kpi.baselineYear !== null
        ? t.rich("summary.baseline", {
            value: () => baseline,
            year: formatFiscalYearShortIn(kpi.baselineYear, locale),
          })
        : t.rich("summary.baselineNoYear", { value: () => baseline }),
    );
  }
  const latest = kpi.latest;
  parts.push(
    latest
      ? t.rich("summary.latest", { value: () => value(latest.value), when: when(latest, true) })
      : t("summary.noActual"),
  );
  if (target !== null)
    parts.push(
      targetWhen
        ? t.rich("summary.target", { value: () => target, year: targetWhen })
        : t.rich("summary.targetNoYear", { value: () => target }),
    );
  const rate = kpi.rate === null ? null : Math.round(kpi.rate * 100);

  const points: KpiPoint[] = [
    ...(kpi.baselineValue !== null
      ? [
          {
            label:
              kpi.baselineYear !== null
                ? t("chart.baseline", { year: formatFiscalYearShortIn(kpi.baselineYear, locale) })
                : t("chart.baselineNoYear"),
            value: kpi.baselineValue,
            text: valueText(kpi.baselineValue),
          },
        ]
      : []),
    ...kpi.actuals.map((a) => ({ label: when(a, true), value: a.value, text: valueText(a.value) })),
  ];

  const year = (fiscalYear: number | null) =>
    fiscalYear !== null ? formatFiscalYearIn(fiscalYear, locale) : t("table.unknown");
  const rows: Row[] = [
    ...(kpi.baselineValue !== null
      ? [{ key: "baseline", kind: t("table.baseline"), when: year(kpi.baselineYear), value: value(kpi.baselineValue) }]
      : []),
    ...(kpi.actuals.length === 0
      ? [{ key: "actual", kind: t("table.actual"), when: t("table.noActual"), value: "" }]
      : kpi.actuals.map((a) => ({
          key: `${a.fiscalYear}-${a.term ?? "year"}`,
          kind: t("table.actual"),
          when: (
            <>
              {when(a)}
              {a.note ? (
                <span lang="ja" className="block text-solid-gray-800">
                  {a.note}
                </span>
              ) : null}
            </>
          ),
          value: value(a.value),
        }))),
    ...(target !== null ? [{ key: "target", kind: t("table.target"), when: year(kpi.targetYear), value: target }] : []),
  ];

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4"
    >
      <Heading id={`${id}-heading`} lang="ja" className={headingClass.minor}>
        {kpi.name}
      </Heading>
      {description && (
        <p lang="ja" className="text-sm text-solid-gray-800">
          {description}
        </p>
      )}
      <p>
        {parts.map((part, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's parts in a fixed order
          <Fragment key={i}>
            {i > 0 && t("summary.arrow")}
            {part}
          </Fragment>
        ))}
        {t("summary.end")}
        {rate !== null && ` ${t("summary.rate", { rate })}`}
      </p>
      {kpi.actuals.length > 0 && (
        <KpiChart
          points={points}
          target={kpi.targetValue}
          targetText={kpi.targetValue !== null ? t("chart.target", { value: valueText(kpi.targetValue) }) : null}
        />
      )}
      <Table<Row>
        caption={t.rich("table.caption", { name: kpi.name, ja })}
        className="text-sm"
        columns={[
          { key: "kind", header: t("table.kind"), rowHeader: true, cell: (r) => r.kind },
          { key: "when", header: t("table.when"), cell: (r) => r.when },
          { key: "value", header: t("table.value"), numeric: true, nowrap: true, cell: (r) => r.value },
        ]}
        rows={rows}
        rowKey={(r) => r.key}
      />
    </section>
  );
}
