import type { Workbook, Worksheet } from "exceljs";
import { MUNICIPALITY_CODE_ERROR } from "../municipality/code.ts";
import { MUNICIPALITY_TEXT_LIMITS, municipalitySchema } from "../municipality/municipality-schema.ts";
import { parseFiscalYear } from "../wareki.ts";
import { cellValueText, firstMergedRange, unreadableCell } from "../xlsx/file-guards.ts";
import {
  csvTable,
  openUpload,
  type Refusal,
  readableText,
  sheetTable as readSheetTable,
  requireHeaders,
  type SheetRow,
  type TableOptions,
} from "../xlsx/sheet-table.ts";
import {
  AREA_COLUMNS,
  AREA_SHEET,
  DIRECTION_COLUMNS,
  DIRECTION_SHEET,
  DIRECTION_TERMS,
  INDICATOR_COLUMNS,
  INDICATOR_SHEET,
  ITEM_COLUMNS,
  ITEM_SHEET,
  MAX_PLAN_ROWS,
  MUNICIPALITY_KEYS,
  MUNICIPALITY_SHEET,
  OPTIONAL_MUNICIPALITY_KEYS,
} from "./plan-format.ts";

/** A whole file refused: nothing in it is read further, nothing is changed. `code` is a catalog key. */
export class PlanFileError extends Error {
  constructor(
    readonly code: Exclude<Refusal, "not_kind"> | "not_plan",
    readonly params: Record<string, string | number> = {},
  ) {
    super(`plan file: ${code}`);
  }
}

/** Why a cell or row cannot be loaded, named by sheet, row (as the spreadsheet counts) and column; `code` is a catalog key. */
export interface PlanProblem {
  sheet: string;
  line: number;
  column: string | null;
  code:
    | "formula"
    | "cell_error"
    | "number"
    | "duplicate"
    | "required"
    | "tooLong"
    | "planYear"
    | "planPeriodOrder"
    | "municipality_code"
    | "indicator_direction"
    | "unknown_area"
    | "bureau_code_taken"
    | "section_bureau";
  params?: Record<string, string | number>;
}

export type ItemText = Exclude<keyof typeof ITEM_COLUMNS, "number" | "startFiscalYear" | "endFiscalYear">;

export interface PlanItemRow {
  line: number;
  number: number;
  /** every text column, trimmed */
  fields: Record<ItemText, string>;
  /** null when the cell is empty (the plan's period then applies) */
  startFiscalYear: number | null;
  endFiscalYear: number | null;
}

export interface PlanMunicipality {
  name: string;
  code: string;
  planName: string;
  startFiscalYear: number;
  endFiscalYear: number;
  /** the division that runs the portal (事務局); null when the sheet has no such row (the portal's stays) */
  secretariat: string | null;
}

export interface PlanArea {
  line: number;
  name: string;
  description: string;
}

export interface PlanDirection extends PlanArea {
  area: string;
}

export interface PlanIndicator {
  line: number;
  name: string;
  unit: string;
  baselineValue: number | null;
  baselineYear: number | null;
  targetValue: number | null;
  targetYear: number | null;
  direction: keyof typeof DIRECTION_TERMS;
}

export interface PlanFile {
  kind: "xlsx" | "csv";
  encoding: "UTF-8" | "Shift_JIS" | null;
  /** 「団体」; a CSV (the 「取組項目」 sheet alone) leaves the municipality as it is */
  municipality: PlanMunicipality | null;
  items: PlanItemRow[];
  /** the optional sheets; null when the file has none */
  areas: PlanArea[] | null;
  directions: PlanDirection[] | null;
  indicators: PlanIndicator[] | null;
  /** every cell that cannot be read; the file is applied only without any */
  problems: PlanProblem[];
}

const TEXT_LIMITS: Partial<Record<ItemText, number>> = { title: 200, purpose: 2000, content: 2000, target: 2000 };
/** The years a plan may span, as the item form allows. */
const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/**
 * Reads a plan file: a workbook (xlsx) with the sheets of plan-format.ts, or a CSV of the
 * 「取組項目」 sheet in UTF-8 (with or without BOM) or Shift_JIS/CP932. A file that cannot be a plan
 * is refused as a whole (`PlanFileError`); a cell that cannot be read is a problem naming its
 * sheet, row and column, which the preview lists and which keeps the file from being applied.
 */
