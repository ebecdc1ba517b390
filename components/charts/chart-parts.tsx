import type { CSSProperties } from "react";
import { fillOf, PatternDef, type SeriesStyle } from "./patterns";
import { percentOf } from "./scale";

export const TEXT = "#333333"; // solid-gray-800
export const GRID = "#cccccc"; // solid-gray-200

/** An SVG-safe id prefix from React's useId (which may contain characters that break url(#…)). */
export const safeId = (id: string) => `c${id.replace(/[^a-zA-Z0-9_-]/g, "")}`;

/** One coloured part of a bar; `label` is written inside it when the part is large enough (CSS container query). */
export interface Segment {
  key: string;
  value: number;
  style: SeriesStyle;
  /** the outline: white between stacked parts, the part's own colour for single bars */
  stroke: string;
  label?: string;
}

/** The textures a chart's parts use, once per chart, in an SVG of no size. */
export function ChartDefs({ prefix, styles }: { prefix: string; styles: ReadonlyMap<string, SeriesStyle> }) {
  return (
    <svg width={0} height={0} className="absolute" aria-hidden="true" focusable="false">
      <defs>
        {[...styles].map(([key, style]) => (
          <PatternDef key={key} id={`${prefix}-${key}`} style={style} />
        ))}
      </defs>
    </svg>
  );
}

/**
 * One part of a bar, drawn in HTML so that its size follows the page's width; the fill is an SVG
 * rectangle in CSS pixels, so textures keep their scale however wide the bar is.
 */
export function SegmentBox({ prefix, segment, style }: { prefix: string; segment: Segment; style: CSSProperties }) {
  return (
    <div className="chart-segment" style={style}>
      <svg aria-hidden="true" focusable="false">
        <rect
          width="100%"
          height="100%"
          fill={fillOf(`${prefix}-${segment.key}`, segment.style)}
          stroke={segment.stroke}
        />
        {segment.label && (
          <text
            className="chart-segment-label"
            x="50%"
            y="50%"
            fill="#ffffff"
            stroke={segment.style.color}
            strokeWidth={4}
            paintOrder="stroke"
            fontSize={12}
            fontWeight={700}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {segment.label}
          </text>
        )}
      </svg>
    </div>
  );
}

export interface BarRow {
  label: string;
  segments: Segment[];
  /** written just past the bar's end */
  end?: string;
}

const total = (row: BarRow) => row.segments.reduce((sum, s) => sum + s.value, 0);
const byPosition = (i: number) => String(i);

/**
 * Horizontal bars, one per row, the category names on the left (cut with an ellipsis: the table
 * beside carries them whole). A row's look is declared once (`.hbars-*` in app/globals.css).
 */
export function HorizontalBars({
  prefix,
  rows,
  ticks,
  labelWidth,
}: {
  prefix: string;
  rows: BarRow[];
  ticks: number[];
  labelWidth: number;
}) {
  const ends = rows.some((row) => row.end);
  return (
    <div className="text-xs text-solid-gray-800">
      <div className="flex pt-2">
        <div className="shrink-0" style={{ width: labelWidth }}>
          {rows.map((row, i) => (
            <div key={byPosition(i)} className="hbars-label">
              <span>{row.label}</span>
            </div>
          ))}
        </div>
        <div className={`relative min-w-0 flex-1 border-l border-solid-gray-200 ${ends ? "mr-16" : "mr-4"}`}>
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute inset-y-0 border-l border-solid-gray-200"
              style={{ left: percentOf(tick, ticks) }}
            />
          ))}
          {rows.map((row, i) => (
            <div key={byPosition(i)} className="hbars-row">
              <div style={{ width: percentOf(total(row), ticks) }}>
                {row.segments
                  .filter((s) => s.value > 0)
                  .map((s) => (
                    <SegmentBox key={s.key} prefix={prefix} segment={s} style={{ flex: `${s.value} 1 0` }} />
                  ))}
              </div>
              {row.end && <span>{row.end}</span>}
            </div>
          ))}
        </div>
      </div>
      <div className={`relative h-5 ${ends ? "mr-16" : "mr-4"}`} style={{ marginLeft: labelWidth }}>
        {ticks.map((tick) => (
          <span key={tick} className="absolute top-1 -translate-x-1/2" style={{ left: percentOf(tick, ticks) }}>
            {tick}
          </span>
        ))}
      </div>
    </div>
  );
}

const PLOT_HEIGHT = 260;

/** Columns, one per row (periods along the bottom), parts stacked from the bottom. */
export function Columns({ prefix, rows, ticks }: { prefix: string; rows: BarRow[]; ticks: number[] }) {
  return (
    <div className="text-xs text-solid-gray-800">
      <div className="flex pt-2 pr-4">
        <div className="relative w-10 shrink-0" style={{ height: PLOT_HEIGHT }}>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-2 translate-y-1/2" style={{ bottom: percentOf(tick, ticks) }}>
              {tick}
            </span>
          ))}
        </div>
        <div
          className="relative min-w-0 flex-1 border-b border-l border-solid-gray-200"
          style={{ height: PLOT_HEIGHT }}
        >
          {ticks.map((tick) => (
            <span
              key={tick}
              className="absolute inset-x-0 border-t border-solid-gray-200"
              style={{ bottom: percentOf(tick, ticks) }}
            />
          ))}
          <div className="absolute inset-0 flex items-end">
            {rows.map((row, i) => (
              <div key={byPosition(i)} className="flex h-full min-w-0 flex-1 items-end justify-center">
                <div
                  className="flex w-[64%] max-w-24 flex-col-reverse"
                  style={{ height: percentOf(total(row), ticks) }}
                >
                  {row.segments
                    .filter((s) => s.value > 0)
                    .map((s) => (
                      <SegmentBox key={s.key} prefix={prefix} segment={s} style={{ flex: `${s.value} 1 0` }} />
                    ))}
                </div>
              </div>
            ))}
          </div>
        </div>
      </div>
      <div className="ml-10 flex pt-1 pr-4">
        {rows.map((row, i) => (
          <span key={byPosition(i)} className="min-w-0 flex-1 px-1 text-center">
            {row.label}
          </span>
        ))}
      </div>
    </div>
  );
}
