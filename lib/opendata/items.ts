import { stringify } from "csv-stringify/sync";
import type { ItemSummary } from "../items/types.ts";
import { ACHIEVEMENT_TERMS, EVALUATION_TERMS, STATUS_TERMS } from "../reports/vocabulary.ts";

/** One item as the open data publishes it (field names are the API's contract). */
export interface OpenDataItem {
  number: number;
  title: string;
  bureau: string;
  bureauCode: string;
  section: string | null;
  purpose: string;
  content: string;
  target: string;
  /** 大分類 / 小分類 as the plan writes them */
  area: string | null;
  direction: string | null;
  /** the plan's own area / direction the labels resolve to; null = the summary's 「その他・未分類」 */
  areaCanonical: string | null;
  directionCanonical: string | null;
  classification: string | null;
  planPeriod: { startFiscalYear: number; endFiscalYear: number };
  status: string;
  evaluation: string | null;
  progressPercent: number | null;
  asOf: string | null;
  /** true when nothing was published for the latest closed period (未更新) */
  stale: boolean;
  achievement: string;
  updatedAt: string;
}

export function toOpenDataItem(item: ItemSummary): OpenDataItem {
  return {
    number: item.number,
    title: item.title,
    bureau: item.bureau.sourceName,
    bureauCode: item.bureau.code,
    section: item.section,
    purpose: item.purpose,
    content: item.content,
    target: item.target,
    area: item.areaLabel,
    direction: item.directionLabel,
    areaCanonical: item.area,
    directionCanonical: item.direction,
    classification: item.classification,
    planPeriod: { startFiscalYear: item.startFiscalYear, endFiscalYear: item.endFiscalYear },
    status: STATUS_TERMS[item.status],
    evaluation: item.evaluation ? `${item.evaluation} ${EVALUATION_TERMS[item.evaluation]}` : null,
    progressPercent: item.progressPercent,
    asOf: item.asOf,
    stale: item.stale,
    achievement: ACHIEVEMENT_TERMS[item.achievement],
    updatedAt: item.updatedAt,
  };
}

const CSV_COLUMNS = [
  ["number", "番号"],
  ["title", "取組項目名"],
  ["bureau", "部局名"],
  ["bureauCode", "部局コード"],
  ["section", "主たる所管部署"],
  ["purpose", "取組の目的"],
  ["content", "取組の内容"],
  ["target", "3年後の目指す姿（目標）"],
  ["area", "大分類"],
  ["direction", "小分類"],
  ["classification", "プラン取組項目分類"],
  ["planPeriod", "計画期間"],
  ["status", "進捗状況"],
  ["evaluation", "評価"],
  ["progressPercent", "進捗率"],
  ["asOf", "報告公開日時"],
  ["stale", "未更新"],
  ["achievement", "達成度"],
  ["updatedAt", "更新日時"],
] as const;

/** A value as a CSV cell: the plan period as "2024-2026", booleans as in JSON, text safe from spreadsheets. */
function csvCell(value: OpenDataItem[keyof OpenDataItem]): string | number {
  if (value === null) return "";
  if (typeof value === "boolean") return String(value);
  if (typeof value === "object") return `${value.startFiscalYear}-${value.endFiscalYear}`;
  return typeof value === "string" ? inertText(value) : value;
}

/**
 * Text a spreadsheet will not run: a cell starting with =, +, -, @, tab or CR would be read as a
 * formula (CSV injection), so it gets a leading apostrophe, which Excel shows as plain text.
 */
export function inertText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * RFC 4180 CSV with a UTF-8 BOM so that Excel opens the Japanese text correctly.
 * The header row uses the API's field names, which the column list documents in Japanese.
 */
export function itemsToCsv(items: OpenDataItem[]): string {
  const body = stringify(
    items.map((item) => CSV_COLUMNS.map(([key]) => csvCell(item[key]))),
    { header: true, columns: CSV_COLUMNS.map(([key]) => key), record_delimiter: "\r\n", quoted_match: /[",\r\n]/ },
  );
  return `\uFEFF${body}`;
}

export const CSV_COLUMN_LABELS = CSV_COLUMNS;
