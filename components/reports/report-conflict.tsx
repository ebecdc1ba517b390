"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { headingClass } from "@/components/ui/heading";
import type { ReportFormKpi } from "@/lib/reports/get-report-form";
import { kpiFieldName } from "@/lib/reports/report-schema";
import type { ReportSnapshot } from "@/lib/reports/snapshot";
import { formatDateTime } from "@/lib/wareki";
import { ReportDiffTable } from "./report-diff-table";
import { useKpiValueText } from "./report-kpi-fieldset";
import type { ReportFieldName } from "./report-values";

/** A report as a conflict returns it: the saved fields and the KPI actuals it carries. */
export type ConflictReport = ReportSnapshot & { kpiActuals?: Record<string, number> };

/** After a refused save: what the other person saved next to what this person entered, and a way to reload. */
export function ReportConflict({
  conflict,
  fields,
  kpis,
  values,
  reloadHref,
}: {
  /** the other person's version, or null when the service could not say */
  conflict: ConflictReport | null;
  /** the report fields that differ */
  fields: readonly ReportFieldName[];
  /** the KPIs whose actuals differ */
  kpis: ReportFormKpi[];
  /** what this person submitted */
  values: Record<string, string> | undefined;
  reloadHref: string;
}) {
  const t = useTranslations("reportForm");
  const locale = useLocale();
  const kpiText = useKpiValueText();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <h2 id={headingId} className={headingClass.subsection}>
        {t("conflictCaption")}
      </h2>
      {conflict === null ? (
        <p>{t("conflictNoDetail")}</p>
      ) : (
        <>
          <p>{t("conflictSavedAt", { date: formatDateTime(conflict.updatedAt, locale) })}</p>
          {fields.length + kpis.length > 0 && values && (
            <ReportDiffTable
              caption={t("conflictCaption")}
              captionHidden
              label={t("conflictRegion")}
              columns={{ before: t("conflictTheirs"), after: t("conflictYours") }}
              fields={fields}
              before={conflict}
              after={values}
              extra={kpis.map((k) => ({
                key: `kpi-${k.id}`,
                label: kpiText.label(k),
                before: kpiText.display(k, conflict.kpiActuals?.[String(k.id)] ?? null),
                after: kpiText.display(k, values[kpiFieldName(k.id)]),
              }))}
            />
          )}
        </>
      )}
      <p>
        <a href={reloadHref} className="text-key-900 underline underline-offset-4">
          {t("reload")}
        </a>
      </p>
    </section>
  );
}
