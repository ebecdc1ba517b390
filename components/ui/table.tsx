import type { ReactNode } from "react";
import { ScrollTable, Th } from "./scroll-table";

/** One column of a table: its header and how a row fills its cell. */
export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** this column names the row: its cells are row headers (`<th scope="row">`) */
  rowHeader?: boolean;
  /** numbers are right-aligned with tabular figures, on one line */
  numeric?: boolean;
  /** the cell keeps its content on one line */
  nowrap?: boolean;
  /** further classes of this column's cells */
  className?: string;
}

/**
 * A cell's classes beyond the table's own (`.data-table` in app/globals.css declares padding,
 * alignment and rules once per table: repeated on every cell, class names were half of a long
 * page's bytes). Most columns need none.
 */
const cellClass = (column: Pick<Column<unknown>, "numeric" | "nowrap" | "className">) =>
  [column.numeric ? "cell-number" : column.nowrap ? "whitespace-nowrap" : "", column.className ?? ""]
    .filter(Boolean)
    .join(" ") || undefined;

/**
 * A data table from column definitions, in the scrolling region of `ScrollTable`: every header
 * cell has its scope, the column marked `rowHeader` heads each row, and an optional foot row
 * (e.g. totals) uses the same columns.
 */
export function Table<T>({
  caption,
  label,
  captionHidden,
  className = "",
  columns,
  rows,
  rowKey,
  foot,
}: {
  caption: ReactNode;
  /** the scrolling region's name; without it the caption names it */
  label?: string;
  captionHidden?: boolean;
  /** classes of the <table>, e.g. a minimum width or the text size */
  className?: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** a last row in <tfoot>, in bold, filled by the same columns */
  foot?: T;
}) {
  const renderRow = (row: T) =>
    columns.map((column) =>
      column.rowHeader ? (
        <Th key={column.key} scope="row" className={cellClass(column)}>
          {column.cell(row)}
        </Th>
      ) : (
        <td key={column.key} className={cellClass(column)}>
          {column.cell(row)}
        </td>
      ),
    );
  return (
    <ScrollTable caption={caption} label={label} captionHidden={captionHidden} className={`data-table ${className}`}>
      <thead>
        <tr>
          {columns.map((column) => (
            <Th key={column.key} scope="col" className={cellClass({ numeric: column.numeric, nowrap: column.nowrap })}>
              {column.header}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>{renderRow(row)}</tr>
        ))}
      </tbody>
      {foot !== undefined && (
        <tfoot>
          <tr>{renderRow(foot)}</tr>
        </tfoot>
      )}
    </ScrollTable>
  );
}

/** A label → count table (e.g. reports by state): one row a label, with an optional total row. */
export function CountTable<K extends string>({
  caption,
  labelHeader,
  countHeader,
  keys,
  label,
  count,
  total,
  className,
}: {
  caption: ReactNode;
  labelHeader: ReactNode;
  countHeader: ReactNode;
  keys: readonly K[];
  label: (key: K) => ReactNode;
  count: (key: K) => ReactNode;
  /** the total row's label and value */
  total?: { label: ReactNode; value: ReactNode };
  className?: string;
}) {
  type Row = { key: string; label: ReactNode; count: ReactNode };
  const rows: Row[] = keys.map((key) => ({ key, label: label(key), count: count(key) }));
  return (
    <Table<Row>
      caption={caption}
      className={className}
      columns={[
        { key: "label", header: labelHeader, rowHeader: true, cell: (r) => r.label },
        { key: "count", header: countHeader, numeric: true, nowrap: true, cell: (r) => r.count },
      ]}
      rows={rows}
      rowKey={(r) => r.key}
      foot={total && { key: "total", label: total.label, count: total.value }}
    />
  );
}
