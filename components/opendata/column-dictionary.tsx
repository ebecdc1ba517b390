import { Ja, JaRuns } from "@/components/ui/ja";
import { Table } from "@/components/ui/table";
import type { ColumnType, DatasetColumn } from "@/lib/opendata/dictionary";

/** A dataset's column dictionary as a table, from the same module that writes the files' headers. */
export function ColumnDictionary({
  caption,
  columns,
  headers,
  typeLabel,
  language,
}: {
  caption: string;
  columns: readonly DatasetColumn[];
  headers: Record<"label" | "field" | "type" | "example" | "description", string>;
  typeLabel: (type: ColumnType) => string;
  /** which of the dictionary's descriptions to show */
  language: "ja" | "en";
}) {
  return (
    <Table<DatasetColumn>
      caption={caption}
      className="text-sm"
      columns={[
        { key: "label", header: headers.label, rowHeader: true, cell: (c) => <Ja>{c.label}</Ja> },
        { key: "field", header: headers.field, cell: (c) => <code>{c.field}</code> },
        { key: "type", header: headers.type, nowrap: true, cell: (c) => typeLabel(c.type) },
        { key: "example", header: headers.example, className: "break-all", cell: (c) => <JaRuns text={c.example} /> },
        {
          key: "description",
          header: headers.description,
          cell: (c) => (language === "ja" ? c.description.ja : <JaRuns text={c.description.en} />),
        },
      ]}
      rows={columns}
      rowKey={(c) => c.field}
    />
  );
}