export async function readPlanFile(bytes: Uint8Array, fileName: string): Promise<PlanFile> {
  const upload = await openUpload(bytes, fileName, TABLE.refuse);
  return upload.kind === "xlsx" ? readWorkbook(upload.workbook) : readCsv(upload.records, upload.encoding);
}

/** One table's rows as `read(column)` over a header row; every header required must be there. */
interface Table {
  sheet: string;
  rows: { line: number; read: (column: string) => string }[];
}

/** Headers compare after NFKC, so 「計画期間(開始年度)」 typed with half-width parentheses is the column. */
const TABLE: TableOptions = {
  limit: MAX_PLAN_ROWS,
  key: (name) => name.normalize("NFKC"),
  refuse: (code, params) => {
    throw new PlanFileError(code === "not_kind" ? "not_plan" : code, params);
  },
};

function sheetTable(sheet: Worksheet, headers: readonly string[], problems: PlanProblem[]): Table {
  const reader =
    ({ line, cell }: SheetRow) =>
    (column: string) =>
      readableText(cell(column), (code) => problems.push({ sheet: sheet.name, line, column, code })).trim();
  // A row whose cells are all empty (or unreadable) is no row.
  const rows = readSheetTable(sheet, headers, TABLE, (row) => headers.some((header) => reader(row)(header) !== ""));
  return { sheet: sheet.name, rows: rows.map((row) => ({ line: row.line, read: reader(row) })) };
}

function readWorkbook(workbook: Workbook): PlanFile {
  const municipalitySheet = workbook.getWorksheet(MUNICIPALITY_SHEET);
  const itemSheet = workbook.getWorksheet(ITEM_SHEET);
  if (!itemSheet) throw new PlanFileError("missing_sheet", { sheet: ITEM_SHEET });
  if (!municipalitySheet) throw new PlanFileError("missing_sheet", { sheet: MUNICIPALITY_SHEET });

  const problems: PlanProblem[] = [];
  const municipality = readMunicipality(municipalitySheet, problems);
  const items = readItems(sheetTable(itemSheet, Object.values(ITEM_COLUMNS), problems), problems);
  const optional = (name: string, headers: readonly string[]) => {
    const sheet = workbook.getWorksheet(name);
    return sheet ? sheetTable(sheet, headers, problems) : null;
  };
  const areaTable = optional(AREA_SHEET, Object.values(AREA_COLUMNS));
  const directionTable = optional(DIRECTION_SHEET, Object.values(DIRECTION_COLUMNS));
  const indicatorTable = optional(INDICATOR_SHEET, Object.values(INDICATOR_COLUMNS));
  return {
    kind: "xlsx",
    encoding: null,
    municipality,
    items,
    areas: areaTable && readAreas(areaTable, problems),
    directions: directionTable && readDirections(directionTable, problems),
    indicators: indicatorTable && readIndicators(indicatorTable, problems),
    problems,
  };
}

