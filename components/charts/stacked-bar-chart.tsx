"use client";

import { useId } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { barLayout, GRID, safeId, segmentLabel } from "./chart-parts";
import { fillOf, PatternDef, type SeriesStyle, Swatch } from "./patterns";

export interface ChartSeries extends SeriesStyle {
  key: string;
  label: string;
}

export interface ChartRow {
  label: string;
  values: Record<string, number>;
}

/**
 * Counts stacked by series: one horizontal bar per row ("bars", for groups) or
 * one column per row ("columns", for periods). Hidden from assistive
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
  const bars = orientation === "bars";
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  const height = bars ? rows.length * 34 + 40 : 300;
  const layout = barLayout({ bars, height, labelWidth, columnLabelWidth: 120 });
  return (
    <div aria-hidden="true" className="flex flex-col gap-2">
      <BarChart
        data={data}
        {...layout.chart}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
        barCategoryGap="18%"
        maxBarSize={bars ? undefined : 96}
      >
        <defs>
          {series.map((s) => (
            <PatternDef key={s.key} id={`${prefix}-${s.key}`} style={s} />
          ))}
        </defs>
        <CartesianGrid stroke={GRID} vertical={bars} horizontal={!bars} />
        <XAxis {...layout.x} />
        <YAxis {...layout.y} />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            stackId="total"
            fill={fillOf(`${prefix}-${s.key}`, s)}
            stroke="#ffffff"
            strokeWidth={1}
            isAnimationActive={false}
          >
            <LabelList dataKey={s.key} content={segmentLabel(s.color)} />
          </Bar>
        ))}
      </BarChart>
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
