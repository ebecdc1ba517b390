// The import page's Server Actions (内容を確認 / 取り込む) driven with real FormData holding a real
// File, through the one action wrapper: a real session cookie, the real import service and
// database. Only Next's request and cache APIs are replaced, since no Next server runs here.
import ExcelJS from "exceljs";
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { getSurveyData } from "../../lib/surveys/load-survey.ts";
import { buildSurveyWorkbook, META_SHEET, REPORT_HEADERS, REPORT_SHEET } from "../../lib/surveys/survey-workbook.ts";
import { describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf, digest } from "../support/fixtures.ts";
import { next, signInAs } from "../support/next-request.ts";

vi.mock("next/headers", async () =>
  (await import("../support/next-request.ts")).nextHeaders("req-survey-import", "192.0.2.30"),
);
vi.mock("next/cache", async () => (await import("../support/next-request.ts")).nextCache());
vi.mock("../../lib/db/client.ts", async () => (await import("../support/next-request.ts")).dbClient());

const { previewSurveyImportAction, applySurveyImportAction } = await import(
  "../../lib/actions/surveys/import-survey-actions.ts"
);
const { refusalOf } = await import("../../components/surveys/import-text.ts");
const { INITIAL_STATE } = await import("../../lib/actions/action-state.ts");

const PERIOD = "2025-first_half";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The form as the page sends it: the chosen file, and the string fields. */
function form(file: File | null, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  if (file) data.append("file", file);
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describeOnDatabases("survey import actions", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  /** 税務課's workbook with item 56's row filled as a section would */
  let workbook: ExcelJS.Workbook;

  const fileOf = async (book: ExcelJS.Workbook, name = "調査票_税務課.xlsx") =>
    new File([new Uint8Array(await book.xlsx.writeBuffer())], name, { type: XLSX });

  beforeAll(async () => {
    const data = await getSurveyData(suite.db, ctxOf(cast.editor), { period: PERIOD });
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await buildSurveyWorkbook(data)).xlsx.writeBuffer());
    const sheet = workbook.getWorksheet(REPORT_SHEET)!;
    sheet.eachRow((row, line) => {
      if (line === 1 || row.getCell(1).value !== 56) return;
      row.getCell(REPORT_HEADERS.indexOf("進捗率") + 1).value = 25;
      row.getCell(REPORT_HEADERS.indexOf("実績") + 1).value = "調査票で書いた実績。";
    });
  });

  beforeEach(async () => {
    next.db = suite.db;
    next.expired = [];
    await signInAs(suite.db, cast.editor);
  });

  it("refuses a file as a whole with its reason and parameters, and changes nothing", async () => {
    const before = await digest(suite.db);
    const text = new File(["番号,取組項目\n"], "調査票.xlsx", { type: XLSX });
    const notSurvey = await previewSurveyImportAction(INITIAL_STATE, form(text));
    expect(notSurvey).toMatchObject({ ok: false, message: "invalid_file" });
    expect(refusalOf(notSurvey)).toEqual({ code: "not_survey", params: {} });

    // Another period's workbook: both periods named as the plan names them.
    const other = new ExcelJS.Workbook();
    await other.xlsx.load(await workbook.xlsx.writeBuffer());
    other.getWorksheet(META_SHEET)!.getCell("B2").value = "2024-year_end";
    const wrongPeriod = await previewSurveyImportAction(INITIAL_STATE, form(await fileOf(other)));
    expect(refusalOf(wrongPeriod)).toEqual({
      code: "wrong_period",
      params: { period: "令和6年度 年度末", open: "令和7年度 上半期" },
    });

    const headers = new File(["番号,取組項目\n56,x\n"], "調査票.csv", { type: "text/csv" });
    expect(refusalOf(await previewSurveyImportAction(INITIAL_STATE, form(headers)))).toMatchObject({
      code: "missing_headers",
      params: { sheet: "CSV", missing: expect.stringContaining("「進捗率」") },
    });

    const none = await previewSurveyImportAction(INITIAL_STATE, form(null));
    expect(none).toMatchObject({ ok: false, message: "invalid", fieldErrors: { file: "fileRequired" } });
    expect(refusalOf(none)).toBeNull();
    expect(await digest(suite.db)).toBe(before);
  });

  it("previews, asks for the confirmation, applies the previewed file once, and refuses another file", async () => {
    const file = await fileOf(workbook);
    const previewed = await previewSurveyImportAction(INITIAL_STATE, form(file));
    expect(previewed).toMatchObject({ ok: true, message: "previewed" });
    const preview = previewed.result!;
    expect(preview.counts).toEqual({ new: 1, changed: 0, unchanged: 3, error: 0 });
    expect(next.expired).toEqual([]);
    const fields = {
      fileHash: preview.fileHash,
      expected: String(preview.counts.new + preview.counts.changed),
      bases: JSON.stringify(preview.bases),
    };

    const before = await digest(suite.db);
    const unconfirmed = await applySurveyImportAction(INITIAL_STATE, form(file, fields));
    expect(unconfirmed).toMatchObject({ ok: false, message: "invalid", fieldErrors: { confirm: "required" } });

    const edited = new ExcelJS.Workbook();
    await edited.xlsx.load(await workbook.xlsx.writeBuffer());
    edited.getWorksheet(REPORT_SHEET)!.getCell("A1").note = "changed";
    const otherFile = await applySurveyImportAction(
      INITIAL_STATE,
      form(await fileOf(edited), { ...fields, confirm: "yes" }),
    );
    expect(otherFile).toMatchObject({ ok: false, message: "conflict", reason: { code: "other_file" } });
    expect(await digest(suite.db)).toBe(before);

    const applied = await applySurveyImportAction(INITIAL_STATE, form(file, { ...fields, confirm: "yes" }));
    expect(applied).toMatchObject({ ok: true, message: "applied", result: { applied: 1, skipped: 3 } });
    expect(next.expired).toEqual(["path:/staff:layout"]);
    const report = await suite.db.progressReport.findFirstOrThrow({ where: { item: { number: 56 } } });
    expect(report).toMatchObject({ state: "draft", progressPercent: 25, achievements: "調査票で書いた実績。" });

    // The same confirmation again: the reports changed since the preview, nothing is written twice.
    const after = await digest(suite.db);
    const again = await applySurveyImportAction(INITIAL_STATE, form(file, { ...fields, confirm: "yes" }));
    expect(again).toMatchObject({ ok: false, message: "conflict", reason: { code: "changed_since_preview" } });
    expect(await digest(suite.db)).toBe(after);
  });
});
