import type { ActionState, Reason } from "@/lib/actions/action-state";
import type { RowProblem } from "@/lib/surveys/import-survey";
import type { SurveyFileError } from "@/lib/surveys/read-survey-file";

type ProblemCode = RowProblem["code"];
type RefusalReason = SurveyFileError["code"] | "wrong_period";
/** Why 取り込む changed nothing: another file than the one previewed, or reports changed since. */
type ConflictReason = "other_file" | "changed_since_preview";

/** Every code a row problem can have: the catalog has a message for each (`problems.<code>`). */
export const PROBLEM_CODES = {
  number: true,
  formula: true,
  cell_error: true,
  duplicate: true,
  unknown_item: true,
  not_yours: true,
  locked: true,
  conflict: true,
  status: true,
  evaluation: true,
  progressPercent: true,
  tooLong: true,
  unknown_kpi: true,
  kpiNumber: true,
  kpi_without_row: true,
} as const satisfies Record<ProblemCode, true>;

/** Every reason a whole file is refused for: the catalog has a message for each (`refusals.<reason>`). */
export const REFUSAL_REASONS = {
  empty: true,
  too_large: true,
  not_survey: true,
  unpacked_too_large: true,
  missing_sheet: true,
  missing_headers: true,
  merged_cells: true,
  too_many_rows: true,
  csv_malformed: true,
  wrong_period: true,
} as const satisfies Record<RefusalReason, true>;

/** The keys of the "surveyImport" catalog these texts use; a translator of that namespace fits. */
export type ImportTextKey =
  | `problems.${ProblemCode | "unknown"}`
  | `refusals.${RefusalReason | "unknown"}`
  | `conflicts.${ConflictReason}`
  | "where.line"
  | "where.sheetLine"
  | "problem"
  | "problemRow";

export type ImportText = (key: ImportTextKey, values?: Record<string, string | number>) => string;

/**
 * "5行目", or "KPI実績 5行目" on a sheet other than the one the rows are listed from (報告, or the
 * CSV): where a row or a problem is, as the person finds it in their file.
 */
export function whereText(t: ImportText, { sheet, line }: { sheet: string; line: number }, kpiSheet: string): string {
  return sheet === kpiSheet ? t("where.sheetLine", { sheet, line }) : t("where.line", { line });
}

/** A row problem in words, naming row, column and what is expected: 「5行目 進捗率: 0〜100の整数を入力してください」. */
export function problemText(t: ImportText, problem: RowProblem, kpiSheet: string): string {
  // The zod codes arrive as strings from the service: one it has no message for reads as "unknown".
  const code = Object.hasOwn(PROBLEM_CODES, problem.code) ? problem.code : "unknown";
  const message = t(`problems.${code}`, problem.params ?? {});
  const where = whereText(t, problem, kpiSheet);
  return problem.column === null
    ? t("problemRow", { where, message })
    : t("problem", { where, column: problem.column, message });
}

/** Why a whole file was refused (a reader's code or "wrong_period"), or null when it was not. */
export function refusalOf(state: ActionState): Reason | null {
  return !state.ok && state.message === "invalid_file" ? (state.reason ?? { code: "unknown", params: {} }) : null;
}

/** Why a whole file was refused, with its parameters (the sheet, the limit, the periods). */
export function refusalText(t: ImportText, refusal: Reason): string {
  const reason = Object.hasOwn(REFUSAL_REASONS, refusal.code) ? (refusal.code as RefusalReason) : "unknown";
  return t(`refusals.${reason}`, refusal.params);
}

/** Why 取り込む changed nothing; each asks to check the file again. */
export function conflictText(
  t: ImportText,
  state: Pick<ActionState, "message" | "reason"> | null | undefined,
): string | null {
  const reason = state?.message === "conflict" ? state.reason?.code : undefined;
  return reason === "other_file" || reason === "changed_since_preview" ? t(`conflicts.${reason}`) : null;
}
