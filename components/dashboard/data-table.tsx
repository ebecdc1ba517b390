import type { ReactNode } from "react";
import { ScrollTable, Th } from "@/components/ui/scroll-table";

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
  return (
    <ScrollTable caption={caption} className="text-sm">
      <thead>
        <tr className="border-b-2 border-solid-gray-600">
          <Th scope="col" className="px-2 py-2 text-left align-bottom">
            {corner}
          </Th>
          {columns.map((c) => (
            <Th key={c} scope="col" className="px-2 py-2 text-right align-bottom whitespace-nowrap">
              {c}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} className="border-b border-solid-gray-420">
            <Th scope="row" className="min-w-32 px-2 py-2 text-left font-normal">
              {row.header}
            </Th>
            {row.cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a cell is identified by its column
              <td key={i} className="px-2 py-2 text-right tabular-nums whitespace-nowrap">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr className="border-t-2 border-solid-gray-600 font-bold">
            <Th scope="row" className="px-2 py-2 text-left">
              {foot.header}
            </Th>
            {foot.cells.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a cell is identified by its column
              <td key={i} className="px-2 py-2 text-right tabular-nums whitespace-nowrap">
                {cell}
              </td>
            ))}
          </tr>
        </tfoot>
      )}
    </ScrollTable>
  );
}
