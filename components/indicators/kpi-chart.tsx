"use client";

import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from "recharts";
import { GRID, TEXT, TICK } from "@/components/charts/chart-parts";

const LINE = "#0017c1"; // key-900
const TARGET = "#1a1a1a"; // solid-gray-900

export interface KpiPoint {
  /** x-axis label, e.g. 「基準 R2」 or 「R7 上半期」 */
  label: string;
  value: number;
  /** the value as written next to the point, e.g. "16%" */
  text: string;
}

/**
 * A KPI's path from its baseline through its published actuals, with the
 * target as a dashed line. Values are written at the points, so reading it
 * never depends on colour; hidden from assistive technology because the table
 * beside it carries the same numbers.
 */
export function KpiChart({
  points,
  target,
  targetText,
}: {
  points: KpiPoint[];
  target: number | null;
  targetText: string | null;
}) {
  const negative = points.some((p) => p.value < 0) || (target !== null && target < 0);
  return (
    <div aria-hidden="true">
      <LineChart
        data={points}
        responsive
        style={{ width: "100%", height: 220 }}
        accessibilityLayer={false}
        margin={{ top: 24, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid stroke={GRID} vertical={false} />
        <XAxis dataKey="label" interval={0} tick={TICK} padding={{ left: 48, right: 48 }} />
        <YAxis
          domain={[negative ? "auto" : 0, "auto"]}
          tick={TICK}
          width={64}
          tickFormatter={(v: number) => new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 2 }).format(v)}
        />
        {target !== null && (
          <ReferenceLine
            y={target}
            ifOverflow="extendDomain"
            stroke={TARGET}
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: targetText ?? "", position: "insideTopRight", fill: TEXT, fontSize: 12, fontWeight: 700 }}
          />
        )}
        <Line
          dataKey="value"
          stroke={LINE}
          strokeWidth={3}
          dot={{ r: 5, fill: LINE, stroke: LINE }}
          isAnimationActive={false}
        >
          <LabelList dataKey="text" position="top" fill={TEXT} fontSize={12} fontWeight={700} />
        </Line>
      </LineChart>
    </div>
  );
}
