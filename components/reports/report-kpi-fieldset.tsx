"use client";

import { useLocale, useTranslations } from "next-intl";
import { Field, fieldClass } from "@/components/ui/field";
import { formatFigure, parseFigure } from "@/lib/indicators/figure";
import type { ReportFormKpi } from "@/lib/reports/get-report-form";
import { kpiFieldName } from "@/lib/reports/report-schema";
import { formatFiscalYearShortIn } from "@/lib/wareki";

/** A KPI actual in words: the figure with its unit, （未入力） when empty, what was typed when it is not a number. */
export function useKpiValueText() {
  const t = useTranslations("reportForm");
  const tk = useTranslations("indicators.reportForm");
  const withUnit = (k: ReportFormKpi, value: number) =>
    tk("valueWithUnit", { value: formatFigure(value), unit: k.unit });
  return {
    label: (k: ReportFormKpi) => tk("label", { name: k.name }),
    withUnit,
    display: (k: ReportFormKpi, value: string | number | null | undefined) => {
      const figure = typeof value === "number" ? value : parseFigure(value ?? "");
      return figure === null ? t("empty") : typeof figure === "number" ? withUnit(k, figure) : String(value);
    },
  };
}

/** The actual of each confirmed KPI, entered with the report: one field per KPI, named kpi.<id>. */
export function ReportKpiFieldset({
  kpis,
  values,
  fieldId,
  error,
}: {
  kpis: ReportFormKpi[];
  values: Record<string, string>;
  fieldId: (k: ReportFormKpi) => string;
  /** the error text of a KPI's field, if any */
  error: (k: ReportFormKpi) => string | undefined;
}) {
  const tk = useTranslations("indicators.reportForm");
  const locale = useLocale();
  const text = useKpiValueText();
  if (kpis.length === 0) return null;
  return (
    <fieldset className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-16B-170 text-solid-gray-900">{tk("heading")}</legend>
      <p className="text-std-16N-170 text-solid-gray-800">{tk("lead")}</p>
      {kpis.map((k) => {
        const facts = [
          k.targetValue !== null &&
            (k.targetYear !== null
              ? tk("target", {
                  value: text.withUnit(k, k.targetValue),
                  year: formatFiscalYearShortIn(k.targetYear, locale),
                })
              : tk("targetNoYear", { value: text.withUnit(k, k.targetValue) })),
          k.baselineValue !== null && tk("baseline", { value: text.withUnit(k, k.baselineValue) }),
          k.lastPublished &&
            tk("lastPublished", {
              value: text.withUnit(k, k.lastPublished.value),
              year: formatFiscalYearShortIn(k.lastPublished.fiscalYear, locale),
            }),
        ].filter(Boolean);
        return (
          <Field
            key={k.id}
            id={fieldId(k)}
            label={text.label(k)}
            hint={facts.length > 0 ? facts.join(tk("separator")) : undefined}
            error={error(k)}
          >
            {(control) => (
              <div className="flex items-center gap-2">
                <input
                  {...control}
                  name={kpiFieldName(k.id)}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  defaultValue={values[kpiFieldName(k.id)] ?? ""}
                  className={`${fieldClass} max-w-48`}
                />
                <span className="text-std-16B-170 text-solid-gray-900">{k.unit}</span>
              </div>
            )}
          </Field>
        );
      })}
    </fieldset>
  );
}