/** 「団体」: key in column A, value in column B; every key but the optional ones must be there. */
function readMunicipality(sheet: Worksheet, problems: PlanProblem[]): PlanMunicipality {
  const range = firstMergedRange(sheet);
  if (range) throw new PlanFileError("merged_cells", { sheet: sheet.name, range });
  const values = new Map<string, { line: number; value: string; numeric: boolean }>();
  sheet.eachRow((row, line) => {
    const key = cellValueText(row.getCell(1)).normalize("NFKC").trim();
    const cell = row.getCell(2);
    const unreadable = unreadableCell(cell);
    if (unreadable) problems.push({ sheet: sheet.name, line, column: key || "B", code: unreadable });
    if (key && !values.has(key))
      values.set(key, {
        line,
        value: unreadable ? "" : cellValueText(cell).trim(),
        numeric: typeof cell.value === "number",
      });
  });
  const required = (Object.keys(MUNICIPALITY_KEYS) as (keyof typeof MUNICIPALITY_KEYS)[])
    .filter((key) => !OPTIONAL_MUNICIPALITY_KEYS.includes(key))
    .map((key) => MUNICIPALITY_KEYS[key]);
  requireHeaders(sheet.name, required, values, TABLE);
  // An optional row left out reads as blank, so no refusal names it.
  const get = (key: keyof typeof MUNICIPALITY_KEYS) =>
    values.get(MUNICIPALITY_KEYS[key].normalize("NFKC")) ?? { line: 0, value: "", numeric: false };
  const hasSecretariat = values.has(MUNICIPALITY_KEYS.secretariat.normalize("NFKC"));
  const codeCell = get("code");
  // A numeric cell has lost the leading zero of 北海道's codes (01…): the check digit still guards it.
  const typed = codeCell.value.normalize("NFKC").replace(/\s/g, "");
  const code = /^\d{5}$/.test(typed) && codeCell.numeric ? `0${typed}` : typed;
  // The municipality module's rules (lib/municipality/municipality-schema.ts); each refusal names its row.
  const parsed = municipalitySchema.safeParse({
    name: get("name").value,
    code,
    planName: get("planName").value,
    startFiscalYear: get("startFiscalYear").value,
    endFiscalYear: get("endFiscalYear").value,
    secretariat: get("secretariat").value,
  });
  if (parsed.success) {
    const { name, planName, startFiscalYear, endFiscalYear } = parsed.data;
    return {
      name,
      code: parsed.data.code,
      planName,
      startFiscalYear,
      endFiscalYear,
      secretariat: hasSecretariat ? parsed.data.secretariat : null,
    };
  }
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as keyof typeof MUNICIPALITY_KEYS;
    const { line, value } = get(field);
    const column = MUNICIPALITY_KEYS[field];
    if (issue.message === MUNICIPALITY_CODE_ERROR)
      problems.push({ sheet: sheet.name, line, column, code: "municipality_code", params: { value } });
    else if (issue.message === "planYear" && value !== "")
      problems.push({ sheet: sheet.name, line, column, code: "planYear", params: { value } });
    else if (issue.message === "tooLong")
      problems.push({
        sheet: sheet.name,
        line,
        column,
        code: "tooLong",
        params: { limit: MUNICIPALITY_TEXT_LIMITS[field as keyof typeof MUNICIPALITY_TEXT_LIMITS] },
      });
    else
      problems.push({
        sheet: sheet.name,
        line,
        column,
        code: issue.message === "planPeriodOrder" ? "planPeriodOrder" : "required",
      });
  }
  const year = (key: "startFiscalYear" | "endFiscalYear") => parseFiscalYear(get(key).value) ?? 0;
  return {
    name: get("name").value,
    code,
    planName: get("planName").value,
    startFiscalYear: year("startFiscalYear"),
    endFiscalYear: year("endFiscalYear"),
    secretariat: hasSecretariat ? get("secretariat").value : null,
  };
}

/** A fiscal year as 2024, 令和6, R6 or 令和6年度 (full width too), within the plan years; null when empty. */
function planYear(raw: string, sheet: string, line: number, column: string, problems: PlanProblem[]): number | null {
  if (raw === "") return null;
  const year = parseFiscalYear(raw);
  if (year === null || year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    problems.push({ sheet, line, column, code: "planYear", params: { value: raw } });
    return null;
  }
  return year;
}

function readItems(table: Table, problems: PlanProblem[]): PlanItemRow[] {
  const seen = new Set<number>();
  const items: PlanItemRow[] = [];
  for (const { line, read } of table.rows) {
    const problem = (column: string, code: PlanProblem["code"], params?: PlanProblem["params"]) =>
      problems.push({ sheet: table.sheet, line, column, code, ...(params ? { params } : {}) });
    const rawNumber = read(ITEM_COLUMNS.number).normalize("NFKC");
    if (!/^\d{1,6}$/.test(rawNumber) || Number(rawNumber) === 0) {
      problem(ITEM_COLUMNS.number, "number", { value: rawNumber });
      continue;
    }
    const number = Number(rawNumber);
    if (seen.has(number)) {
      problem(ITEM_COLUMNS.number, "duplicate", { number });
      continue;
    }
    seen.add(number);
    const fields = {} as Record<ItemText, string>;
    for (const key of Object.keys(ITEM_COLUMNS) as (keyof typeof ITEM_COLUMNS)[]) {
      if (key === "number" || key === "startFiscalYear" || key === "endFiscalYear") continue;
      fields[key] = read(ITEM_COLUMNS[key]);
      const limit = TEXT_LIMITS[key];
      if (limit !== undefined && fields[key].length > limit) problem(ITEM_COLUMNS[key], "tooLong", { limit });
    }
    if (fields.title === "") problem(ITEM_COLUMNS.title, "required");
    if (fields.bureau === "") problem(ITEM_COLUMNS.bureau, "required");
    const start = planYear(
      read(ITEM_COLUMNS.startFiscalYear),
      table.sheet,
      line,
      ITEM_COLUMNS.startFiscalYear,
      problems,
    );
    const end = planYear(read(ITEM_COLUMNS.endFiscalYear), table.sheet, line, ITEM_COLUMNS.endFiscalYear, problems);
    if (start !== null && end !== null && start > end) problem(ITEM_COLUMNS.endFiscalYear, "planPeriodOrder");
    items.push({ line, number, fields, startFiscalYear: start, endFiscalYear: end });
  }
  return items;
}

