// An uploaded workbook or CSV opened, and a sheet (or the CSV) read as a table under its header row:
// the one shape the plan and the survey readers share. A file refused is handed to the reader's
// `refuse`, so each reader keeps its own error class and catalog codes.
import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS, { type Cell, type Worksheet } from "exceljs";
import {
  cellValueText,
  checkWorkbookZip,
  decodeCsv,
  firstMergedRange,
  isZip,
  MAX_FILE_BYTES,
  MAX_UNPACKED_BYTES,
  unreadableCell,
} from "./file-guards.ts";

/** Why a whole file is refused; "not_kind" is the reader's own (not a plan, not a survey). */
export type Refusal =
  | "empty"
  | "too_large"
  | "not_kind"
  | "unpacked_too_large"
  | "missing_sheet"
  | "missing_headers"
  | "merged_cells"
  | "too_many_rows"
  | "csv_malformed";

export interface TableOptions {
  /** data rows that may hold anything */
  limit: number;
  /** how a header is compared (the plan folds with NFKC); the same on both sides */
  key?: (name: string) => string;
  refuse: (code: Refusal, params?: Record<string, string | number>) => never;
}

export interface SheetRow {
  line: number;
  cell: (column: string) => Cell;
}

const same = (name: string) => name;

export type Upload =
  | { kind: "xlsx"; workbook: ExcelJS.Workbook }
  | { kind: "csv"; records: string[][]; encoding: "UTF-8" | "Shift_JIS" };

/**
 * An uploaded file within the size limits, opened as a workbook (told by its bytes, a zip bomb
 * stopped at the limit) or as a CSV (told by its name); anything else is not the reader's kind.
 */
export async function openUpload(bytes: Uint8Array, fileName: string, refuse: TableOptions["refuse"]): Promise<Upload> {
  if (bytes.byteLength === 0) refuse("empty");
  if (bytes.byteLength > MAX_FILE_BYTES) refuse("too_large", { limitMb: MAX_FILE_BYTES / 1024 / 1024 });
  if (isZip(bytes)) {
    const zip = await checkWorkbookZip(bytes, MAX_UNPACKED_BYTES);
    if (zip === "unpacked_too_large") refuse("unpacked_too_large", { limitMb: MAX_UNPACKED_BYTES / 1024 / 1024 });
    if (zip !== "ok") refuse("not_kind");
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
    } catch {
      return refuse("not_kind");
    }
    return { kind: "xlsx", workbook };
  }
  if (/\.csv$/i.test(fileName)) return { kind: "csv", ...csvRecords(bytes, refuse) };
  return refuse("not_kind");
}

/** Every expected header must be there (in any order); the missing ones are named in one refusal. */
export function requireHeaders(
  sheet: string,
  headers: readonly string[],
  columns: Map<string, unknown>,
  { key = same, refuse }: Pick<TableOptions, "key" | "refuse">,
): void {
  const missing = headers.filter((header) => !columns.has(key(header)));
  if (missing.length > 0) refuse("missing_headers", { sheet, missing: missing.map((h) => `「${h}」`).join("") });
}

/**
 * A sheet's rows under its header row: no cell may be merged (it hides which row a value belongs
 * to), and at most `limit` rows may hold anything. `keep` drops a row before it counts.
 */
export function sheetTable(
  sheet: Worksheet,
  headers: readonly string[],
  { limit, key = same, refuse }: TableOptions,
  keep?: (row: SheetRow) => boolean,
): SheetRow[] {
  const range = firstMergedRange(sheet);
  if (range) refuse("merged_cells", { sheet: sheet.name, range });
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => {
    const name = key(cellValueText(cell)).trim();
    if (name && !columns.has(name)) columns.set(name, col);
  });
  requireHeaders(sheet.name, headers, columns, { key, refuse });
  const rows: SheetRow[] = [];
  sheet.eachRow((row, line) => {
    if (line === 1 || !row.hasValues) return;
    const table = { line, cell: (column: string) => row.getCell(columns.get(key(column))!) };
    if (keep && !keep(table)) return;
    if (rows.length === limit) refuse("too_many_rows", { sheet: sheet.name, limit });
    rows.push(table);
  });
  return rows;
}

/** A CSV's records, UTF-8 or Shift_JIS/CP932 as decodeCsv finds; a malformed one is refused naming its row. */
function csvRecords(
  bytes: Uint8Array,
  refuse: TableOptions["refuse"],
): { records: string[][]; encoding: "UTF-8" | "Shift_JIS" } {
  const { text, encoding } = decodeCsv(bytes);
  if (text.includes("\u0000")) refuse("not_kind");
  try {
    return { records: parseCsv(text, { relax_column_count: true, bom: true }), encoding };
  } catch (error) {
    // The row as Excel would number it (the header is 1): the record the parser was in, not the text
    // line, which quoted line breaks push further down.
    const records = (error as { records?: number }).records;
    return refuse("csv_malformed", { line: records === undefined ? 0 : records + 1 });
  }
}

/** A CSV's records under its header record, the empty ones dropped; `value` is a cell as written. */
export function csvTable(
  records: string[][],
  headers: readonly string[],
  { limit, key = same, refuse }: TableOptions,
): { line: number; value: (column: string) => string }[] {
  const [header = [], ...data] = records;
  const columns = new Map<string, number>();
  header.forEach((name, index) => {
    const column = key(name).trim();
    if (column && !columns.has(column)) columns.set(column, index);
  });
  requireHeaders("CSV", headers, columns, { key, refuse });
  const filled = (record: string[]) => record.some((value) => value.trim() !== "");
  if (data.filter(filled).length > limit) refuse("too_many_rows", { sheet: "CSV", limit });
  // The row as Excel would number it: the header is 1.
  return data.flatMap((record, index) =>
    filled(record) ? [{ line: index + 2, value: (column: string) => record[columns.get(key(column))!] ?? "" }] : [],
  );
}

/** A cell as text, or "" once `report` has named why it cannot be read (a formula or an error value). */
export function readableText(
  cell: Cell,
  report: (code: "formula" | "cell_error") => void,
  text: (cell: Cell) => string = cellValueText,
): string {
  const unreadable = unreadableCell(cell);
  if (!unreadable) return text(cell);
  report(unreadable);
  return "";
}
