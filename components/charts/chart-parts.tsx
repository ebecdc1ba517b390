import type { AxisDomain, LabelProps } from "recharts";

export const TEXT = "#333333"; // solid-gray-800
export const GRID = "#cccccc"; // solid-gray-200
export const TICK = { fill: TEXT, fontSize: 12 };
export const LABEL_CHARS_PER_PX = 1 / 12;

/** An SVG-safe id prefix from React's useId (which may contain characters that break url(#…)). */
export const safeId = (id: string) => `c${id.replace(/[^a-zA-Z0-9_-]/g, "")}`;

/** Category labels are cut to the axis width; the table next to every chart carries the full names. */
export function truncate(text: string, width: number): string {
  const max = Math.max(3, Math.floor((width - 8) * LABEL_CHARS_PER_PX));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * What the bar charts share: horizontal bars (categories on the left) or columns (along the bottom),
 * full width at the given height, and no keyboard layer, since the charts are hidden from assistive
 * technology. The category axis cuts its labels to its width; the value axis counts in whole numbers.
 */
export function barLayout({
  bars,
  height,
  labelWidth,
  columnLabelWidth,
  domain,
}: {
  bars: boolean;
  height: number;
  /** the left axis' width for horizontal bars */
  labelWidth: number;
  /** how wide a column's label may be */
  columnLabelWidth: number;
  domain?: AxisDomain;
}) {
  const chart = {
    layout: bars ? "vertical" : "horizontal",
    responsive: true,
    style: { width: "100%", height },
    accessibilityLayer: false,
  } as const;
  const common = { allowDecimals: false, interval: 0, tick: TICK } as const;
  const category = { ...common, type: "category", dataKey: "label" } as const;
  const value = { ...common, type: "number", domain } as const;
  return bars
    ? { chart, x: value, y: { ...category, width: labelWidth, tickFormatter: (v: string) => truncate(v, labelWidth) } }
    : {
        chart,
        x: { ...category, tickFormatter: (v: string) => truncate(v, columnLabelWidth) },
        y: { ...value, width: 40 },
      };
}

const num = (v: unknown) => (typeof v === "number" ? v : Number(v ?? 0));

/** The count written inside a stacked segment, when it fits; white with a halo of the segment's colour to stay legible on textures. */
export function segmentLabel(color: string) {
  return (props: LabelProps) => {
    const value = num(props.value);
    const [x, y, width, height] = [num(props.x), num(props.y), num(props.width), num(props.height)];
    if (!value || width < 22 || height < 16) return <g />;
    return (
      <text
        x={x + width / 2}
        y={y + height / 2}
        fill="#ffffff"
        stroke={color}
        strokeWidth={4}
        paintOrder="stroke"
        fontSize={12}
        fontWeight={700}
        textAnchor="middle"
        dominantBaseline="central"
      >
        {value}
      </text>
    );
  };
}

/** A value written just past the end of a bar (or above a column), in dark text on the white plot. */
export function endLabel(texts: readonly string[], bars: boolean) {
  return (props: LabelProps) => {
    const [x, y, width, height] = [num(props.x), num(props.y), num(props.width), num(props.height)];
    const text = texts[num(props.index)] ?? "";
    return bars ? (
      <text x={x + width + 6} y={y + height / 2} fill={TEXT} fontSize={12} fontWeight={700} dominantBaseline="central">
        {text}
      </text>
    ) : (
      <text x={x + width / 2} y={y - 6} fill={TEXT} fontSize={12} fontWeight={700} textAnchor="middle">
        {text}
      </text>
    );
  };
}
