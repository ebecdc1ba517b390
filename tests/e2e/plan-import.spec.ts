import ExcelJS from "exceljs";
import { expect, expectNoViolations, pageAs, test } from "./support";

// Changes nothing on the shared demo database: the export of the current plan imports back with no
// change, and a refused file writes nothing. Real changes are covered by
// tests/integration/plan-import.test.ts and plan-import-actions.test.ts.
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("the secretariat downloads the template and the export; the export imports back with no change", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.goto("/staff/plan/import");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("計画ファイルの取り込み");
  await test.step("axe on /staff/plan/import", async () => {
    await expectNoViolations(admin);
  });

  const template = await admin.request.get("/staff/plan/template.xlsx");
  expect(template.status()).toBe(200);
  expect(template.headers()["content-type"]).toBe(XLSX);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await template.body()) as never);
  expect(book.worksheets.map((s) => s.name)).toEqual(["記入方法", "団体", "取組項目", "大分類", "小分類", "成果指標"]);

  const exported = await admin.request.get("/staff/plan/export.xlsx");
  expect(exported.status()).toBe(200);
  await admin.getByLabel("ファイル", { exact: true }).setInputFiles({
    name: "export.xlsx",
    mimeType: XLSX,
    buffer: await exported.body(),
  });
  await admin.getByRole("button", { name: "内容を確認" }).click();
  await expect(admin.getByText("このファイルを取り込んでも、何も変わりません。")).toBeVisible();
  await expect(admin.getByText(/新しい取組項目 0件・変更 0件・変更なし 118件/)).toBeVisible();
  await expect(admin.getByRole("button", { name: "取り込む" })).toHaveCount(0);
});

test("a file that is not a plan is refused in Japanese", async ({ browser }) => {
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.goto("/staff/plan/import");
  await admin.getByLabel("ファイル", { exact: true }).setInputFiles({
    name: "plan.xlsx",
    mimeType: XLSX,
    buffer: Buffer.from("番号,取組項目\n1,テキスト\n", "utf8"),
  });
  await admin.getByRole("button", { name: "内容を確認" }).click();
  const alert = admin.getByRole("alert").filter({ hasText: "このファイルは取り込めません。何も変更していません。" });
  await expect(alert).toContainText("計画ファイルとして読み込めないファイルです。");
});

test("an editor may neither open the page nor download the plan", async ({ browser }) => {
  const editor = await pageAs(browser, "zeimu@example.jp");
  expect((await editor.request.get("/staff/plan/export.xlsx")).status()).toBe(403);
  expect((await editor.request.get("/staff/plan/template.xlsx")).status()).toBe(403);
  await editor.goto("/staff/plan/import");
  await expect(editor.getByRole("button", { name: "内容を確認" })).toHaveCount(0);
});
