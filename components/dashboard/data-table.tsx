import type { ReactNode } from "react";
import { type Column, Table } from "@/components/ui/table";

export interface DataRow {
  key: string;
  header: ReactNode;
  cells: ReactNode[];
}

/** The numbers of a chart as a table: a caption, column headers and one row header per row. */
export function DataTable({
  caption,
  corner,
  columns,
  rows,
  foot,
}: {
  caption: string;
  corner: string;
  columns: string[];
  rows: DataRow[];
  foot?: DataRow;
}) {
  const tableColumns: Column<DataRow>[] = [
    { key: "header", header: corner, rowHeader: true, className: "min-w-32", cell: (row) => row.header },
    ...columns.map((header, i) => ({
      key: header,
      header,
      numeric: true,
      nowrap: true,
      cell: (row: DataRow) => row.cells[i],
    })),
  ];
  return (
    <Table
      caption={caption}
      className="text-sm"
      columns={tableColumns}
      rows={rows}
      rowKey={(row) => row.key}
      foot={foot}
    />
  );
}
