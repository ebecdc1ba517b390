import { STATUS_KEYS, type StatusKey } from "../reports/vocabulary.ts";

export interface RollupInput {
  status: StatusKey;
  progressPercent: number | null;
}

export interface Rollup {
  items: number;
  byStatus: Record<StatusKey, number>;
  /** items with a published report */
  reported: number;
  /** mean 進捗率 over reported items that gave one; null when none did */
  meanProgress: number | null;
  /** share of all items whose status is 完了 (0–1); unreported items count as not complete */
  completedShare: number;
}

/**
 * The one place that rolls item states up into a set's progress. Items without a
 * published report count as 未報告 — never as 0 % or as on track.
 */
export function rollup(items: RollupInput[]): Rollup {
  const byStatus = Object.fromEntries(STATUS_KEYS.map((key) => [key, 0])) as Record<StatusKey, number>;
  const percents: number[] = [];
  for (const item of items) {
    byStatus[item.status] += 1;
    if (item.status !== "not_reported" && item.progressPercent !== null) percents.push(item.progressPercent);
  }
  const mean = percents.length === 0 ? null : percents.reduce((sum, p) => sum + p, 0) / percents.length;
  return {
    items: items.length,
    byStatus,
    reported: items.length - byStatus.not_reported,
    meanProgress: mean === null ? null : Math.round(mean * 10) / 10,
    completedShare: items.length === 0 ? 0 : byStatus.completed / items.length,
  };
}
