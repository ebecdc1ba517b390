import { GRID, TEXT } from "@/components/charts/chart-parts";
import { fractionOf, niceTicks } from "@/components/charts/scale";

const LINE = "#0017c1"; // key-900
const TARGET = "#1a1a1a"; // solid-gray-900
const HEIGHT = 180;
/** room above the plot for the value written over the highest point */
const TOP = 24;

export interface KpiPoint {
  /** x-axis label, e.g. 「基準 R2」 or 「R7 上半期」 */
  label: string;
  value: number;
  /** the value as written next to the point, e.g. "16%" */
  text: string;
}

const figure = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 2 });

/**
 * A KPI's path from its baseline through its published actuals, with the target as a dashed line.
 * Values are written at the points, so reading it never depends on colour. Drawn on the server as
 * SVG whose horizontal positions are percentages, so it fills any width without a script; hidden
 * from assistive technology because the table beside it carries the same numbers.
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
  const values = target === null ? points.map((p) => p.value) : [...points.map((p) => p.value), target];
  const ticks = niceTicks(Math.min(0, ...values), Math.max(...values));
  const y = (value: number) => TOP + HEIGHT * (1 - fractionOf(value, ticks));
  const x = (i: number) => `${(((i + 0.5) / points.length) * 100).toFixed(3)}%`;
  return (
    <div aria-hidden="true" className="text-xs text-solid-gray-800">
      <div className="flex pr-4">
        <div className="relative w-16 shrink-0" style={{ height: TOP + HEIGHT }}>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-2 -translate-y-1/2" style={{ top: y(tick) }}>
              {figure.format(tick)}
            </span>
          ))}
        </div>
        <svg className="min-w-0 flex-1 overflow-visible" height={TOP + HEIGHT} aria-hidden="true" focusable="false">
          {ticks.map((tick) => (
            <line key={tick} x1="0" x2="100%" y1={y(tick)} y2={y(tick)} stroke={GRID} />
          ))}
          {target !== null && (
            <>
              <line
                x1="0"
                x2="100%"
                y1={y(target)}
                y2={y(target)}
                stroke={TARGET}
                strokeDasharray="6 4"
                strokeWidth={2}
              />
              <text x="100%" dx={-4} y={y(target) - 6} fill={TEXT} fontSize={12} fontWeight={700} textAnchor="end">
                {targetText}
              </text>
            </>
          )}
          {points.slice(1).map((point, i) => (
            <line
              key={point.label}
              x1={x(i)}
              x2={x(i + 1)}
              y1={y(points[i].value)}
              y2={y(point.value)}
              stroke={LINE}
              strokeWidth={3}
            />
          ))}
          {points.map((point, i) => (
            <g key={point.label}>
              <circle cx={x(i)} cy={y(point.value)} r={5} fill={LINE} />
              <text x={x(i)} y={y(point.value) - 10} fill={TEXT} fontSize={12} fontWeight={700} textAnchor="middle">
                {point.text}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <div className="ml-16 flex pt-1 pr-4">
        {points.map((point) => (
          <span key={point.label} className="min-w-0 flex-1 px-1 text-center">
            {point.label}
          </span>
        ))}
      </div>
    </div>
  );
}
