import {
  type Achievement,
  Evaluation as EVALUATION,
  type Evaluation,
  ItemStatus as ITEM_STATUS,
  type ItemStatus,
  type PeriodTerm,
} from "../generated/prisma/enums.ts";

/** 進捗状況 of an item; `not_reported` when nothing has been published yet. */
export type StatusKey = ItemStatus | "not_reported";

export const STATUS_KEYS = [
  "not_reported",
  "not_started",
  "considering",
  "in_progress",
  "completed",
  "suspended",
] as const satisfies readonly StatusKey[];

/**
 * The Japanese terms are the plan's own vocabulary, used as values in the open
 * data (API, CSV), where they must not change with the UI language.
 */
export const STATUS_TERMS: Record<StatusKey, string> = {
  not_reported: "未報告",
  not_started: "未着手",
  considering: "検討中",
  in_progress: "実施中",
  completed: "完了",
  suspended: "休止・中止",
};

/** Whether a value read back as a plain string (a report field, a form value) is a 進捗状況. */
export function isItemStatus(value: unknown): value is ItemStatus {
  return typeof value === "string" && Object.hasOwn(ITEM_STATUS, value);
}

/** Whether a value read back as a plain string is an 評価 (A–D). */
export function isEvaluation(value: unknown): value is Evaluation {
  return typeof value === "string" && Object.hasOwn(EVALUATION, value);
}

export const EVALUATION_TERMS: Record<Evaluation, string> = {
  A: "順調",
  B: "概ね順調",
  C: "やや遅れ",
  D: "遅れ",
};

export const TERM_TERMS: Record<PeriodTerm, string> = {
  first_half: "上半期",
  year_end: "年度末",
};

/** 達成度: judgement against the item's 3-year target, separate from the stage (進捗状況). */
export const ACHIEVEMENT_TERMS: Record<Achievement, string> = {
  pending: "判定前",
  achieved: "達成",
  partly_achieved: "一部達成",
  not_achieved: "未達成",
};
