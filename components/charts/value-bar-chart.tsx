import { useId } from "react";
import { ChartDefs, HorizontalBars, safeId } from "./chart-parts";
import type { SeriesStyle } from "./patterns";
import { niceTicks } from "./scale";

export interface ValueRow {
  label: string;
  value: number;
  /** the value as written at the bar's end, e.g. "45.8%" or "12件" */
  text: string;
  /** a row's own fill (categories such as 評価); the chart's style otherwise */
  style?: SeriesStyle;
}

/**
 * One value per row as a horizontal bar, written at the end of each bar, so that the reading never
 * depends on colour. Drawn on the server in HTML and SVG, no script. Hidden from assistive
 * technology: the table beside it carries the same numbers.
 */
export function ValueBarChart({
  rows,
  style,
  max,
  labelWidth = 136,
}: {
  rows: ValueRow[];
  style: SeriesStyle;
  max?: number;
  labelWidth?: number;
}) {
  const prefix = safeId(useId());
  const styles = new Map<string, SeriesStyle>([["main", style]]);
  rows.forEach((row, i) => {
    if (row.style) styles.set(String(i), row.style);
  });
  const bars = rows.map((row, i) => {
    const key = row.style ? String(i) : "main";
    const own = styles.get(key) ?? style;
    return { label: row.label, end: row.text, segments: [{ key, value: row.value, style: own, stroke: own.color }] };
  });
  const ticks = niceTicks(0, max ?? Math.max(0, ...rows.map((row) => row.value)), { integers: max === undefined });
  return (
    <div aria-hidden="true">
      <ChartDefs prefix={prefix} styles={styles} />
      <HorizontalBars prefix={prefix} rows={bars} ticks={ticks} labelWidth={labelWidth} />
    </div>
  );
}