/** A name listed twice in a category sheet is a problem of the second row. */
function uniqueNames<T extends { line: number; name: string }>(sheet: string, rows: T[], problems: PlanProblem[]): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (row.name === "") {
      problems.push({ sheet, line: row.line, column: "名称", code: "required" });
      return false;
    }
    if (seen.has(row.name)) {
      problems.push({ sheet, line: row.line, column: "名称", code: "duplicate", params: { name: row.name } });
      return false;
    }
    seen.add(row.name);
    return true;
  });
}

function readAreas(table: Table, problems: PlanProblem[]): PlanArea[] {
  const rows = table.rows.map(({ line, read }) => ({
    line,
    name: read(AREA_COLUMNS.name),
    description: read(AREA_COLUMNS.description),
  }));
  return uniqueNames(table.sheet, rows, problems);
}

function readDirections(table: Table, problems: PlanProblem[]): PlanDirection[] {
  const rows = table.rows.map(({ line, read }) => {
    const area = read(DIRECTION_COLUMNS.area);
    if (area === "") problems.push({ sheet: table.sheet, line, column: DIRECTION_COLUMNS.area, code: "required" });
    return { line, name: read(DIRECTION_COLUMNS.name), area, description: read(DIRECTION_COLUMNS.description) };
  });
  return uniqueNames(table.sheet, rows, problems);
}

const DIRECTION_BY_TERM = new Map<string, keyof typeof DIRECTION_TERMS>(
  Object.entries(DIRECTION_TERMS).map(([key, term]) => [term, key as keyof typeof DIRECTION_TERMS]),
);

function readIndicators(table: Table, problems: PlanProblem[]): PlanIndicator[] {
  const rows = table.rows.map(({ line, read }) => {
    const figure = (column: string) => {
      const raw = read(column).normalize("NFKC").replace(/,/g, "").trim();
      if (raw === "") return null;
      const value = Number(raw);
      if (!Number.isFinite(value)) {
        problems.push({ sheet: table.sheet, line, column, code: "number", params: { value: raw } });
        return null;
      }
      return value;
    };
    const rawDirection = read(INDICATOR_COLUMNS.direction).normalize("NFKC");
    const direction = rawDirection === "" ? "increase" : DIRECTION_BY_TERM.get(rawDirection);
    if (!direction)
      problems.push({
        sheet: table.sheet,
        line,
        column: INDICATOR_COLUMNS.direction,
        code: "indicator_direction",
        params: { value: rawDirection },
      });
    return {
      line,
      name: read(INDICATOR_COLUMNS.name),
      unit: read(INDICATOR_COLUMNS.unit),
      baselineValue: figure(INDICATOR_COLUMNS.baselineValue),
      baselineYear: planYear(
        read(INDICATOR_COLUMNS.baselineYear),
        table.sheet,
        line,
        INDICATOR_COLUMNS.baselineYear,
        problems,
      ),
      targetValue: figure(INDICATOR_COLUMNS.targetValue),
      targetYear: planYear(
        read(INDICATOR_COLUMNS.targetYear),
        table.sheet,
        line,
        INDICATOR_COLUMNS.targetYear,
        problems,
      ),
      direction: direction ?? "increase",
    };
  });
  return uniqueNames(table.sheet, rows, problems);
}

function readCsv(records: string[][], encoding: PlanFile["encoding"]): PlanFile {
  const problems: PlanProblem[] = [];
  const table: Table = {
    sheet: "CSV",
    rows: csvTable(records, Object.values(ITEM_COLUMNS), TABLE).map(({ line, value }) => ({
      line,
      read: (column: string) => value(column).trim(),
    })),
  };
  const items = readItems(table, problems);
  return {
    kind: "csv",
    encoding,
    municipality: null,
    items,
    areas: null,
    directions: null,
    indicators: null,
    problems,
  };
}
