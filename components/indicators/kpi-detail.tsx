import { useTranslations } from "next-intl";
import { headingClass } from "@/components/ui/heading";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { formatFigure } from "@/lib/indicators/figure";
import type { KpiActual, PublicKpi } from "@/lib/indicators/item-kpis";
import { formatFiscalYear, formatFiscalYearShort } from "@/lib/wareki";
import { KpiChart, type KpiPoint } from "./kpi-chart";

export type HeadingLevel = 2 | 3 | 4;

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
  const Heading = `h${level}` as const;
  const value = (v: number) => t("valueWithUnit", { value: formatFigure(v), unit: kpi.unit });
  const when = (a: KpiActual, short = false) => {
    const year = short ? formatFiscalYearShort(a.fiscalYear) : formatFiscalYear(a.fiscalYear);
    return a.term ? `${year} ${tt(a.term)}` : year;
  };
  const target = kpi.targetValue !== null ? value(kpi.targetValue) : (targetText ?? null);
  const targetWhen = kpi.targetYear !== null ? formatFiscalYearShort(kpi.targetYear) : null;

  const parts: string[] = [];
  if (kpi.baselineValue !== null) {
    parts.push(
      kpi.baselineYear !== null
        ? t("summary.baseline", { value: value(kpi.baselineValue), year: formatFiscalYearShort(kpi.baselineYear) })
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
                ? t("chart.baseline", { year: formatFiscalYearShort(kpi.baselineYear) })
                : t("chart.baselineNoYear"),
            value: kpi.baselineValue,
            text: value(kpi.baselineValue),
          },
        ]
      : []),
    ...kpi.actuals.map((a) => ({ label: when(a, true), value: a.value, text: value(a.value) })),
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
      <ScrollTable caption={t("table.caption", { name: kpi.name })} className="text-sm">
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            <Th scope="col" className="px-2 py-2 text-left">
              {t("table.kind")}
            </Th>
            <Th scope="col" className="px-2 py-2 text-left">
              {t("table.when")}
            </Th>
            <Th scope="col" className="px-2 py-2 text-right">
              {t("table.value")}
            </Th>
          </tr>
        </thead>
        <tbody>
          {kpi.baselineValue !== null && (
            <tr className="border-b border-solid-gray-420">
              <Th scope="row" className="px-2 py-2 text-left font-normal">
                {t("table.baseline")}
              </Th>
              <td className="px-2 py-2">
                {kpi.baselineYear !== null ? formatFiscalYear(kpi.baselineYear) : t("table.unknown")}
              </td>
              <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">{value(kpi.baselineValue)}</td>
            </tr>
          )}
          {kpi.actuals.length === 0 ? (
            <tr className="border-b border-solid-gray-420">
              <Th scope="row" className="px-2 py-2 text-left font-normal">
                {t("table.actual")}
              </Th>
              <td className="px-2 py-2" colSpan={2}>
                {t("table.noActual")}
              </td>
            </tr>
          ) : (
            kpi.actuals.map((a) => (
              <tr key={`${a.fiscalYear}-${a.term ?? "year"}`} className="border-b border-solid-gray-420">
                <Th scope="row" className="px-2 py-2 text-left font-normal">
                  {t("table.actual")}
                </Th>
                <td className="px-2 py-2">
                  {when(a)}
                  {a.note ? <span className="block text-solid-gray-800">{a.note}</span> : null}
                </td>
                <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">{value(a.value)}</td>
              </tr>
            ))
          )}
          {target !== null && (
            <tr className="border-b border-solid-gray-420">
              <Th scope="row" className="px-2 py-2 text-left font-normal">
                {t("table.target")}
              </Th>
              <td className="px-2 py-2">
                {kpi.targetYear !== null ? formatFiscalYear(kpi.targetYear) : t("table.unknown")}
              </td>
              <td className="px-2 py-2 text-right tabular-nums whitespace-nowrap">{target}</td>
            </tr>
          )}
        </tbody>
      </ScrollTable>
    </section>
  );
}
