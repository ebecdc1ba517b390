import { useTranslations } from "next-intl";
import { EVALUATIONS, ITEM_STATUSES } from "@/lib/reports/report-schema";
import { REPORT_FIELD_NAMES } from "@/lib/reports/snapshot";

export type ReportFieldName = (typeof REPORT_FIELD_NAMES)[number];

/** A report field's value in words: the status and evaluation by name, the percentage with its sign, （未入力） when empty. */
export function useReportValueText() {
  const t = useTranslations("reportForm");
  const tStatus = useTranslations("status");
  const tEval = useTranslations("evaluation");
  return (name: ReportFieldName, value: string | number | null | undefined): string => {
    if (value === null || value === undefined || value === "") return t("empty");
    const text = String(value);
    const status = name === "status" && ITEM_STATUSES.find((s) => s === text);
    if (status) return tStatus(status);
    const evaluation = name === "evaluation" && EVALUATIONS.find((e) => e === text);
    if (evaluation) return `${text} ${tEval(evaluation)}`;
    if (name === "progressPercent") return t("percentValue", { value: text });
    return text;
  };
}

/** A line of a report beside its fields, e.g. a KPI actual. */
export interface ReportExtraLine {
  key: string;
  label: string;
  value: string;
}

/** Every field of a report as a description list (read-only view of the form, full report on the review page). */
export function ReportFieldList({
  values,
  extra = [],
  className = "",
}: {
  values: Partial<Record<ReportFieldName, string | number | null>>;
  extra?: ReportExtraLine[];
  className?: string;
}) {
  const t = useTranslations("reportForm.fields");
  const display = useReportValueText();
  return (
    <dl className={`grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr] ${className}`}>
      {REPORT_FIELD_NAMES.map((name) => (
        <div key={name} className="contents">
          <dt className="font-bold">{t(name)}</dt>
          <dd className="whitespace-pre-wrap">{display(name, values[name])}</dd>
        </div>
      ))}
      {extra.map((line) => (
        <div key={line.key} className="contents">
          <dt className="font-bold">{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}
