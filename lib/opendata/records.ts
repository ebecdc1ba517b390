import { CHECK_TERMS, type CheckFinding } from "../consistency/checks.ts";
import type { Evaluation, IndicatorDirection, IndicatorScope, PeriodTerm } from "../generated/prisma/enums.ts";
import { ITEM_FIELD_TERMS, type ItemFieldKey, type ItemSummary } from "../items/types.ts";
import type { Municipality } from "../municipality/get-municipality.ts";
import { periodKey, periodLabel } from "../periods/period-key.ts";
import { ACHIEVEMENT_TERMS, STATUS_TERMS, type StatusKey } from "../reports/vocabulary.ts";
import type { Rollup } from "../rollup/rollup.ts";
import type { GroupKind, GroupRollup, Summary } from "../rollup/summary.ts";
import { ageGroupTerm } from "../voices/vocabulary.ts";
import type { PublishedVoice } from "../voices/voices.ts";
import type { DatasetRecord } from "./dictionary.ts";
import { tokyoIso } from "./formats.ts";

/** The three columns every dataset starts with, for one row. */
function common(municipality: Pick<Municipality, "code" | "name">, id: string) {
  return { municipalityCode: municipality.code, id, municipalityName: municipality.name };
}

const instant = (iso: string | null) => (iso === null ? null : tokyoIso(iso));
const statusTerm = (status: StatusKey | null) => STATUS_TERMS[status ?? "not_reported"];

export function itemRecords(municipality: Municipality, items: readonly ItemSummary[]): DatasetRecord<"items">[] {
  return items.map((item) => ({
    ...common(municipality, String(item.number)),
    number: item.number,
    title: item.title,
    bureauCode: item.bureau.code,
    bureau: item.bureau.name,
    section: item.section,
    purpose: item.purpose,
    content: item.content,
    target: item.target,
    area: item.areaLabel,
    direction: item.directionLabel,
    areaCanonical: item.area,
    directionCanonical: item.direction,
    classification: item.classification,
    startFiscalYear: item.startFiscalYear,
    endFiscalYear: item.endFiscalYear,
    status: statusTerm(item.status),
    evaluation: item.evaluation,
    progressPercent: item.progressPercent,
    asOf: instant(item.asOf),
    stale: item.stale,
    achievement: ACHIEVEMENT_TERMS[item.achievement],
    updatedAt: tokyoIso(item.updatedAt),
  }));
}

/** A published report as the loader reads it. */
export interface PublishedReportRow {
  item: { number: number; title: string; bureau: { code: string; name: string }; section: string | null };
  period: { fiscalYear: number; term: PeriodTerm };
  revision: number;
  status: StatusKey | null;
  evaluation: Evaluation | null;
  progressPercent: number | null;
  achievements: string;
  issues: string;
  nextSteps: string;
  /** ISO 8601: rows go through the data cache as JSON */
  publishedAt: string;
}

/** The reports dataset's ID of a published revision: item, period and revision ("44-2025-first_half-2"). */
export function reportId(itemNumber: number, period: { fiscalYear: number; term: PeriodTerm }, revision: number) {
  return `${itemNumber}-${periodKey(period)}-${revision}`;
}

export function reportRecords(
  municipality: Municipality,
  reports: readonly PublishedReportRow[],
): DatasetRecord<"reports">[] {
  return reports.map((r) => ({
    ...common(municipality, reportId(r.item.number, r.period, r.revision)),
    itemNumber: r.item.number,
    itemTitle: r.item.title,
    bureauCode: r.item.bureau.code,
    bureau: r.item.bureau.name,
    section: r.item.section,
    periodKey: periodKey(r.period),
    periodLabel: periodLabel(r.period),
    revision: r.revision,
    correction: r.revision > 1,
    status: statusTerm(r.status),
    evaluation: r.evaluation,
    progressPercent: r.progressPercent,
    achievements: r.achievements,
    issues: r.issues,
    nextSteps: r.nextSteps,
    publishedAt: tokyoIso(r.publishedAt),
  }));
}

