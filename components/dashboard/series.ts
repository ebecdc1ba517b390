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

export const STATUS_STYLES: Record<StatusKey, SeriesStyle> = {
  not_reported: NO_DATA,
  not_started: { color: GRAY_800, pattern: "dots" },
  considering: { color: YELLOW_1000, pattern: "backslash" },
  in_progress: { color: KEY_800, pattern: "solid" },
  completed: { color: GREEN_800, pattern: "cross" },
  suspended: { color: RED_1000, pattern: "horizontal" },
};

export const EVALUATION_STYLES: Record<EvaluationKey, SeriesStyle> = {
  not_reported: NO_DATA,
  A: { color: GREEN_800, pattern: "solid" },
  B: { color: LIGHT_BLUE_900, pattern: "dots" },
  C: { color: ORANGE_900, pattern: "backslash" },
  D: { color: RED_1000, pattern: "horizontal" },
  unrated: { color: GRAY_800, pattern: "cross" },
};

export const ACHIEVEMENT_STYLES: Record<Achievement, SeriesStyle> = {
  pending: NO_DATA,
  achieved: { color: GREEN_800, pattern: "solid" },
  partly_achieved: { color: YELLOW_1000, pattern: "backslash" },
  not_achieved: { color: RED_1000, pattern: "horizontal" },
};

/** Single-series charts (update rate, KPI rate). */
export const RATE_STYLE: SeriesStyle = { color: KEY_800, pattern: "solid" };
