import { useTranslations } from "next-intl";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
import { type ReportExtraLine, type ReportFieldName, useReportValueText } from "./report-values";

type Values = Partial<Record<ReportFieldName, string | number | null>>;

/**
 * What changed between two versions of a report, one row per changed field: the review page's
 * "since the last published report" and the form's "what the other person saved".
 */
export function ReportDiffTable({
  caption,
  label,
  captionHidden = false,
  columns,
  fields,
  before,
  after,
  extra = [],
}: {
  caption: string;
  /** the scrolling region's name */
  label: string;
  captionHidden?: boolean;
  /** headers of the before and after columns */
  columns: { before: string; after: string };
  /** the fields that differ, in form order */
  fields: readonly ReportFieldName[];
  before: Values | null | undefined;
  after: Values | null | undefined;
  /** further rows already in words (KPI actuals), as [before, after] pairs */
  extra?: { key: string; label: string; before: ReportExtraLine["value"]; after: ReportExtraLine["value"] }[];
}) {
  const t = useTranslations("reportForm");
  const display = useReportValueText();
  return (
    <ScrollTable
      caption={caption}
      label={label}
      captionHidden={captionHidden}
      className="min-w-[36rem] text-std-16N-170"
    >
      <thead>
        <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
          <Th scope="col" className="px-3 py-2 whitespace-nowrap">
            {t("conflictField")}
          </Th>
          <Th scope="col" className="px-3 py-2">
            {columns.before}
          </Th>
          <Th scope="col" className="px-3 py-2">
            {columns.after}
          </Th>
        </tr>
      </thead>
      <tbody>
        {fields.map((name) => (
          <tr key={name} className="border-b border-solid-gray-420 align-top">
            <Th scope="row" className="px-3 py-2 whitespace-nowrap">
              {t(`fields.${name}`)}
            </Th>
            <td className="px-3 py-2 whitespace-pre-wrap">{display(name, before?.[name])}</td>
            <td className="px-3 py-2 whitespace-pre-wrap">{display(name, after?.[name])}</td>
          </tr>
        ))}
        {extra.map((row) => (
          <tr key={row.key} className="border-b border-solid-gray-420 align-top">
            <Th scope="row" className="px-3 py-2">
              {row.label}
            </Th>
            <td className="px-3 py-2">{row.before}</td>
            <td className="px-3 py-2">{row.after}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
