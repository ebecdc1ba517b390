import ExcelJS, { type Workbook } from "exceljs";
import reportStates from "../../messages/staff.ja.json";
import type { ReportState } from "../generated/prisma/enums.ts";
import type { Municipality } from "../municipality/get-municipality.ts";
import { planTitle } from "../municipality/plan-title.ts";
import type { ReportFields } from "../reports/snapshot.ts";
import { EVALUATION_TERMS, STATUS_TERMS } from "../reports/vocabulary.ts";
import { formatFiscalYearShort } from "../wareki.ts";
import { type ColumnSpec, layoutSheet, periodFilePart, printA4Landscape, tokyoWallClock } from "./sheet-style.ts";
import type { SurveyPeriod } from "./survey-workbook.ts";

export const PERIOD_SHEET = "報告一覧";

/** A KPI's actual as the period's report carries it. */
export interface PeriodSheetKpi {
  name: string;
  unit: string;
  targetValue: number | null;
  value: number | null;
}

export interface PeriodSheetReport extends ReportFields {
  state: ReportState;
  revision: number;
  updatedBy: string;
  updatedAt: Date;
  submittedBy: string | null;
  submittedAt: Date | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  publishedBy: string | null;
  publishedAt: Date | null;
}

export interface PeriodSheetRow {
  number: number;
  title: string;
  bureau: string;
  section: string | null;
  area: string;
  direction: string;
  target: string;
  startFiscalYear: number;
  endFiscalYear: number;
  report: PeriodSheetReport | null;
  kpis: PeriodSheetKpi[];
}

export interface PeriodSheetData {
  /** whose plan the file reports on, named in its properties */
  municipality: Pick<Municipality, "name" | "planName">;
  period: SurveyPeriod;
  rows: PeriodSheetRow[];
}

const COLUMNS: readonly ColumnSpec[] = [
  { header: "番号" },
  { header: "取組項目", wrap: true, minWidth: 20, maxWidth: 36 },
  { header: "部局", maxWidth: 20 },
  { header: "所管部署", maxWidth: 20 },
  { header: "大分類", wrap: true, maxWidth: 24 },
  { header: "小分類", wrap: true, maxWidth: 24 },
  { header: "3年後の目指す姿（目標）", wrap: true, minWidth: 24, maxWidth: 44 },
  { header: "計画期間" },
  { header: "状態" },
  { header: "版" },
  { header: "進捗状況" },
  { header: "評価" },
  { header: "進捗率" },
  { header: "実績", wrap: true, minWidth: 30, maxWidth: 50 },
  { header: "課題", wrap: true, minWidth: 30, maxWidth: 50 },
  { header: "今後の取組", wrap: true, minWidth: 30, maxWidth: 50 },
  { header: "KPI実績", wrap: true, minWidth: 24, maxWidth: 44 },
  { header: "更新者" },
  { header: "更新日時", minWidth: 17 },
  { header: "提出者" },
  { header: "提出日時", minWidth: 17 },
  { header: "確認者" },
  { header: "確認日時", minWidth: 17 },
  { header: "公開者" },
  { header: "公開日時", minWidth: 17 },
];

export const PERIOD_SHEET_HEADERS = COLUMNS.map((c) => c.header);

const DATE_TIME_FORMAT = "yyyy/mm/dd hh:mm";
const DATE_COLUMNS = [19, 21, 23, 25];

const amount = (value: number | null, unit: string) => (value === null ? "—" : `${value}${unit}`);

/** "電子申告利用率: 45%（目標 60%）", one KPI a line. */
export function kpiActualsText(kpis: readonly PeriodSheetKpi[]): string {
  return kpis
    .map(
      (k) =>
        `${k.name}: ${amount(k.value, k.unit)}${k.targetValue === null ? "" : `（目標 ${amount(k.targetValue, k.unit)}）`}`,
    )
    .join("\n");
}

const at = (date: Date | null) => (date === null ? null : tokyoWallClock(date));

/** The period's reports as one sheet: every item, its master data and its report, ready to filter and print. */
export function buildPeriodSheet(data: PeriodSheetData): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${planTitle(data.municipality)} 進捗管理`;
  workbook.title = periodSheetFileName(data.period).replace(/\.xlsx$/, "");
  const sheet = workbook.addWorksheet(PERIOD_SHEET);
  sheet.addRow(PERIOD_SHEET_HEADERS);
  for (const row of data.rows) {
    const r = row.report;
    sheet.addRow([
      row.number,
      row.title,
      row.bureau,
      row.section ?? "",
      row.area,
      row.direction,
      row.target,
      `${formatFiscalYearShort(row.startFiscalYear)}〜${formatFiscalYearShort(row.endFiscalYear)}`,
      reportStates.reportState[r?.state ?? "none"],
      r?.revision ?? null,
      r?.status ? STATUS_TERMS[r.status] : "",
      r?.evaluation ? `${r.evaluation} ${EVALUATION_TERMS[r.evaluation]}` : "",
      r?.progressPercent ?? null,
      r?.achievements ?? "",
      r?.issues ?? "",
      r?.nextSteps ?? "",
      kpiActualsText(row.kpis),
      r?.updatedBy ?? "",
      at(r?.updatedAt ?? null),
      r?.submittedBy ?? "",
      at(r?.submittedAt ?? null),
      r?.reviewedBy ?? "",
      at(r?.reviewedAt ?? null),
      r?.publishedBy ?? "",
      at(r?.publishedAt ?? null),
    ]);
  }
  for (const index of DATE_COLUMNS) sheet.getColumn(index).numFmt = DATE_TIME_FORMAT;
  layoutSheet(sheet, COLUMNS);
  printA4Landscape(sheet);
  return workbook;
}

/** 「進捗報告一覧_令和7年度上半期.xlsx」 */
export function periodSheetFileName(period: SurveyPeriod): string {
  return `進捗報告一覧_${periodFilePart(period)}.xlsx`;
}
