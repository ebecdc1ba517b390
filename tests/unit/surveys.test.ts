import ExcelJS, { type Workbook } from "exceljs";
import { describe, expect, it } from "vitest";
import { buildPeriodSheet, kpiActualsText, PERIOD_SHEET, periodSheetFileName } from "../../lib/surveys/period-sheet.ts";
import { attachmentDisposition, displayWidth } from "../../lib/surveys/sheet-style.ts";
import {
  buildSurveyWorkbook,
  KPI_HEADERS,
  KPI_SHEET,
  META_SHEET,
  REPORT_HEADERS,
  REPORT_SHEET,
  surveyFileName,
} from "../../lib/surveys/survey-workbook.ts";
import { PERIOD, report, SURVEY } from "../support/survey-data.ts";

/** Writes a workbook to bytes and reads it back, as Excel (or the import) would get it. */
async function roundTrip(workbook: Workbook): Promise<Workbook> {
  const bytes = await workbook.xlsx.writeBuffer();
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(bytes);
  return read;
}

/** A row's values from column A on (as many as it holds, or `width`), empty cells as null. */
const rowValues = (sheet: ExcelJS.Worksheet, row: number, width = sheet.getRow(row).cellCount) =>
  Array.from({ length: width }, (_, i) => sheet.getRow(row).getCell(i + 1).value ?? null);

