import { approveAndPublish, expect, expectNoViolations, pageAs, test } from "./support";

test.describe.configure({ mode: "serial" });

test("before any period closes, the editions page says there is none yet", async ({ page }) => {
  await page.goto("/editions");
  await expect(page.getByRole("heading", { level: 1, name: "版の一覧" })).toBeVisible();
  await expect(page.getByText("確定した版はまだありません。")).toBeVisible();
  await expectNoViolations(page);
  // Not frozen yet: not found (and that answer must not outlive the close below).
  expect((await page.goto("/editions/2025-first_half"))?.status()).toBe(404);
});

// Closing is the only way to freeze an edition, and a closed period never reopens. The specs share
// one server, so right after closing the demo period (令和7年度 上半期) the secretariat opens the
// next one (令和7年度 年度末): the specs after this one still find an open period to report on.
test("closing a period freezes its edition, which the public can open", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const admin = await pageAs(browser, "admin@example.jp");
  // One published report in the period: the first edition lists it as newly reported.
  await admin.goto("/staff/items/42/report");
  await admin.getByLabel("進捗状況").selectOption("in_progress");
  await admin.getByRole("radio", { name: /^B/ }).check();
  await admin.getByLabel("進捗率").fill("30");
  await admin.getByLabel("実績").fill("滞納整理の手順書を作成した。");
  await admin.getByRole("button", { name: "提出" }).click();
  await expect(admin.getByText(/報告を提出しました。/)).toBeVisible();
  await approveAndPublish(admin, 42, 1);

  await admin.goto("/staff/periods");
  const open = admin.getByRole("row").filter({ hasText: "上半期" }).filter({ hasText: "受付中" });
  await open.getByRole("checkbox").check();
  await open.getByRole("button", { name: /締切/ }).click();
  await expect(admin.getByText("締め切りました。この期間の報告は編集できなくなりました。")).toBeVisible();

  const due = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  await admin.getByLabel("年度", { exact: true }).fill("令和7");
  await admin.getByLabel("区分").selectOption("year_end");
  await admin.getByLabel("締切日").fill(due);
  await admin.getByRole("button", { name: "作成する" }).click();
  await expect(admin.getByText("報告期間を作成しました（準備中）。")).toBeVisible();
  await admin
    .getByRole("row")
    .filter({ hasText: "年度末" })
    .getByRole("button", { name: /受付開始/ })
    .click();
  await expect(admin.getByText("受付を開始しました。所管課が報告できるようになりました。")).toBeVisible();

  // The list shows the new edition at once (closing expires the editions' cache).
  await expect(async () => {
    await page.goto("/editions");
    await expect(page.getByRole("link", { name: "令和7年度 上半期の版" })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByText("取組項目").first()).toBeVisible();
  await expectNoViolations(page);

  await page.getByRole("link", { name: "令和7年度 上半期の版" }).click();
  await page.waitForURL(/\/editions\/2025-first_half$/);
  await page.reload();
  await expect(page).toHaveURL(/\/editions\/2025-first_half$/);
  await expect(page.getByRole("heading", { level: 1, name: "令和7年度 上半期の版" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "前回の版からの変更" })).toBeVisible();
  await expect(page.getByText(/最初の版のため/)).toBeVisible();
  const newlyReported = page.getByRole("region", { name: "新たに報告（1件）" });
  await expect(newlyReported.getByRole("link", { name: /No\.42 / })).toHaveAttribute("href", "/items/42");
  await expect(newlyReported).toContainText("実施中、評価 B 概ね順調、進捗率 30%");
  const table = page.getByRole("table", { name: /取組項目ごとの進捗状況（全118件）/ });
  await expect(table.getByRole("row")).toHaveCount(119);
  const row42 = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "42", exact: true }) });
  await expect(row42).toContainText("実施中");
  await expect(row42).toContainText("30%");
  await expectNoViolations(page);
});

test("an edition that does not exist is not found", async ({ page }) => {
  const response = await page.goto("/editions/2024-first_half");
  expect(response?.status()).toBe(404);
  const malformed = await page.goto("/editions/latest");
  expect(malformed?.status()).toBe(404);
});
