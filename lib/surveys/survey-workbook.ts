import ExcelJS, { type Workbook, type Worksheet } from "exceljs";
import type { Evaluation, ItemStatus, PeriodTerm, ReportState } from "../generated/prisma/enums.ts";
import type { Municipality } from "../municipality/get-municipality.ts";
import { planTitle } from "../municipality/plan-title.ts";
import type { ReportFields } from "../reports/snapshot.ts";
import { EVALUATION_TERMS, STATUS_TERMS } from "../reports/vocabulary.ts";
import { formatFiscalYearShort } from "../wareki.ts";
import { type ColumnSpec, layoutSheet, periodFilePart, printA4Landscape, readOnly } from "./sheet-style.ts";

/** The sheets of the survey workbook (調査票) and the headers the import reads back. */
export const REPORT_SHEET = "報告";
export const KPI_SHEET = "KPI実績";
/** Hidden from Excel's own 再表示 (state veryHidden): what the import checks the file against. */
export const META_SHEET = "_meta";
export const SURVEY_FORMAT = "iizuka-survey/1";

export const REPORT_HEADERS = [
  "番号",
  "取組項目",
  "所管部署",
  "3年後の目指す姿（目標）",
  "前回の進捗状況",
  "前回の進捗率",
  "進捗状況",
  "評価",
  "進捗率",
  "実績",
  "課題",
  "今後の取組",
] as const;

export const KPI_HEADERS = ["番号", "KPI名", "単位", "基準値", "目標値", "目標年度", "実績値"] as const;

/** Columns of the meta sheet's table, one row per row of 報告 and of KPI実績. */
export const META_HEADERS = [
  "sheet",
  "row",
  "itemId",
  "itemNumber",
  "indicatorId",
  "reportId",
  "reportVersion",
] as const;

/** States in which the section may still change its report (a published one through a new revision). */
const EDITABLE_STATES: ReadonlySet<ReportState> = new Set(["draft", "returned", "published"]);

export interface SurveyPeriod {
  key: string;
  fiscalYear: number;
  term: PeriodTerm;
}

export interface SurveyReport extends ReportFields {
  id: number;
  version: number;
  state: ReportState;
}

export interface SurveyRow {
  itemId: number;
  number: number;
  title: string;
  section: string | null;
  target: string;
  /** the latest published report of an earlier period */
  previous: { status: ItemStatus | null; progressPercent: number | null } | null;
  /** the period's report as it stands (latest revision), or null when none has been started */
  report: SurveyReport | null;
}

export interface SurveyKpi {
  itemId: number;
  number: number;
  indicatorId: number;
  name: string;
  unit: string;
  baselineValue: number | null;
  targetValue: number | null;
  targetYear: number | null;
  /** the actual the period's report carries */
  value: number | null;
}

export interface SurveyData {
  /** whose plan the file reports on, named in its properties */
  municipality: Pick<Municipality, "name" | "planName">;
  period: SurveyPeriod;
  /** the section asked for; null when the file holds every section the reader may report on */
  section: string | null;
  rows: SurveyRow[];
  kpis: SurveyKpi[];
}

const REPORT_COLUMNS: readonly (ColumnSpec & { editable: boolean })[] = [
  { header: "番号", editable: false, minWidth: 6 },
  { header: "取組項目", editable: false, wrap: true, minWidth: 20, maxWidth: 36 },
  { header: "所管部署", editable: false, maxWidth: 20 },
  { header: "3年後の目指す姿（目標）", editable: false, wrap: true, minWidth: 24, maxWidth: 44 },
  { header: "前回の進捗状況", editable: false },
  { header: "前回の進捗率", editable: false },
  { header: "進捗状況", editable: true, minWidth: 14 },
  { header: "評価", editable: true },
  { header: "進捗率", editable: true },
  { header: "実績", editable: true, wrap: true, minWidth: 40, maxWidth: 50 },
  { header: "課題", editable: true, wrap: true, minWidth: 40, maxWidth: 50 },
  { header: "今後の取組", editable: true, wrap: true, minWidth: 40, maxWidth: 50 },
];

const KPI_COLUMNS: readonly (ColumnSpec & { editable: boolean })[] = [
  { header: "番号", editable: false },
  { header: "KPI名", editable: false, wrap: true, minWidth: 20, maxWidth: 44 },
  { header: "単位", editable: false },
  { header: "基準値", editable: false },
  { header: "目標値", editable: false },
  { header: "目標年度", editable: false },
  { header: "実績値", editable: true, minWidth: 10 },
];

const STATUS_CHOICES = (Object.keys(STATUS_TERMS) as (keyof typeof STATUS_TERMS)[])
  .filter((key) => key !== "not_reported")
  .map((key) => STATUS_TERMS[key]);
const EVALUATION_CHOICES = Object.keys(EVALUATION_TERMS) as Evaluation[];
const EVALUATION_PROMPT = EVALUATION_CHOICES.map((e) => `${e} ${EVALUATION_TERMS[e]}`).join(" / ");