describe("the survey workbook (調査票)", () => {
  it("has the 報告 sheet with the issue's headers and one row per item, current values filled in", async () => {
    const book = await roundTrip(await buildSurveyWorkbook(SURVEY));
    const sheet = book.getWorksheet(REPORT_SHEET)!;
    expect(rowValues(sheet, 1)).toEqual([
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
    ]);
    expect(REPORT_HEADERS).toHaveLength(12);
    expect(sheet.rowCount).toBe(4);
    expect(rowValues(sheet, 2)).toEqual([
      42,
      "電子申告の推進",
      "税務課",
      "電子申告率を高める",
      "検討中",
      20,
      "実施中",
      "B",
      40,
      "電子申告の対象を拡大した。",
      "周知が不十分。",
      "広報を強化する。",
    ]);
    // No report yet and no earlier published one: only the master data.
    expect(rowValues(sheet, 3).slice(0, 4)).toEqual([43, "納税の利便性向上", "税務課", "キャッシュレス納付"]);
    expect(
      rowValues(sheet, 3)
        .slice(4)
        .every((v) => v === null || v === ""),
    ).toBe(true);
  });

  it("locks and shades the read-only columns, leaves the answer columns open, and wraps text", async () => {
    const sheet = (await roundTrip(await buildSurveyWorkbook(SURVEY))).getWorksheet(REPORT_SHEET)!;
    const row = sheet.getRow(2);
    for (const col of [1, 2, 3, 4, 5, 6]) {
      expect(row.getCell(col).protection?.locked, `column ${col}`).not.toBe(false);
      expect(row.getCell(col).fill).toMatchObject({ type: "pattern", pattern: "solid" });
    }
    for (const col of [7, 8, 9, 10, 11, 12]) {
      expect(row.getCell(col).protection?.locked, `column ${col}`).toBe(false);
      expect(row.getCell(col).fill?.type === "pattern" && row.getCell(col).fill, `column ${col}`).toMatchObject({
        pattern: "none",
      });
    }
    for (const col of [2, 4, 10, 11, 12]) expect(row.getCell(col).alignment?.wrapText).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  });

  it("offers drop-down lists for 進捗状況 and 評価 and accepts only 0–100 for 進捗率", async () => {
    const sheet = (await roundTrip(await buildSurveyWorkbook(SURVEY))).getWorksheet(REPORT_SHEET)!;
    const row = sheet.getRow(3);
    expect(row.getCell(7).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"未着手,検討中,実施中,完了,休止・中止"'],
      showErrorMessage: true,
    });
    expect(row.getCell(8).dataValidation).toMatchObject({ type: "list", formulae: ['"A,B,C,D"'] });
    expect(row.getCell(9).dataValidation).toMatchObject({ type: "whole", operator: "between", formulae: [0, 100] });
  });

  it("locks a row whose report is with the secretariat (submitted), answers included", async () => {
    const sheet = (await roundTrip(await buildSurveyWorkbook(SURVEY))).getWorksheet(REPORT_SHEET)!;
    const row = sheet.getRow(4);
    expect(row.getCell(1).value).toBe(44);
    for (const col of [7, 8, 9, 10, 11, 12]) {
      expect(row.getCell(col).protection?.locked, `column ${col}`).not.toBe(false);
      expect(row.getCell(col).fill).toMatchObject({ pattern: "solid" });
    }
    expect(row.getCell(9).dataValidation).toBeUndefined();
  });

  it("protects its sheets without a password, letting users resize and filter", async () => {
    const book = await roundTrip(await buildSurveyWorkbook(SURVEY));
    for (const name of [REPORT_SHEET, KPI_SHEET]) {
      const protection = (book.getWorksheet(name) as unknown as { sheetProtection: Record<string, unknown> })
        .sheetProtection;
      expect(protection, name).toMatchObject({ sheet: true, formatColumns: true, formatRows: true, autoFilter: true });
      expect(protection.hashValue, name).toBeUndefined();
    }
  });

  it("has the KPI実績 sheet: one row per confirmed KPI, only 実績値 open, and only where the report may change", async () => {
    const sheet = (await roundTrip(await buildSurveyWorkbook(SURVEY))).getWorksheet(KPI_SHEET)!;
    expect(rowValues(sheet, 1)).toEqual([...KPI_HEADERS]);
    expect(KPI_HEADERS).toEqual(["番号", "KPI名", "単位", "基準値", "目標値", "目標年度", "実績値"]);
    expect(rowValues(sheet, 2)).toEqual([42, "電子申告利用率", "%", 30, 60, "令和9年度", 45]);
    expect(sheet.rowCount).toBe(3);
    const open = sheet.getRow(2);
    for (const col of [1, 2, 3, 4, 5, 6]) expect(open.getCell(col).protection?.locked).not.toBe(false);
    expect(open.getCell(7).protection?.locked).toBe(false);
    expect(open.getCell(7).dataValidation).toMatchObject({ type: "decimal" });
    // Item 44's report is submitted: its KPI row is locked too.
    expect(sheet.getRow(3).getCell(7).protection?.locked).not.toBe(false);
  });

  it("carries the period, item ids and base report versions in a very hidden sheet", async () => {
    const book = await roundTrip(await buildSurveyWorkbook(SURVEY));
    const meta = book.getWorksheet(META_SHEET)!;
    expect(meta.state).toBe("veryHidden");
    expect(book.getWorksheet(REPORT_SHEET)!.state).toBe("visible");
    expect(rowValues(meta, 1)).toEqual(["format", "iizuka-survey/1"]);
    expect(rowValues(meta, 2)).toEqual(["period", "2025-first_half"]);
    expect(rowValues(meta, 3)).toEqual(["section", "税務課"]);
    expect(rowValues(meta, 5)).toEqual([
      "sheet",
      "row",
      "itemId",
      "itemNumber",
      "indicatorId",
      "reportId",
      "reportVersion",
    ]);
    expect(rowValues(meta, 6)).toEqual(["報告", 2, 101, 42, null, 7, 3]);
    expect(rowValues(meta, 7, 7)).toEqual(["報告", 3, 102, 43, null, null, null]);
    expect(rowValues(meta, 9)).toEqual(["KPI実績", 2, 101, 42, 501, 7, 3]);
    expect(rowValues(meta, 10)).toEqual(["KPI実績", 3, 103, 44, 502, 9, 3]);
  });

  it("is named after the period and the section, and 全部署 for every section", () => {
    expect(surveyFileName(SURVEY)).toBe("調査票_令和7年度上半期_税務課.xlsx");
    expect(surveyFileName({ period: { ...PERIOD, term: "year_end" }, section: null })).toBe(
      "調査票_令和7年度年度末_全部署.xlsx",
    );
  });
});

describe("the download's name", () => {
  it("gives the Japanese name in RFC 5987's filename* and an ASCII fallback", () => {
    expect(attachmentDisposition("調査票_令和7年度上半期_税務課.xlsx", "survey-2025-first_half.xlsx")).toBe(
      `attachment; filename="survey-2025-first_half.xlsx"; filename*=UTF-8''${encodeURIComponent("調査票_令和7年度上半期_税務課.xlsx")}`,
    );
    expect(attachmentDisposition("a'(b).xlsx", "x.xlsx")).toContain("filename*=UTF-8''a%27%28b%29.xlsx");
  });

  it("counts Japanese characters as two columns wide", () => {
    expect(displayWidth("税務課")).toBe(6);
    expect(displayWidth("KPI名")).toBe(5);
  });
});

