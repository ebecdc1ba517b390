import type { Achievement, Evaluation } from "../generated/prisma/enums.ts";
import type { KpiDefinition } from "../indicators/kpi-definition.ts";
import { STATUS_KEYS, type StatusKey } from "../reports/vocabulary.ts";

/** 評価 of an item's latest report; `not_reported` when nothing is published, `unrated` when the report gave none. */
export type EvaluationKey = Evaluation | "not_reported" | "unrated";
export const EVALUATION_KEYS = [
  "not_reported",
  "A",
  "B",
  "C",
  "D",
  "unrated",
] as const satisfies readonly EvaluationKey[];
export const ACHIEVEMENT_KEYS = [
  "pending",
  "achieved",
  "partly_achieved",
  "not_achieved",
] as const satisfies readonly Achievement[];

/** An item's 評価 as the roll-ups count it and the filters select it. */
export function evaluationKeyOf(item: { status: StatusKey; evaluation?: Evaluation | null }): EvaluationKey {
  return item.status === "not_reported" ? "not_reported" : (item.evaluation ?? "unrated");
}

export interface KpiInput extends Pick<KpiDefinition, "direction" | "baselineValue" | "targetValue"> {
  /** the latest published actual; null when none */
  actual: number | null;
}

export interface RollupInput {
  status: StatusKey;
  progressPercent: number | null;
  evaluation?: Evaluation | null;
  achievement?: Achievement;
  /** whether the item has a published report for the period the roll-up is about */
  current?: boolean;
  /** nothing published for the latest closed period (未更新) */
  stale?: boolean;
  /** when the report shown was published */
  asOf?: string | null;
  kpis?: readonly KpiInput[];
}

export interface KpiRollup {
  /** KPIs of the set's items */
  kpis: number;
  /** KPIs with an actual and a computable rate */
  measured: number;
  /** measured KPIs whose rate reached 1 */
  achieved: number;
  /** mean rate over measured KPIs, each capped at 1 (0–1); null when none is measured */
  meanRate: number | null;
}

export interface Rollup {
  items: number;
  byStatus: Record<StatusKey, number>;
  byEvaluation: Record<EvaluationKey, number>;
  byAchievement: Record<Achievement, number>;
  /** items with a published report */
  reported: number;
  /** mean 進捗率 over reported items that gave one; null when none did */
  meanProgress: number | null;
  /** share of all items whose status is 完了 (0–1); unreported items count as not complete */
  completedShare: number;
  /** items with a published report for the period the roll-up is about */
  current: number;
  /** current / items (0–1); 0 for an empty set */
  updateRate: number;
  /** items marked 未更新 */
  stale: number;
  /** the newest "as of" among the items; null when none has a report */
  latestAsOf: string | null;
  kpi: KpiRollup;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * How far a KPI has come from its baseline towards its target (1 = reached),
 * respecting its direction. Without a baseline the rate is actual / target
 * (target / actual when decreasing is better); 維持 (maintain) counts as
 * reached while the actual stays at or above the target. Null when it cannot
 * be computed (no actual, no target, or a target equal to the baseline).
 */
export function kpiAchievementRate(kpi: KpiInput): number | null {
  const { direction, baselineValue: base, targetValue: target, actual } = kpi;
  if (actual === null || target === null) return null;
  if (direction === "maintain") return actual >= target ? 1 : target === 0 ? null : actual / target;
  if (base !== null && base !== target) {
    const rate = direction === "increase" ? (actual - base) / (target - base) : (base - actual) / (base - target);
    return Math.max(0, rate);
  }
  if (base !== null) return null;
  if (direction === "increase") return target === 0 ? null : Math.max(0, actual / target);
  return actual <= 0 ? 1 : target / actual;
}

/**
 * The one place that rolls item states up into a set's progress. Items without a
 * published report count as 未報告 — never as 0 % or as on track.
 */
export function rollup(items: readonly RollupInput[]): Rollup {
  const byStatus = zeros(STATUS_KEYS);
  const byEvaluation = zeros(EVALUATION_KEYS);
  const byAchievement = zeros(ACHIEVEMENT_KEYS);
  const percents: number[] = [];
  const rates: number[] = [];
  let kpis = 0;
  let current = 0;
  let stale = 0;
  let latestAsOf: string | null = null;
  for (const item of items) {
    const reported = item.status !== "not_reported";
    byStatus[item.status] += 1;
    byEvaluation[evaluationKeyOf(item)] += 1;
    byAchievement[item.achievement ?? "pending"] += 1;
    if (reported && item.progressPercent !== null) percents.push(item.progressPercent);
    if (item.current) current += 1;
    if (item.stale) stale += 1;
    if (item.asOf && (latestAsOf === null || item.asOf > latestAsOf)) latestAsOf = item.asOf;
    for (const kpi of item.kpis ?? []) {
      kpis += 1;
      const rate = kpiAchievementRate(kpi);
      if (rate !== null) rates.push(rate);
    }
  }
  const mean = (values: number[]) =>
    values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;
  const meanProgress = mean(percents);
  const meanRate = mean(rates.map((r) => Math.min(r, 1)));
  return {
    items: items.length,
    byStatus,
    byEvaluation,
    byAchievement,
    reported: items.length - byStatus.not_reported,
    meanProgress: meanProgress === null ? null : round1(meanProgress),
    completedShare: items.length === 0 ? 0 : byStatus.completed / items.length,
    current,
    updateRate: items.length === 0 ? 0 : current / items.length,
    stale,
    latestAsOf,
    kpi: {
      kpis,
      measured: rates.length,
      achieved: rates.filter((r) => r >= 1).length,
      meanRate: meanRate === null ? null : Math.round(meanRate * 1000) / 1000,
    },
  };
}
