import { pdfPageTexts } from "../support/pdf-text";
import { expect, expectNoViolations, newContext, pageAs, signIn, test } from "./support";

test("a council member opens the period's report and prints it without the site's chrome", async ({ browser }) => {
  const page = await pageAs(browser, "council@example.jp");
  await page.goto("/council/report");
  await page.getByRole("link", { name: "進捗状況報告書（令和7年度 上半期）" }).click();
  await expect(page).toHaveURL(/\/council\/report\/2025-first_half$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("進捗状況報告書（令和7年度 上半期）");
  const headings = [
    "1. 全体の概要",
    "2. 審議で確認が必要な取組項目",
    "3. 報告のあった取組項目（実績・課題・今後の取組）",
    "4. 未報告の取組項目",
    "5. 改革の柱（大分類）別の状況",
    "6. 成果指標（KPI）の状況",
    "7. 委員からの意見と対応",
  ];
  // The contents list every part and lead to it.
  const toc = page.getByRole("navigation", { name: "目次" });
  await expect(toc.getByRole("link")).toHaveText(headings);
  for (const heading of headings) await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  // Every item appears once: a card with its report, or a line among the 未報告 ones.
  const reported = page.getByRole("region", { name: headings[2] }).getByRole("article");
  const notReported = page.getByRole("region", { name: headings[3] }).getByRole("listitem");
  expect((await reported.count()) + (await notReported.count())).toBe(118);
  const statusTable = page.getByRole("table", { name: "進捗状況別の件数" });
  const counts = await statusTable.locator("tbody td").allInnerTexts();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(118);
  // The 未報告 items are listed one line each, as many as the summary counts.
  expect(await notReported.count()).toBe(
    Number(
      await statusTable
        .getByRole("row", { name: /^未報告/ })
        .locator("td")
        .innerText(),
    ),
  );

  await expectNoViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("button", { name: "印刷する" })).toBeHidden();
  await expect(page.getByRole("button", { name: "ログアウト" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Printed through Chromium and read back: numbered pages, the contents on the first.
  const pages = await pdfPageTexts(await page.pdf({ format: "A4", preferCSSPageSize: true }));
  expect(pages.length).toBeGreaterThan(2);
  for (const [i, text] of pages.entries()) expect(text, `page ${i + 1}`).toContain(`${i + 1} / ${pages.length}`);
  expect(pages[0]).toContain("目次");
  expect(pages.join("")).toContain("4. 未報告の取組項目");

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
