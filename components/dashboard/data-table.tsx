import type { ReactNode } from "react";

export interface DataRow {
  key: string;
  header: ReactNode;
  cells: ReactNode[];
}

/** The numbers of a chart as a table: a caption, column headers and one row header per row. */
export function DataTable({ id, caption, corner, columns, rows, foot }: { id: string; caption: string; corner: string; columns: string[]; rows: DataRow[]; foot?: DataRow }) {
  return (
    // Focusable so that keyboard users can scroll a table wider than the screen.
    <div role="region" aria-labelledby={`${id}-caption`} tabIndex={0} className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption id={`${id}-caption`} className="mb-2 text-left font-bold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            <th scope="col" className="px-2 py-2 text-left align-bottom">{corner}</th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-2 py-2 text-right align-bottom whitespace-nowrap">{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-solid-gray-420">
              <th scope="row" className="min-w-32 px-2 py-2 text-left font-normal">{row.header}</th>
              {row.cells.map((cell, i) => (
                <td key={i} className="px-2 py-2 text-right tabular-nums whitespace-nowrap">{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {foot && (
          <tfoot>
            <tr className="border-t-2 border-solid-gray-600 font-bold">
              <th scope="row" className="px-2 py-2 text-left">{foot.header}</th>
              {foot.cells.map((cell, i) => (
                <td key={i} className="px-2 py-2 text-right tabular-nums whitespace-nowrap">{cell}</td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
