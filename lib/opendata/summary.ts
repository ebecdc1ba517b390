import { CHECK_KINDS, CHECK_TERMS } from "../consistency/checks.ts";
import { periodKey, periodLabel } from "../periods/period-key.ts";
import { ACHIEVEMENT_TERMS, STATUS_KEYS, STATUS_TERMS } from "../reports/vocabulary.ts";
import { ACHIEVEMENT_KEYS, EVALUATION_KEYS, type EvaluationKey, type Rollup } from "../rollup/rollup.ts";
import type { GroupRollup, Summary } from "../rollup/summary.ts";

// Evaluations keep their letters (A–D, as the plan's 評価 column writes them).
const EVALUATION_KEY_TERMS: Record<EvaluationKey, string> = {
  A: "A",
  B: "B",
  C: "C",
  D: "D",
  not_reported: STATUS_TERMS.not_reported,
  unrated: "評価なし",
};

/** A roll-up with the plan's Japanese terms as keys, as the summary API publishes it. */
export function toOpenDataRollup(r: Rollup) {
  return {
    items: r.items,
    byStatus: Object.fromEntries(STATUS_KEYS.map((key) => [STATUS_TERMS[key], r.byStatus[key]])),
    byEvaluation: Object.fromEntries(EVALUATION_KEYS.map((key) => [EVALUATION_KEY_TERMS[key], r.byEvaluation[key]])),
    byAchievement: Object.fromEntries(ACHIEVEMENT_KEYS.map((key) => [ACHIEVEMENT_TERMS[key], r.byAchievement[key]])),
    reported: r.reported,
    meanProgress: r.meanProgress,
    completedShare: r.completedShare,
    updateRate: r.updateRate,
    kpi: r.kpi,
  };
}

const group = (g: GroupRollup) => ({
  name: g.name,
  ...(g.kind === "bureau" ? { code: g.code } : {}),
  ...(g.parent !== null ? { parent: g.parent } : {}),
  // true on the 「その他・未分類」 group that makes a kind's groups add up to overall.items
  unassigned: g.unassigned,
  ...toOpenDataRollup(g),
});

export function toOpenDataSummary(summary: Summary) {
  const p = summary.period;
  return {
    period: p
      ? { key: periodKey(p), fiscalYear: p.fiscalYear, term: p.term, label: periodLabel(p), status: p.status }
      : null,
    overall: toOpenDataRollup(summary.overall),
    areas: summary.areas.map(group),
    directions: summary.directions.map(group),
    bureaus: summary.bureaus.map(group),
    sections: summary.sections.map(group),
    classifications: summary.classifications.map(group),
    checks: CHECK_KINDS.map((kind) => ({ kind, label: CHECK_TERMS[kind], items: summary.checks[kind] })),
  };
}
