"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from "recharts";
import { barLayout, endLabel, GRID, safeId } from "./chart-parts";
import { fillOf, PatternDef, type SeriesStyle } from "./patterns";

export interface ValueRow {
  label: string;
  value: number;
  /** the value as written at the bar's end, e.g. "45.8%" or "12件" */
  text: string;
  /** a row's own fill (categories such as 評価); the chart's style otherwise */
  style?: SeriesStyle;
}

/**
 * One value per row, written at the end of each bar, so that the reading never
 * depends on colour. Hidden from assistive technology: the table beside it
 * carries the same numbers.
 */
export function ValueBarChart({
  rows,
  style,
  max,
  orientation = "bars",
  labelWidth = 136,
}: {
  rows: ValueRow[];
  style: SeriesStyle;
  max?: number;
  orientation?: "bars" | "columns";
  labelWidth?: number;
}) {
  const prefix = safeId(useId());
  const bars = orientation === "bars";
  const data = rows.map((row) => ({ label: row.label, value: row.value }));
  const height = bars ? rows.length * 34 + 40 : 260;
  const domain: [number, number | "auto"] = [0, max ?? "auto"];
  const layout = barLayout({ bars, height, labelWidth, columnLabelWidth: 96, domain });
  return (
    <div aria-hidden="true">
      <BarChart
        data={data}
        {...layout.chart}
        margin={{ top: bars ? 8 : 24, right: bars ? 64 : 16, bottom: 4, left: 4 }}
        barCategoryGap="22%"
      >
        <defs>
          <PatternDef id={`${prefix}-main`} style={style} />
          {rows.map(
            (row, i) =>
              // biome-ignore lint/suspicious/noArrayIndexKey: a bar is identified by its position, as recharts does
              row.style && <PatternDef key={i} id={`${prefix}-${i}`} style={row.style} />,
          )}
        </defs>
        <CartesianGrid stroke={GRID} vertical={bars} horizontal={!bars} />
        <XAxis {...layout.x} />
        <YAxis {...layout.y} />
        <Bar dataKey="value" fill={fillOf(`${prefix}-main`, style)} isAnimationActive={false} minPointSize={0}>
          {rows.map((row, i) => (
            <Cell
              // biome-ignore lint/suspicious/noArrayIndexKey: a bar is identified by its position, as recharts does
              key={i}
              fill={row.style ? fillOf(`${prefix}-${i}`, row.style) : fillOf(`${prefix}-main`, style)}
              stroke={row.style?.color ?? style.color}
            />
          ))}
          <LabelList
            dataKey="value"
            content={endLabel(
              rows.map((r) => r.text),
              bars,
            )}
          />
        </Bar>
      </BarChart>
    </div>
  );
}
