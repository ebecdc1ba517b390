import type { Cell, Workbook, Worksheet } from "exceljs";
import { STATUS_TERMS } from "../reports/vocabulary.ts";
import { cellValueText, MAX_FILE_BYTES, MAX_UNPACKED_BYTES } from "../xlsx/file-guards.ts";
import {
  csvTable,
  openUpload,
  type Refusal,
  readableText,
  sheetTable,
  type TableOptions,
} from "../xlsx/sheet-table.ts";
import {
  KPI_HEADERS,
  KPI_SHEET,
  META_HEADERS,
  META_SHEET,
  REPORT_HEADERS,
  REPORT_SHEET,
  SURVEY_FORMAT,
} from "./survey-workbook.ts";

/** What a file may weigh, as uploaded and once unpacked (a workbook is a zip): shared with the plan files. */
export { MAX_FILE_BYTES, MAX_UNPACKED_BYTES };
/** Data rows a sheet (or a CSV) may have. */
export const MAX_ROWS = 2000;

/** A whole file refused: nothing in it is read further, nothing is changed. `code` is a catalog key. */
export class SurveyFileError extends Error {
  constructor(
    readonly code: Exclude<Refusal, "not_kind"> | "not_survey",
    readonly params: Record<string, string | number> = {},
  ) {
    super(`survey file: ${code}`);
  }
}

/** A cell the import cannot read, named by sheet, row and column (the column's header). */
export interface CellProblem {
  sheet: string;
  line: number;
  column: string;
  code: "number" | "formula" | "cell_error" | "duplicate";
}

/** The editable columns of 報告, as the report form names its fields. */
export const FIELD_COLUMNS = {
  status: "進捗状況",
  evaluation: "評価",
  progressPercent: "進捗率",
  achievements: "実績",
  issues: "課題",
  nextSteps: "今後の取組",
} as const satisfies Record<string, (typeof REPORT_HEADERS)[number]>;

export type FieldName = keyof typeof FIELD_COLUMNS;

export interface SurveyFileRow {
  /** the row in the sheet (the header is row 1), or the CSV record counted the same way */
  line: number;
  itemNumber: number | null;
  /** the editable cells as text, 進捗状況 already turned into the form's value where it is one of the terms */
  fields: Record<FieldName, string>;
  problems: CellProblem[];
}

export interface SurveyFileKpi {
  line: number;
  itemNumber: number | null;
  name: string;
  value: string;
  problems: CellProblem[];
}

/** Which report version each item's row was based on when the workbook was made. */
export interface RowBase {
  reportId: number;
  version: number;
}

export interface SurveyFile {
  kind: "xlsx" | "csv";
  /** a CSV's encoding as detected */
  encoding: "UTF-8" | "Shift_JIS" | null;
  /** the period key the workbook was made for; a CSV does not say */
  period: string | null;
  /** by item number; a CSV carries none, and is checked against the reports as previewed */
  bases: Map<number, RowBase> | null;
  rows: SurveyFileRow[];
  kpis: SurveyFileKpi[];
}

const TABLE: TableOptions = {
  limit: MAX_ROWS,
  refuse: (code, params) => {
    throw new SurveyFileError(code === "not_kind" ? "not_survey" : code, params);
  },
};

const STATUS_BY_TERM = new Map(Object.entries(STATUS_TERMS).map(([key, term]) => [term, key]));

/**
 * Reads an uploaded survey: the workbook the portal made (xlsx), or a CSV with
 * the same headers in UTF-8 (with or without BOM) or Shift_JIS/CP932. A file
 * that cannot be a survey is refused as a whole (`SurveyFileError`); a cell
 * that cannot be read is a problem of its row, which the preview shows.
 *
 * Formula cells are refused, not read: exceljs does not calculate, so a cached
 * result may be stale or missing, and a report must say what the section typed.
 */
export async function readSurveyFile(bytes: Uint8Array, fileName: string): Promise<SurveyFile> {
  const upload = await openUpload(bytes, fileName, TABLE.refuse);
  return upload.kind === "xlsx" ? readWorkbook(upload.workbook) : readCsv(upload.records, upload.encoding);
}

