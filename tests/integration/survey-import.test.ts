// The survey import (調査票の取り込み) against a real database: the workbook the portal makes, filled
// with exceljs as a section would, or a CSV in UTF-8 or Shift_JIS, read back through the report
// form's own save — policy, zod, version check, one transaction, audit — and never twice.
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { beforeAll, expect, it } from "vitest";
import { saveReport } from "../../lib/reports/save-report.ts";
import { applySurveyImport, type ImportPreview, previewSurveyImport } from "../../lib/surveys/import-survey.ts";
import { getSurveyData } from "../../lib/surveys/load-survey.ts";
import {
  buildSurveyWorkbook,
  KPI_SHEET,
  META_SHEET,
  REPORT_HEADERS,
  REPORT_SHEET,
} from "../../lib/surveys/survey-workbook.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, ctxOf, digest, failureOf, lastAuditId } from "../support/fixtures.ts";
import { confirmedKpi, firstReport } from "../support/reports.ts";

const PERIOD = "2025-first_half";

/** The section's workbook as downloaded now, as exceljs reads it back. */
async function download(db: Db, ctx: ReturnType<typeof ctxOf>, section?: string) {
  const data = await getSurveyData(db, ctx, { period: PERIOD, ...(section ? { section } : {}) });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await (await buildSurveyWorkbook(data)).xlsx.writeBuffer());
  return book;
}

/** Types into the row of item `number` as a section would: cells by header. */
function fill(
  book: ExcelJS.Workbook,
  number: number,
  values: Partial<Record<(typeof REPORT_HEADERS)[number], string | number>>,
) {
  const sheet = book.getWorksheet(REPORT_SHEET)!;
  let target: ExcelJS.Row | undefined;
  sheet.eachRow((row, line) => {
    if (line > 1 && row.getCell(1).value === number) target = row;
  });
  if (!target) throw new Error(`no row for item ${number}`);
  for (const [header, value] of Object.entries(values))
    target.getCell(REPORT_HEADERS.indexOf(header as never) + 1).value = value;
}

async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await book.xlsx.writeBuffer());
}

function rowOf(preview: ImportPreview, number: number) {
  const row = preview.rows.find((r) => r.itemNumber === number && r.sheet !== KPI_SHEET);
  if (!row) throw new Error(`no preview row for item ${number}`);
  return row;
}

/** Applies what the preview said, as 取り込む does after the confirmation. */
function apply(db: Db, ctx: ReturnType<typeof ctxOf>, preview: ImportPreview, bytes: Uint8Array) {
  return applySurveyImport(db, ctx, {
    fileName: preview.fileName,
    bytes,
    fileHash: preview.fileHash,
    expected: preview.counts.new + preview.counts.changed,
    bases: JSON.stringify(preview.bases),
  });
}

async function latest(db: Db, number: number) {
  return db.progressReport.findFirst({
    where: { item: { number } },
    orderBy: [{ periodId: "desc" }, { revision: "desc" }],
    include: { values: true },
  });
}

