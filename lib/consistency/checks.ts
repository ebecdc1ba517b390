import type { Evaluation } from "../generated/prisma/enums.ts";
import type { StatusKey } from "../reports/vocabulary.ts";
import { type KpiInput, kpiAchievementRate } from "../rollup/rollup.ts";

/**
 * 整合性チェック: where a report and its evidence disagree. The one module that decides them; the
 * README lists each rule as written here.
 */
export const CHECK_KINDS = [
  "on_track_kpi_away",
  "completed_below_full",
  "completed_kpi_unmet",
  "past_plan_period",
  "no_achievements",
] as const;

export type CheckKind = (typeof CHECK_KINDS)[number];

/** Each check's name in the open data (the UI words them in its catalogs). */
export const CHECK_TERMS: Record<CheckKind, string> = {
  on_track_kpi_away: "評価は順調だがKPIが目標から遠ざかっている",
  completed_below_full: "完了だが進捗率100%未満",
  completed_kpi_unmet: "完了だがKPI未達",
  past_plan_period: "計画期間を過ぎて未完了",
  no_achievements: "実績の記入なし",
};

export interface CheckedKpi extends KpiInput {
  id: number;
  /** the actual reported before the latest one; null when the latest is the first */
  previous: number | null;
}

/** What the checks read of an item as of a period (a subset of the roll-ups' ItemState). */
export interface CheckInput {
  status: StatusKey;
  evaluation: Evaluation | null;
  progressPercent: number | null;
  /** 実績 of the report shown */
  achievements: string;
  /** has a report for the period the view is about */
  current: boolean;
  endFiscalYear: number;
  kpis: readonly CheckedKpi[];
}

export interface CheckFinding {
  kind: CheckKind;
  /** the KPI the finding is about, for the KPI rules */
  kpiId: number | null;
}

/**
 * Whether a KPI's latest actual went away from its target: compared with the actual before it (or
 * the baseline when it is the first), it went the wrong way for its direction (an increase or keep
 * (維持) KPI fell, a decrease KPI rose) and it is short of its target value. Without a target value
 * the direction alone decides; a KPI to keep without a target value never moves away.
 */
export function movesAway(kpi: CheckedKpi): boolean {
  const earlier = kpi.previous ?? kpi.baselineValue;
  if (kpi.actual === null || earlier === null) return false;
  const worse = kpi.direction === "decrease" ? kpi.actual > earlier : kpi.actual < earlier;
  if (kpi.targetValue === null) return worse && kpi.direction !== "maintain";
  return worse && unmet(kpi);
}

/** Whether a KPI with an actual is short of its target (its achievement rate below 1). */
export function unmet(kpi: CheckedKpi): boolean {
  const rate = kpiAchievementRate(kpi);
  return rate !== null && rate < 1;
}

/** Every check an item fails as of a period of fiscal year `fiscalYear` (null: no period yet). */
export function checkItem(item: CheckInput, fiscalYear: number | null): CheckFinding[] {
  const found: CheckFinding[] = [];
  if (item.evaluation === "A" && item.status !== "not_reported")
    for (const kpi of item.kpis) if (movesAway(kpi)) found.push({ kind: "on_track_kpi_away", kpiId: kpi.id });
  if (item.status === "completed") {
    if (item.progressPercent !== null && item.progressPercent < 100)
      found.push({ kind: "completed_below_full", kpiId: null });
    for (const kpi of item.kpis) if (unmet(kpi)) found.push({ kind: "completed_kpi_unmet", kpiId: kpi.id });
  }
  if (fiscalYear !== null && fiscalYear > item.endFiscalYear && item.status !== "completed")
    found.push({ kind: "past_plan_period", kpiId: null });
  if (item.current && item.achievements.trim() === "") found.push({ kind: "no_achievements", kpiId: null });
  return found;
}

/** How many items fail each check (an item counts once per kind, however many KPIs it names). */
export function countChecks(items: readonly { checks: readonly CheckFinding[] }[]): Record<CheckKind, number> {
  const counts = Object.fromEntries(CHECK_KINDS.map((kind) => [kind, 0])) as Record<CheckKind, number>;
  for (const item of items) for (const kind of new Set(item.checks.map((f) => f.kind))) counts[kind] += 1;
  return counts;
}
