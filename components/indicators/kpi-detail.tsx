import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { headingClass } from "@/components/ui/heading";
import { Table } from "@/components/ui/table";
import { isLocale } from "@/lib/i18n/config";
import { formatFigure } from "@/lib/indicators/figure";
import type { KpiActual, PublicKpi } from "@/lib/indicators/item-kpis";
import { formatFiscalYearIn, formatFiscalYearShortIn } from "@/lib/wareki";
import { KpiChart, type KpiPoint } from "./kpi-chart";

export type HeadingLevel = 2 | 3 | 4;

/** A row of the table under the chart: baseline, each actual, target. */
type Row = { key: string; kind: string; when: ReactNode; value: string };

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
  const requested = useLocale();
  const locale = isLocale(requested) ? requested : "ja";
  const Heading = `h${level}` as const;
  const value = (v: number) => t("valueWithUnit", { value: formatFigure(v), unit: kpi.unit });
  const when = (a: KpiActual, short = false) => {
    const year = short ? formatFiscalYearShortIn(a.fiscalYear, locale) : formatFiscalYearIn(a.fiscalYear, locale);
    return a.term ? `${year} ${tt(a.term)}` : year;
  };
  const target = kpi.targetValue !== null ? value(kpi.targetValue) : (targetText ?? null);
  const targetWhen = kpi.targetYear !== null ? formatFiscalYearShortIn(kpi.targetYear, locale) : null;

  const parts: string[] = [];
  if (kpi.baselineValue !== null) {
    parts.push(
      kpi.baselineYear !== null
        ? t("summary.baseline", {
            value: value(kpi.baselineValue),
            year: formatFiscalYearShortIn(kpi.baselineYear, locale),
          })
        : t("summary.baselineNoYear", { value: value(kpi.baselineValue) }),
    );
  }
  parts.push(
    kpi.latest
      ? t("summary.latest", { value: value(kpi.latest.value), when: when(kpi.latest, true) })
      : t("summary.noActual"),
  );
  if (target !== null)
    parts.push(
      targetWhen
        ? t("summary.target", { value: target, year: targetWhen })
        : t("summary.targetNoYear", { value: target }),
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
            text: value(kpi.baselineValue),
          },
        ]
      : []),
    ...kpi.actuals.map((a) => ({ label: when(a, true), value: a.value, text: value(a.value) })),
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
              {a.note ? <span className="block text-solid-gray-800">{a.note}</span> : null}
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
      <Heading id={`${id}-heading`} className={headingClass.minor}>
        {kpi.name}
      </Heading>
      {description && <p className="text-sm text-solid-gray-800">{description}</p>}
      <p>
        {parts.join(t("summary.arrow"))}
        {t("summary.end")}
        {rate !== null && ` ${t("summary.rate", { rate })}`}
      </p>
      {kpi.actuals.length > 0 && (
        <KpiChart
          points={points}
          target={kpi.targetValue}
          targetText={kpi.targetValue !== null ? t("chart.target", { value: value(kpi.targetValue) }) : null}
        />
      )}
      <Table<Row>
        caption={t("table.caption", { name: kpi.name })}
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
