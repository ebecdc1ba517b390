/**
 * Fills for chart series: a DADS colour plus a texture, so that series differ
 * by more than colour (WCAG 1.4.1). Every colour has at least 4.5:1 against
 * white, enough for the white bar labels and for the bars themselves (1.4.11).
 */
export type PatternKind = "solid" | "hatch" | "backslash" | "dots" | "cross" | "horizontal";

export interface SeriesStyle {
  color: string;
  pattern: PatternKind;
}

const MARK = "#ffffff";

function Marks({ pattern }: { pattern: PatternKind }) {
  switch (pattern) {
    case "hatch":
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={MARK} strokeWidth={1.5} />;
    case "backslash":
      return <path d="M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4" stroke={MARK} strokeWidth={1.5} />;
    case "dots":
      return <circle cx={4} cy={4} r={1.5} fill={MARK} />;
    case "cross":
      return <path d="M0,4 H8 M4,0 V8" stroke={MARK} strokeWidth={1.25} />;
    case "horizontal":
      return <path d="M0,4 H8" stroke={MARK} strokeWidth={1.5} />;
    case "solid":
      return null;
  }
}

/** An SVG <pattern> for one series; place it inside the chart's <defs>. */
export function PatternDef({ id, style }: { id: string; style: SeriesStyle }) {
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} fill={style.color} />
      <Marks pattern={style.pattern} />
    </pattern>
  );
}

export const fillOf = (id: string, style: SeriesStyle) => (style.pattern === "solid" ? style.color : `url(#${id})`);

/** A small square showing a series' fill, for legends written in HTML. */
export function Swatch({ id, style }: { id: string; style: SeriesStyle }) {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="shrink-0">
      <defs>
        <PatternDef id={id} style={style} />
      </defs>
      <rect x={0.5} y={0.5} width={15} height={15} fill={fillOf(id, style)} stroke={style.color} />
    </svg>
  );
}
