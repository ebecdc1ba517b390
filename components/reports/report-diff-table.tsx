import { useTranslations } from "next-intl";
import { type Column, Table } from "@/components/ui/table";
import { type ReportExtraLine, type ReportFieldName, useReportValueText } from "./report-values";

type Values = Partial<Record<ReportFieldName, string | number | null>>;

/** A row of the table: a report field's two values, or a KPI's. */
type Row = Omit<ReportExtraLine, "value"> & { before: string; after: string };

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
  extra?: Row[];
}) {
  const t = useTranslations("reportForm");
  const display = useReportValueText();
  const rows: Row[] = [
    ...fields.map((name) => ({
      key: name,
      label: t(`fields.${name}`),
      before: display(name, before?.[name]),
      after: display(name, after?.[name]),
    })),
    ...extra,
  ];
  // Values keep the line breaks they were written with.
  const side = (key: "before" | "after"): Column<Row> => ({
    key,
    header: columns[key],
    className: "whitespace-pre-wrap",
    cell: (r) => r[key],
  });
  return (
    <Table<Row>
      caption={caption}
      label={label}
      captionHidden={captionHidden}
      className="min-w-[36rem] text-std-16N-170"
      columns={[
        { key: "field", header: t("conflictField"), rowHeader: true, cell: (r) => r.label },
        side("before"),
        side("after"),
      ]}
      rows={rows}
      rowKey={(r) => r.key}
    />
  );
}
