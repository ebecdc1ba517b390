import ExcelJS from "exceljs";
import { REPORT_HEADERS } from "../../lib/surveys/survey-workbook.ts";
import { expect, newContext, pageAs, test } from "./support";

// Independent of the other specs' order: some period is always open (the demo's 令和7年度 上半期, or
// the 年度末 the editions spec opens), and 2025-first_half exists whether open or closed.

test("the 税務課 editor downloads the survey workbook from the staff home", async ({ browser }) => {
  const editor = await pageAs(browser, "zeimu@example.jp");
  const link = editor.getByRole("link", { name: "調査票（Excel）をダウンロード" });
  await expect(link).toHaveAttribute("href", /^\/staff\/surveys\/\d{4}-(?:first_half|year_end)\.xlsx$/);
  const [download] = await Promise.all([editor.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^調査票_令和\d+年度(?:上半期|年度末)_税務課\.xlsx$/);

  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet("報告");
  expect(sheet).toBeDefined();
  const headers = Array.from({ length: 12 }, (_, i) => sheet!.getRow(1).getCell(i + 1).value);
  // The headers themselves are checked cell by cell in tests/unit/surveys.test.ts.
  expect(headers).toEqual([...REPORT_HEADERS]);
  expect(sheet!.rowCount).toBe(5);
  expect([2, 3, 4, 5].map((row) => sheet!.getRow(row).getCell(1).value)).toEqual([42, 43, 44, 56]);
  expect([2, 3, 4, 5].map((row) => sheet!.getRow(row).getCell(3).value)).toEqual([
    "税務課",
    "税務課",
    "税務課",
    "税務課",
  ]);
  expect(book.getWorksheet("KPI実績")).toBeDefined();
  expect(book.getWorksheet("_meta")?.state).toBe("veryHidden");
});

test("the council downloads the period sheet from its report page, and is refused the survey", async ({ browser }) => {
  const council = await pageAs(browser, "council@example.jp");
  await council.goto("/council/report/2025-first_half");
  const [download] = await Promise.all([
    council.waitForEvent("download"),
    council.getByRole("link", { name: "報告一覧（Excel）をダウンロード" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("進捗報告一覧_令和7年度上半期.xlsx");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.getWorksheet("報告一覧")!;
  expect(sheet.rowCount).toBe(119);
  expect(sheet.getRow(1).getCell(1).value).toBe("番号");

  const survey = await council.request.get("/staff/surveys/2025-first_half.xlsx");
  expect(survey.status()).toBe(403);
  expect((await survey.json()).error.code).toBe("forbidden");
});

test("without a session the files answer 401 in the API's envelope", async ({ browser }) => {
  const context = await newContext(browser);
  for (const path of ["/staff/surveys/2025-first_half.xlsx", "/staff/periods/2025-first_half/reports.xlsx"]) {
    const response = await context.request.get(path);
    expect(response.status(), path).toBe(401);
    expect((await response.json()).error.code, path).toBe("unauthenticated");
  }
  await context.close();
});