/** The aims of an indicator in the plan's words, as the open data writes them. */
export const DIRECTION_TERMS: Record<IndicatorDirection, string> = {
  increase: "上昇",
  decrease: "低下",
  maintain: "維持",
};

export const SCOPE_TERMS: Record<IndicatorScope, string> = { vision: "成果指標", item: "KPI" };

/** A public indicator as the loader reads it: a vision indicator, or a confirmed KPI with its item's number. */
export interface IndicatorRow {
  id: number;
  scope: IndicatorScope;
  itemNumber: number | null;
  name: string;
  description: string;
  unit: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  targetText: string;
  direction: IndicatorDirection;
  sourceText: string | null;
}

export function indicatorRecords(
  municipality: Municipality,
  indicators: readonly IndicatorRow[],
): DatasetRecord<"indicators">[] {
  return indicators.map((i) => ({
    ...common(municipality, String(i.id)),
    scope: SCOPE_TERMS[i.scope],
    itemNumber: i.itemNumber,
    name: i.name,
    description: i.description,
    unit: i.unit,
    baselineValue: i.baselineValue,
    baselineYear: i.baselineYear,
    targetValue: i.targetValue,
    targetYear: i.targetYear,
    targetText: i.targetText,
    direction: DIRECTION_TERMS[i.direction],
    sourceText: i.sourceText,
  }));
}

/** A public value: a vision indicator's yearly actual, or a KPI's actual in a published report. */
export interface IndicatorValueRow {
  indicator: { id: number; name: string; unit: string; itemNumber: number | null };
  fiscalYear: number;
  value: number;
  note: string | null;
  /** the report that carries a KPI's actual; null for a vision indicator's */
  report: { period: { fiscalYear: number; term: PeriodTerm }; revision: number; publishedAt: string } | null;
}

export function indicatorValueRecords(
  municipality: Municipality,
  values: readonly IndicatorValueRow[],
): DatasetRecord<"indicator-values">[] {
  return values.map((v) => {
    const { indicator, report } = v;
    const when = report ? periodKey(report.period) : String(v.fiscalYear);
    return {
      ...common(municipality, `${indicator.id}-${when}`),
      indicatorId: String(indicator.id),
      indicatorName: indicator.name,
      itemNumber: indicator.itemNumber,
      fiscalYear: v.fiscalYear,
      periodKey: report && periodKey(report.period),
      periodLabel: report && periodLabel(report.period),
      value: v.value,
      unit: indicator.unit,
      note: v.note,
      reportId:
        report && indicator.itemNumber !== null ? reportId(indicator.itemNumber, report.period, report.revision) : null,
      publishedAt: report && tokyoIso(report.publishedAt),
    };
  });
}

export const DIMENSION_TERMS: Record<GroupKind | "overall", string> = {
  overall: "全体",
  area: "大分類",
  direction: "小分類",
  bureau: "部局",
  section: "所管部署",
  classification: "プラン取組項目分類",
};

function rollupColumns(r: Rollup) {
  return {
    items: r.items,
    statusNotReported: r.byStatus.not_reported,
    statusNotStarted: r.byStatus.not_started,
    statusConsidering: r.byStatus.considering,
    statusInProgress: r.byStatus.in_progress,
    statusCompleted: r.byStatus.completed,
    statusSuspended: r.byStatus.suspended,
    evaluationNotReported: r.byEvaluation.not_reported,
    evaluationA: r.byEvaluation.A,
    evaluationB: r.byEvaluation.B,
    evaluationC: r.byEvaluation.C,
    evaluationD: r.byEvaluation.D,
    evaluationUnrated: r.byEvaluation.unrated,
    achievementPending: r.byAchievement.pending,
    achievementAchieved: r.byAchievement.achieved,
    achievementPartlyAchieved: r.byAchievement.partly_achieved,
    achievementNotAchieved: r.byAchievement.not_achieved,
    reported: r.reported,
    meanProgress: r.meanProgress,
    completedShare: r.completedShare,
    current: r.current,
    updateRate: r.updateRate,
    stale: r.stale,
    kpis: r.kpi.kpis,
    kpisMeasured: r.kpi.measured,
    kpisAchieved: r.kpi.achieved,
    kpiMeanRate: r.kpi.meanRate,
  };
}

