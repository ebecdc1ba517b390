import { expect, expectNoViolations, newContext, pageAs, signIn, test } from "./support";

test("a council member opens the period's report and prints it without the site's chrome", async ({ browser }) => {
  const page = await pageAs(browser, "council@example.jp");
  await page.goto("/council/report");
  await page.getByRole("link", { name: "進捗状況報告書（令和7年度 上半期）" }).click();
  await expect(page).toHaveURL(/\/council\/report\/2025-first_half$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("進捗状況報告書（令和7年度 上半期）");
  for (const heading of [
    "1. 全体の概要",
    "2. 改革の柱（大分類）別の状況",
    "3. 評価がC・Dの取組項目（課題と今後の取組）",
    "4. 成果指標（KPI）の状況",
    "5. 委員からの意見と対応",
  ]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  // Every item appears once in the per-area tables: 118 rows in all.
  const rows = page.locator("section[aria-labelledby^='area-items-'] tbody tr");
  await expect(rows).toHaveCount(118);
  const statusTable = page.getByRole("table", { name: "進捗状況別の件数" });
  const counts = await statusTable.locator("tbody td").allInnerTexts();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(118);

  await expectNoViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "印刷する" })).toBeHidden();
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);

  await page.emulateMedia({ media: "screen" });
  await page.goto("/council/report");
  await expectNoViolations(page);
  await page.context().close();
});

test("an editor cannot open the council report, an anonymous visitor is sent to sign in", async ({ browser, page }) => {
  const editor = await pageAs(browser, "zeimu@example.jp");
  await editor.goto("/council/report/2025-first_half");
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("アクセスできません");
  await expect(editor.getByText("飯塚市行政経営戦略推進審議会 資料")).toHaveCount(0);
  await editor.context().close();

  await page.goto("/council/report/2025-first_half");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
});

test("a council member lands on the internal dashboard and records an opinion on the period there", async ({
  browser,
}) => {
  // Through the login form: where it lands is what this test checks.
  const page = await (await newContext(browser)).newPage();
  await signIn(page, "council@example.jp");
  await expect(page).toHaveURL(/\/council\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("審議会ダッシュボード");
  await expect(
    page.getByText("承認済みで未公開の報告も含めた、審議会向けの集計です。", { exact: false }),
  ).toBeVisible();
  await expectNoViolations(page);

  const body = `期間全体として、C・D評価の取組の課題を次回会議で説明してください（e2e ${Date.now()}）`;
  await page.getByRole("radio", { name: "報告期間全体" }).check();
  await page.getByLabel("意見", { exact: true }).fill(body);
  await page.getByRole("button", { name: "意見を登録する" }).click();
  await expect(page.getByText("意見を登録しました。事務局の対応をお待ちください。")).toBeVisible();

  // The opinion is in the council's list and in the period's printable report.
  await page.goto("/council/opinions");
  await expect(page.getByText(body)).toBeVisible();
  await page
    .getByRole("navigation", { name: "審議会委員メニュー" })
    .getByRole("link", { name: "ダッシュボード" })
    .click();
  await page.getByRole("link", { name: "この期間の審議会資料（印刷用）" }).click();
  await expect(page.getByText(body)).toBeVisible();
  await page.context().close();
});