describe("the period sheet (報告一覧)", () => {
  const at = new Date("2025-10-01T00:30:00Z");
  const sheetData = {
    municipality: SURVEY.municipality,
    period: PERIOD,
    rows: [
      {
        number: 42,
        title: "電子申告の推進",
        bureau: "02財政部",
        section: "税務課",
        area: "デジタル",
        direction: "行政手続",
        target: "電子申告率を高める",
        startFiscalYear: 2024,
        endFiscalYear: 2026,
        report: {
          ...report("submitted", 7),
          revision: 1,
          updatedBy: "税務 太郎",
          updatedAt: at,
          submittedBy: "税務 太郎",
          submittedAt: at,
          reviewedBy: null,
          reviewedAt: null,
          publishedBy: null,
          publishedAt: null,
        },
        kpis: [{ name: "電子申告利用率", unit: "%", targetValue: 60, value: 45 }],
      },
      {
        number: 43,
        title: "納税の利便性向上",
        bureau: "02財政部",
        section: null,
        area: "デジタル",
        direction: "行政手続",
        target: "キャッシュレス納付",
        startFiscalYear: 2024,
        endFiscalYear: 2026,
        report: null,
        kpis: [],
      },
    ],
  };

  it("lists every item with its report under Japanese headers", async () => {
    const sheet = (await roundTrip(buildPeriodSheet(sheetData))).getWorksheet(PERIOD_SHEET)!;
    const headers = rowValues(sheet, 1);
    expect(headers.slice(0, 17)).toEqual([
      "番号",
      "取組項目",
      "部局",
      "所管部署",
      "大分類",
      "小分類",
      "3年後の目指す姿（目標）",
      "計画期間",
      "状態",
      "版",
      "進捗状況",
      "評価",
      "進捗率",
      "実績",
      "課題",
      "今後の取組",
      "KPI実績",
    ]);
    const row = rowValues(sheet, 2);
    expect(row.slice(0, 17)).toEqual([
      42,
      "電子申告の推進",
      "02財政部",
      "税務課",
      "デジタル",
      "行政手続",
      "電子申告率を高める",
      "令和6年度〜令和8年度",
      "提出済",
      1,
      "実施中",
      "B 概ね順調",
      40,
      "電子申告の対象を拡大した。",
      "周知が不十分。",
      "広報を強化する。",
      "電子申告利用率: 45%（目標 60%）",
    ]);
    // Who and when, the time as Tokyo's clock shows it (09:30), formatted as a date.
    expect(row[headers.indexOf("提出者")]).toBe("税務 太郎");
    const submittedAt = sheet.getRow(2).getCell(headers.indexOf("提出日時") + 1);
    expect((submittedAt.value as Date).toISOString()).toBe("2025-10-01T09:30:00.000Z");
    expect(submittedAt.numFmt).toBe("yyyy/mm/dd hh:mm");
    expect(rowValues(sheet, 3)[headers.indexOf("状態")]).toBe("未作成");
  });

  it("filters on the header row, freezes it, fits the columns and prints A4 landscape", async () => {
    const sheet = (await roundTrip(buildPeriodSheet(sheetData))).getWorksheet(PERIOD_SHEET)!;
    expect(sheet.autoFilter).toBe("A1:Y1");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1, fitToHeight: 0 });
    expect(sheet.pageSetup.printTitlesRow).toBe("1:1");
    expect(sheet.getColumn(1).width).toBe(6);
    expect(sheet.getColumn(4).width).toBe(displayWidth("所管部署") + 2);
    expect(sheet.getColumn(14).width).toBe(30);
    expect(sheet.getColumn(14).alignment?.wrapText).toBe(true);
  });

  it("writes KPI actuals one a line, a dash where none was entered", () => {
    expect(
      kpiActualsText([
        { name: "利用率", unit: "%", targetValue: 60, value: 45 },
        { name: "件数", unit: "件", targetValue: null, value: null },
      ]),
    ).toBe("利用率: 45%（目標 60%）\n件数: —");
    expect(periodSheetFileName(PERIOD)).toBe("進捗報告一覧_令和7年度上半期.xlsx");
  });
});