/**
 * The summary as rows: the whole plan, then each group of each dimension. A group's ID is its
 * dimension and its bureau code or name, which stay the same from period to period.
 */
export function summaryRecords(municipality: Municipality, summary: Summary): DatasetRecord<"summary">[] {
  const p = summary.period;
  const period = { periodKey: p && periodKey(p), periodLabel: p && periodLabel(p) };
  const overall = {
    ...common(municipality, "overall"),
    ...period,
    dimension: DIMENSION_TERMS.overall,
    group: DIMENSION_TERMS.overall,
    groupCode: null,
    parent: null,
    unassigned: false,
    ...rollupColumns(summary.overall),
  };
  const group = (g: GroupRollup) => ({
    ...common(municipality, `${g.kind}:${g.kind === "bureau" ? g.code : g.name}`),
    ...period,
    dimension: DIMENSION_TERMS[g.kind],
    group: g.name,
    groupCode: g.kind === "bureau" ? g.code : null,
    parent: g.parent,
    unassigned: g.unassigned,
    ...rollupColumns(g),
  });
  return [
    overall,
    ...[summary.areas, summary.directions, summary.bureaus, summary.sections, summary.classifications].flatMap(
      (groups) => groups.map(group),
    ),
  ];
}

/** A finding of the consistency checks at a period, with the secretariat's explanation. */
export interface CheckRow {
  period: { fiscalYear: number; term: PeriodTerm };
  itemNumber: number;
  itemTitle: string;
  finding: CheckFinding;
  kpiName: string | null;
  explanation: { text: string; explainedAt: string } | null;
}

export function checkRecords(municipality: Municipality, rows: readonly CheckRow[]): DatasetRecord<"checks">[] {
  return rows.map((r) => ({
    ...common(municipality, `${periodKey(r.period)}-${r.itemNumber}-${r.finding.kind}-${r.finding.kpiId ?? 0}`),
    periodKey: periodKey(r.period),
    periodLabel: periodLabel(r.period),
    itemNumber: r.itemNumber,
    itemTitle: r.itemTitle,
    check: CHECK_TERMS[r.finding.kind],
    checkKey: r.finding.kind,
    kpi: r.kpiName,
    explanation: r.explanation?.text ?? null,
    explainedAt: instant(r.explanation?.explainedAt ?? null),
  }));
}

/** A change of an item's commitment after the plan was loaded (目標の変更履歴). */
export interface ChangeRow {
  id: number;
  itemNumber: number;
  itemTitle: string;
  field: ItemFieldKey;
  before: string;
  after: string;
  reason: string;
  changedAt: string;
}

/** Changes are made by the secretariat's role; no personal name is published. */
const CHANGED_BY = "事務局";

export function changeRecords(municipality: Municipality, rows: readonly ChangeRow[]): DatasetRecord<"changes">[] {
  return rows.map((r) => ({
    ...common(municipality, String(r.id)),
    itemNumber: r.itemNumber,
    itemTitle: r.itemTitle,
    field: ITEM_FIELD_TERMS[r.field],
    before: r.before,
    after: r.after,
    reason: r.reason,
    changedBy: CHANGED_BY,
    changedAt: tokyoIso(r.changedAt),
  }));
}

/**
 * A published voice with the city's answer (市民の声): the text masked, the name only when the
 * sender allowed it (readPublishedVoices leaves it null otherwise). Oldest first, by 受付番号.
 */
export function voiceRecords(municipality: Municipality, rows: readonly PublishedVoice[]): DatasetRecord<"voices">[] {
  return [...rows]
    .sort((a, b) => a.id - b.id)
    .map((v) => ({
      ...common(municipality, v.reference),
      reference: v.reference,
      itemNumber: v.itemNumber,
      itemTitle: v.itemTitle,
      ageGroup: ageGroupTerm(v.ageGroup),
      name: v.name,
      body: v.body,
      answer: v.answer,
      receivedAt: tokyoIso(v.createdAt),
      answeredAt: tokyoIso(v.answeredAt),
      publishedAt: tokyoIso(v.publishedAt),
    }));
}
