import type { SeriesStyle } from "@/components/charts/patterns";
import type { Achievement } from "@/lib/generated/prisma/enums";
import type { StatusKey } from "@/lib/reports/vocabulary";
import type { EvaluationKey } from "@/lib/rollup/rollup";

// DADS colour tokens (hex, because SVG fills take no Tailwind classes); each ≥ 4.5:1 against white.
const GRAY_536 = "#767676";
const GRAY_800 = "#333333";
const KEY_800 = "#0031d8";
const LIGHT_BLUE_900 = "#0055ad";
const GREEN_800 = "#197a4b";
const YELLOW_1000 = "#806300";
const ORANGE_900 = "#ac3e00";
const RED_1000 = "#a90000";

/** 未報告 is always grey with a hatch, the usual mark for "no data". */
const NO_DATA: SeriesStyle = { color: GRAY_536, pattern: "hatch" };
// One meaning wears one fill on every chart: done well is green, halfway yellow, stopped or failing red.
const GOOD: SeriesStyle = { color: GREEN_800, pattern: "solid" };
const HALFWAY: SeriesStyle = { color: YELLOW_1000, pattern: "backslash" };
const BAD: SeriesStyle = { color: RED_1000, pattern: "horizontal" };

export const STATUS_STYLES: Record<StatusKey, SeriesStyle> = {
  not_reported: NO_DATA,
  not_started: { color: GRAY_800, pattern: "dots" },
  considering: HALFWAY,
  in_progress: { color: KEY_800, pattern: "solid" },
  completed: { color: GREEN_800, pattern: "cross" },
  suspended: BAD,
};

export const EVALUATION_STYLES: Record<EvaluationKey, SeriesStyle> = {
  not_reported: NO_DATA,
  A: GOOD,
  B: { color: LIGHT_BLUE_900, pattern: "dots" },
  C: { color: ORANGE_900, pattern: "backslash" },
  D: BAD,
  unrated: { color: GRAY_800, pattern: "cross" },
};

export const ACHIEVEMENT_STYLES: Record<Achievement, SeriesStyle> = {
  pending: NO_DATA,
  achieved: GOOD,
  partly_achieved: HALFWAY,
  not_achieved: BAD,
};

/** Single-series charts (update rate, KPI rate). */
export const RATE_STYLE: SeriesStyle = { color: KEY_800, pattern: "solid" };