/**
 * Protection without a password: it keeps a section from overwriting the
 * read-only columns by accident, while the import checks every cell again on
 * the server, so a password would guard nothing and only lock out a user who
 * needs to adjust the sheet.
 */
async function protect(sheet: Worksheet): Promise<void> {
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });
}

/** Whether the section may still change the row's report; rows with the secretariat are locked. */
export function rowEditable(row: Pick<SurveyRow, "report">): boolean {
  return row.report === null || EDITABLE_STATES.has(row.report.state);
}

function addReportSheet(workbook: Workbook, data: SurveyData): Worksheet {
  const sheet = workbook.addWorksheet(REPORT_SHEET);
  sheet.addRow([...REPORT_HEADERS]);
  for (const row of data.rows) {
    const r = row.report;
    const added = sheet.addRow([
      row.number,
      row.title,
      row.section ?? "",
      row.target,
      row.previous?.status ? STATUS_TERMS[row.previous.status] : "",
      row.previous?.progressPercent ?? null,
      r?.status ? STATUS_TERMS[r.status] : "",
      r?.evaluation ?? "",
      r?.progressPercent ?? null,
      r?.achievements ?? "",
      r?.issues ?? "",
      r?.nextSteps ?? "",
    ]);
    const editable = rowEditable(row);
    REPORT_COLUMNS.forEach((spec, index) => {
      const cell = added.getCell(index + 1);
      if (spec.editable && editable) cell.protection = { locked: false };
      else readOnly(cell);
    });
    if (!editable) continue;
    added.getCell(7).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${STATUS_CHOICES.join(",")}"`],
      showErrorMessage: true,
      errorTitle: "進捗状況",
      error: `${STATUS_CHOICES.join("・")} から選んでください。`,
    };
    added.getCell(8).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [`"${EVALUATION_CHOICES.join(",")}"`],
      showInputMessage: true,
      promptTitle: "評価",
      prompt: EVALUATION_PROMPT,
      showErrorMessage: true,
      errorTitle: "評価",
      error: "A・B・C・D から選んでください。",
    };
    added.getCell(9).dataValidation = {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [0, 100],
      showErrorMessage: true,
      errorTitle: "進捗率",
      error: "0〜100の整数を入力してください。",
    };
  }
  layoutSheet(sheet, REPORT_COLUMNS);
  printA4Landscape(sheet);
  return sheet;
}

function addKpiSheet(workbook: Workbook, data: SurveyData): Worksheet {
  const sheet = workbook.addWorksheet(KPI_SHEET);
  sheet.addRow([...KPI_HEADERS]);
  const editableItems = new Set(data.rows.filter(rowEditable).map((row) => row.itemId));
  for (const kpi of data.kpis) {
    const added = sheet.addRow([
      kpi.number,
      kpi.name,
      kpi.unit,
      kpi.baselineValue,
      kpi.targetValue,
      kpi.targetYear === null ? "" : formatFiscalYearShort(kpi.targetYear),
      kpi.value,
    ]);
    const editable = editableItems.has(kpi.itemId);
    KPI_COLUMNS.forEach((spec, index) => {
      const cell = added.getCell(index + 1);
      if (!spec.editable || !editable) {
        readOnly(cell);
        return;
      }
      cell.protection = { locked: false };
      cell.dataValidation = {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [-1e12, 1e12],
        showErrorMessage: true,
        errorTitle: "実績値",
        error: "数値を入力してください。",
      };
    });
  }
  layoutSheet(sheet, KPI_COLUMNS);
  printA4Landscape(sheet);
  return sheet;
}

function addMetaSheet(workbook: Workbook, data: SurveyData): void {
  const sheet = workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
  sheet.addRow(["format", SURVEY_FORMAT]);
  sheet.addRow(["period", data.period.key]);
  sheet.addRow(["section", data.section ?? ""]);
  sheet.addRow([]);
  sheet.addRow([...META_HEADERS]);
  data.rows.forEach((row, index) => {
    sheet.addRow([REPORT_SHEET, index + 2, row.itemId, row.number, null, row.report?.id, row.report?.version]);
  });
  const reports = new Map(data.rows.map((row) => [row.itemId, row.report]));
  data.kpis.forEach((kpi, index) => {
    const report = reports.get(kpi.itemId);
    sheet.addRow([KPI_SHEET, index + 2, kpi.itemId, kpi.number, kpi.indicatorId, report?.id, report?.version]);
  });
}

/** The survey workbook (調査票) of a period for one section, or for every section in one sheet. */
export async function buildSurveyWorkbook(data: SurveyData): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${planTitle(data.municipality)} 進捗管理`;
  workbook.title = surveyFileName(data).replace(/\.xlsx$/, "");
  const report = addReportSheet(workbook, data);
  const kpi = addKpiSheet(workbook, data);
  addMetaSheet(workbook, data);
  await protect(report);
  await protect(kpi);
  return workbook;
}

/** 「調査票_令和7年度上半期_税務課.xlsx」; 「全部署」 for a file of every section. */
export function surveyFileName(data: Pick<SurveyData, "period" | "section">): string {
  return `調査票_${periodFilePart(data.period)}_${data.section ?? "全部署"}.xlsx`;
}