function readWorkbook(workbook: Workbook): SurveyFile {
  const meta = workbook.getWorksheet(META_SHEET);
  if (!meta || text(meta.getCell("B1")) !== SURVEY_FORMAT) throw new SurveyFileError("not_survey");
  const reportSheet = workbook.getWorksheet(REPORT_SHEET);
  if (!reportSheet) throw new SurveyFileError("missing_sheet", { sheet: REPORT_SHEET });
  const kpiSheet = workbook.getWorksheet(KPI_SHEET);

  const rows = sheetTable(reportSheet, REPORT_HEADERS, TABLE).map(({ line, cell }) => {
    const problems: CellProblem[] = [];
    const read = (column: string) => cellText(cell(column), REPORT_SHEET, line, column, problems);
    return buildRow(line, read("番号"), problems, (column) => read(column));
  });
  const kpis: SurveyFileKpi[] = [];
  if (kpiSheet) {
    for (const { line, cell } of sheetTable(kpiSheet, KPI_HEADERS, TABLE)) {
      const problems: CellProblem[] = [];
      const read = (column: string) => cellText(cell(column), KPI_SHEET, line, column, problems);
      const number = itemNumberOf(read("番号"), KPI_SHEET, line, problems);
      const value = read("実績値");
      // 45% typed in Excel is read as shown ("45%"): the figure itself when the KPI counts in percent,
      // and otherwise left for the check to refuse rather than read as 0.45.
      const inPercent = text(cell("単位")).normalize("NFKC").trim() === "%";
      kpis.push({
        line,
        itemNumber: number,
        name: read("KPI名"),
        value: inPercent ? percentFigure(value) : value,
        problems,
      });
    }
  }
  return { kind: "xlsx", encoding: null, period: text(meta.getCell("B2")) || null, bases: metaBases(meta), rows, kpis };
}

/** The meta sheet's table: the report each item's row was based on. */
function metaBases(meta: Worksheet): Map<number, RowBase> {
  const bases = new Map<number, RowBase>();
  let columns: Map<string, number> | null = null;
  meta.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)));
    if (!columns) {
      if (values[0] === META_HEADERS[0]) columns = new Map(values.map((name, index) => [name, index]));
      return;
    }
    const get = (name: string) => Number(values[columns!.get(name) ?? -1] || 0);
    if (values[0] !== REPORT_SHEET) return;
    bases.set(get("itemNumber"), { reportId: get("reportId"), version: get("reportVersion") });
  });
  return bases;
}

/** A cell as text; a formula or an error value is a problem, read as "". */
function cellText(cell: Cell, sheet: string, line: number, column: string, problems: CellProblem[]): string {
  return readableText(cell, (code) => problems.push({ sheet, line, column, code }), text);
}

/**
 * A cell as the section sees it. A number shown as a percentage is stored divided by 100 (100% is 1,
 * which 進捗率's 0–100 check lets through), so it is read as shown; a "%" quoted or escaped in the
 * format is only a sign and does not scale.
 */
function text(cell: Cell): string {
  const value = cell.value;
  if (typeof value === "number" && /%/.test((cell.numFmt ?? "").replace(/"[^"]*"|\\./g, "")))
    return `${Number((value * 100).toPrecision(15))}%`;
  return cellValueText(cell);
}

function itemNumberOf(raw: string, sheet: string, line: number, problems: CellProblem[]): number | null {
  const normalized = raw.normalize("NFKC").trim();
  if (/^\d{1,6}$/.test(normalized)) return Number(normalized);
  problems.push({ sheet, line, column: "番号", code: "number" });
  return null;
}

function buildRow(
  line: number,
  rawNumber: string,
  problems: CellProblem[],
  read: (column: string) => string,
  sheet = REPORT_SHEET,
): SurveyFileRow {
  const itemNumber = itemNumberOf(rawNumber, sheet, line, problems);
  // NFKC: a term typed in half-width mode (休止･中止) is still the term.
  const status = read(FIELD_COLUMNS.status).normalize("NFKC").trim();
  return {
    line,
    itemNumber,
    fields: {
      // A term of the list becomes the form's value; anything else stays as typed, for the check to name.
      status: STATUS_BY_TERM.get(status) ?? status,
      evaluation: read(FIELD_COLUMNS.evaluation).normalize("NFKC").trim(),
      progressPercent: percentFigure(read(FIELD_COLUMNS.progressPercent)),
      achievements: read(FIELD_COLUMNS.achievements),
      issues: read(FIELD_COLUMNS.issues),
      nextSteps: read(FIELD_COLUMNS.nextSteps),
    },
    problems,
  };
}

/** A figure with its percent sign dropped, full-width digits and spaces folded ("４０％ " → "40"). */
function percentFigure(raw: string): string {
  return raw.normalize("NFKC").trim().replace(/\s*%$/, "");
}

function readCsv(records: string[][], encoding: SurveyFile["encoding"]): SurveyFile {
  const rows = csvTable(records, REPORT_HEADERS, TABLE).map(({ line, value }) =>
    buildRow(line, value("番号"), [], value, "CSV"),
  );
  return { kind: "csv", encoding, period: null, bases: null, rows, kpis: [] };
}
