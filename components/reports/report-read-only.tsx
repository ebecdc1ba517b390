"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Section } from "@/components/ui/section";
import type { ReportFormKpi } from "@/lib/reports/get-report-form";
import type { ReportStateKey } from "@/lib/reports/list-my-items";
import { kpiFieldName } from "@/lib/reports/report-schema";
import { useKpiValueText } from "./report-kpi-fieldset";
import { ReportFieldList } from "./report-values";

/** The report when it cannot be edited (submitted, approved, no open period…): its state and what it says. */
export function ReportReadOnly({
  state,
  hasReport,
  noPeriod,
  values,
  kpis,
}: {
  /** the report's state, "none" without a report */
  state: ReportStateKey;
  hasReport: boolean;
  /** no reporting period is open, and nothing was just submitted */
  noPeriod: boolean;
  values: Record<string, string>;
  kpis: ReportFormKpi[];
}) {
  const t = useTranslations("reportForm");
  const tState = useTranslations("reportState");
  const kpiText = useKpiValueText();
  const headingId = useId();
  return (
    <Section headingId={headingId} title={t(hasReport ? "reportHeading" : "formHeading")}>
      {noPeriod ? (
        <p className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4">{t("noPeriod")}</p>
      ) : (
        <p className="rounded-8 border-2 border-key-900 bg-key-50 p-4 text-solid-gray-900">
          <span className="font-bold">
            {t("currentState")}
            {tState(state)}
          </span>
          <br />
          {t(`readOnlyLead.${state}`)}
        </p>
      )}
      {hasReport && (
        <ReportFieldList
          values={values}
          extra={kpis.map((k) => ({
            key: `kpi-${k.id}`,
            label: kpiText.label(k),
            value: kpiText.display(k, values[kpiFieldName(k.id)]),
          }))}
        />
      )}
    </Section>
  );
}
