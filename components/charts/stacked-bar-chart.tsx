import { useId } from "react";
import { type BarRow, ChartDefs, Columns, HorizontalBars, safeId } from "./chart-parts";
import type { SeriesStyle } from "./patterns";
import { Swatch } from "./patterns";
import { niceTicks } from "./scale";

export interface ChartSeries extends SeriesStyle {
  key: string;
  label: string;
}

export interface ChartRow {
  label: string;
  values: Record<string, number>;
}

/**
 * Counts stacked by series: one horizontal bar per row ("bars", for groups) or one column per row
 * ("columns", for periods). Drawn on the server in HTML and SVG, no script. Hidden from assistive
 * technology: the text summary and table beside it carry the same numbers.
 */
export function StackedBarChart({
  rows,
  series,
  orientation = "bars",
  labelWidth = 136,
}: {
  rows: ChartRow[];
  series: ChartSeries[];
  orientation?: "bars" | "columns";
  labelWidth?: number;
}) {
  const prefix = safeId(useId());
  const bars: BarRow[] = rows.map((row) => ({
    label: row.label,
    segments: series.map((s) => {
      const value = row.values[s.key] ?? 0;
      return { key: s.key, value, style: s, stroke: "#ffffff", label: String(value) };
    }),
  }));
  const largest = Math.max(0, ...bars.map((row) => row.segments.reduce((sum, s) => sum + s.value, 0)));
  const ticks = niceTicks(0, largest, { integers: true });
  return (
    <div aria-hidden="true" className="flex flex-col gap-2">
      <ChartDefs prefix={prefix} styles={new Map(series.map((s) => [s.key, s]))} />
      {orientation === "bars" ? (
        <HorizontalBars prefix={prefix} rows={bars} ticks={ticks} labelWidth={labelWidth} />
      ) : (
        <Columns prefix={prefix} rows={bars} ticks={ticks} />
      )}
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-solid-gray-800">
        {series.map((s) => (
          <li key={s.key} className="flex items-center gap-1">
            <Swatch id={`${prefix}-legend-${s.key}`} style={s} />
            {s.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