describeOnDatabases("survey import", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  let kpiId = 0;

  beforeAll(async () => {
    const { db } = suite;
    const staff = ctxOf(cast.editor);
    kpiId = await confirmedKpi(db, 43, {
      name: "電子申告の利用件数",
      unit: "件",
      baselineValue: 100,
      targetValue: 300,
      targetYear: 2027,
    });
    await firstReport(db, staff, 42, "draft", { ...COMPLETE_REPORT, achievements: "フォームで書いた実績。" });
    await firstReport(db, staff, 44, "submit", COMPLETE_REPORT);
  });

  it("round trip: what the section typed in the workbook becomes the drafts, KPI actuals included, once", async () => {
    const { db } = suite;
    const staff = ctxOf(cast.editor, { requestId: "req-import" });
    const book = await download(db, staff);
    fill(book, 42, { 進捗状況: "実施中", 進捗率: 55, 実績: "ファイルで直した実績。\n二行目。" });
    fill(book, 43, {
      進捗状況: "検討中",
      評価: "C",
      進捗率: "３０",
      実績: "新しく書いた実績。",
      課題: "人手が足りない。",
    });
    book.getWorksheet(KPI_SHEET)!.eachRow((row, line) => {
      if (line > 1 && row.getCell(1).value === 43) row.getCell(7).value = 150;
    });
    const bytes = await bytesOf(book);

    const preview = await previewSurveyImport(db, staff, { fileName: "調査票_税務課.xlsx", bytes });
    expect(preview.period).toEqual({ key: PERIOD, label: expect.stringContaining("令和7年度") });
    expect(preview.counts).toEqual({ new: 1, changed: 1, unchanged: 2, error: 0 });
    expect(rowOf(preview, 42)).toMatchObject({
      outcome: "changed",
      changes: [
        { column: "進捗率", before: "40", after: "55" },
        { column: "実績", before: "フォームで書いた実績。", after: "ファイルで直した実績。\n二行目。" },
      ],
    });
    expect(rowOf(preview, 43).outcome).toBe("new");
    expect(rowOf(preview, 43).changes).toContainEqual({
      column: "KPI実績：電子申告の利用件数",
      before: "",
      after: "150",
    });
    // 44 is with the secretariat, but the file says what it already says: nothing to do.
    expect(rowOf(preview, 44).outcome).toBe("unchanged");

    const mark = await lastAuditId(db);
    const result = await apply(db, staff, preview, bytes);
    expect(result).toMatchObject({ applied: 2, skipped: 2, period: { key: PERIOD } });
    expect(await latest(db, 42)).toMatchObject({
      state: "draft",
      status: "in_progress",
      progressPercent: 55,
      achievements: "ファイルで直した実績。\n二行目。",
    });
    const r43 = await latest(db, 43);
    expect(r43).toMatchObject({
      state: "draft",
      status: "considering",
      evaluation: "C",
      progressPercent: 30,
      achievements: "新しく書いた実績。",
      issues: "人手が足りない。",
    });
    expect(r43!.values.map((v) => [v.indicatorId, v.value])).toEqual([[kpiId, 150]]);
    const audit = await auditSince(db, mark);
    expect(audit.map((r) => [r.action, r.requestId])).toEqual([
      ["report.save_draft", "req-import"],
      ["report.save_draft", "req-import"],
      ["survey.import", "req-import"],
    ]);
    expect(audit[2]).toMatchObject({ entityId: PERIOD, actorId: cast.editor.id });
    expect(audit[2].after).toMatchObject({
      fileName: "調査票_税務課.xlsx",
      new: 1,
      changed: 1,
      unchanged: 2,
      error: 0,
    });

    // The same file again: its rows now equal the drafts, so nothing is a conflict and nothing changes.
    const again = await previewSurveyImport(db, staff, { fileName: "調査票_税務課.xlsx", bytes });
    expect(again.counts).toEqual({ new: 0, changed: 0, unchanged: 4, error: 0 });
    const before = await digest(db);
    expect(await apply(db, staff, again, bytes)).toMatchObject({ applied: 0, skipped: 4 });
    expect(await digest(db)).toBe(before);
  });

  it("shows a report saved since the download as a conflict with both texts, and never overwrites it", async () => {
    const { db } = suite;
    const staff = ctxOf(cast.editor);
    const book = await download(db, staff);
    fill(book, 42, { 実績: "古いファイルからの実績。" });
    const current = (await latest(db, 42))!;
    await saveReport(db, staff, {
      itemNumber: 42,
      baseReportId: current.id,
      baseVersion: current.version,
      intent: "draft",
      fields: { ...COMPLETE_REPORT, progressPercent: "55", achievements: "ほかの人がフォームで書いた実績。" },
    });
    const bytes = await bytesOf(book);
    const preview = await previewSurveyImport(db, staff, { fileName: "old.xlsx", bytes });
    expect(rowOf(preview, 42)).toMatchObject({
      outcome: "error",
      problems: [{ sheet: REPORT_SHEET, column: null, code: "conflict" }],
      conflict: [{ column: "実績", before: "ほかの人がフォームで書いた実績。", after: "古いファイルからの実績。" }],
    });
    const before = await digest(db);
    await apply(db, staff, preview, bytes);
    expect(await digest(db)).toBe(before);
    expect((await latest(db, 42))!.achievements).toBe("ほかの人がフォームで書いた実績。");
  });

  it("makes another section's row, an unknown item, a submitted report and bad cells errors of their rows only", async () => {
    const { db } = suite;
    const staff = ctxOf(cast.editor);
    const book = await download(db, staff);
    fill(book, 44, { 実績: "提出済みの報告を書き換えようとした。" });
    fill(book, 56, { 進捗率: 120, 評価: "E", 進捗状況: "やっている" });
    const sheet = book.getWorksheet(REPORT_SHEET)!;
    const other = await db.planItem.findFirstOrThrow({ where: { section: { name: { not: "税務課" } } } });
    sheet.addRow([other.number, "", "", "", "", "", "実施中", "B", 10, "よその部署の実績。"]);
    sheet.addRow([9999, "", "", "", "", "", "", "", "", "ない項目。"]);
    sheet.addRow(["四十二", "", "", "", "", "", "", "", "", "番号が数字でない。"]);
    const bytes = await bytesOf(book);

    const preview = await previewSurveyImport(db, staff, { fileName: "bad-rows.xlsx", bytes });
    expect(rowOf(preview, 44).problems.map((p) => p.code)).toEqual(["locked"]);
    expect(rowOf(preview, 56).problems.map((p) => [p.line, p.column, p.code])).toEqual([
      [5, "進捗状況", "status"],
      [5, "評価", "evaluation"],
      [5, "進捗率", "progressPercent"],
    ]);
    expect(rowOf(preview, other.number).problems.map((p) => p.code)).toEqual(["not_yours"]);
    expect(rowOf(preview, 9999).problems.map((p) => p.code)).toEqual(["unknown_item"]);
    expect(preview.rows.find((r) => r.itemNumber === null)?.problems.map((p) => [p.line, p.code])).toEqual([
      [8, "number"],
    ]);
    expect(preview.counts.error).toBe(5);
    const before = await digest(db);
    await apply(db, staff, preview, bytes);
    expect(await digest(db)).toBe(before);
  });

  it("reads CSV with the same headers in Shift_JIS and in UTF-8 with a BOM, checked against the reports as previewed", async () => {
    const { db } = suite;
    const staff = ctxOf(cast.editor);
    const csv = (text: string) => [REPORT_HEADERS.join(","), `56,,,,,,実施中,B,20,"${text}",,`].join("\r\n");
    const sjis = new Uint8Array(iconv.encode(csv("髙橋さんとＣＳＶで書いた実績、①"), "Shift_JIS"));
    const preview = await previewSurveyImport(db, staff, { fileName: "調査票.csv", bytes: sjis });
    expect(preview).toMatchObject({ kind: "csv", encoding: "Shift_JIS", counts: { new: 1, error: 0 } });
    await apply(db, staff, preview, sjis);
    expect((await latest(db, 56))!.achievements).toBe("髙橋さんとＣＳＶで書いた実績、①");

    const utf8 = new Uint8Array(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv("UTF-8で直した実績"))]),
    );
    const second = await previewSurveyImport(db, staff, { fileName: "調査票.csv", bytes: utf8 });
    expect(second).toMatchObject({ encoding: "UTF-8", counts: { changed: 1 } });
    // Someone saves between 内容を確認 and 取り込む: the import refuses as a whole.
    const current = (await latest(db, 56))!;
    await saveReport(db, staff, {
      itemNumber: 56,
      baseReportId: current.id,
      baseVersion: current.version,
      intent: "draft",
      fields: { achievements: "その間にフォームで書いた実績" },
    });
    const before = await digest(db);
    const refused = await failureOf(apply(db, staff, second, utf8));
    expect(refused).toMatchObject({ code: "conflict", details: { reason: "changed_since_preview" } });
    expect(await digest(db)).toBe(before);
  });

  it("refuses a workbook of another period, another file than the one previewed, and anyone not signed in", async () => {
    const { db } = suite;
    const staff = ctxOf(cast.editor);
    const book = await download(db, staff);
    book.getWorksheet(META_SHEET)!.getCell("B2").value = "2024-year_end";
    const wrong = await failureOf(previewSurveyImport(db, staff, { fileName: "old.xlsx", bytes: await bytesOf(book) }));
    expect(wrong).toMatchObject({ code: "invalid_file", details: { reason: "wrong_period" } });

    const good = await bytesOf(await download(db, staff));
    const preview = await previewSurveyImport(db, staff, { fileName: "a.xlsx", bytes: good });
    const changed = await download(db, staff);
    fill(changed, 43, { 課題: "確認の後に書き足した課題。" });
    const other = await bytesOf(changed);
    const swapped = await failureOf(apply(db, staff, preview, other));
    expect(swapped).toMatchObject({ code: "conflict", details: { reason: "other_file" } });

    const mark = await lastAuditId(db);
    expect((await failureOf(apply(db, ctxOf(null), preview, good))).code).toBe("unauthenticated");
    expect(await auditSince(db, mark)).toMatchObject([{ action: "survey.import", outcome: "denied" }]);
    expect(
      (await failureOf(previewSurveyImport(db, ctxOf(cast.council), { fileName: "a.xlsx", bytes: good }))).code,
    ).toBe("forbidden");
  });
});
