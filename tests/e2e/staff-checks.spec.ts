import { approveAndPublish, expect, expectNoViolations, pageAs, test } from "./support";

// 業務改善・DX推進課's item 36, which no other spec reports on. The spec publishes its own report
// before it ends, so later specs' 「承認済みをすべて公開」 publish only theirs.

test("a report marked 完了 at 80 % is flagged; the secretariat explains it and the public sees both", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  const explanation = `残る1会議室のモニター設置は3月に完了する見込みです（e2e ${stamp}）`;
  const admin = await pageAs(browser, "admin@example.jp");

  // The secretariat reports for the section (it may), approves and publishes.
  await admin.goto("/staff/items/36/report");
  await admin.getByLabel("進捗状況").selectOption("completed");
  await admin.getByRole("radio", { name: /^A/ }).check();
  await admin.getByLabel("進捗率").fill("80");
  await admin.getByLabel("実績").fill(`ペーパーレス会議を全庁の定例会議で開始した（e2e ${stamp}）`);
  await admin.getByRole("button", { name: "提出", exact: true }).click();
  await expect(admin.getByText(/報告を提出しました。/)).toBeVisible();
  await approveAndPublish(admin, 36, 1);

  // 整合性チェック lists it with the figure that disagrees, and takes an explanation.
  await admin.getByRole("navigation", { name: "職員メニュー" }).getByRole("link", { name: "整合性チェック" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "整合性チェック" })).toBeVisible();
  const card = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: /^No\.36 / }) });
  await expect(card).toContainText("進捗状況は「完了」ですが、進捗率が100%未満です");
  await expect(card).toContainText("進捗率 80%");
  await expect(card).toContainText("事務局の説明はまだありません。");
  await expectNoViolations(admin);
  // Spaces only pass the browser's required check and are refused by the server, in words.
  await card.getByLabel("説明").fill("　 ");
  await card.getByRole("button", { name: /^説明を保存/ }).click();
  await expect(card.getByText("説明を入力してください。")).toBeVisible();
  await card.getByLabel("説明").fill(explanation);
  await card.getByRole("button", { name: /^説明を保存/ }).click();
  await expect(admin.getByRole("status").filter({ hasText: "説明を保存しました。" })).toBeVisible();
  await expect(card.getByRole("button", { name: /^説明を更新/ })).toBeVisible();

  // A citizen sees the finding and the explanation on the item's page within seconds, and the
  // dashboard counts it.
  await expect(async () => {
    await page.goto("/items/36");
    await expect(page.getByText(explanation)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const checks = page.getByRole("region", { name: "整合性チェック" });
  await expect(checks).toContainText("進捗状況は「完了」ですが、進捗率が100%未満です");
  await expect(checks).toContainText(/事務局の説明（令和\d+年\d+月\d+日）/);
  await expectNoViolations(page);
  await page.goto("/dashboard");
  const counts = page.getByRole("table", { name: /^整合性チェックの種類別の件数/ });
  await expect(counts.getByRole("row", { name: /進捗率が100%未満/ })).toContainText("1");
  // The API reads its own cache entry, which another read may still find stale (at most
  // CROSS_INSTANCE_SECONDS, 10 s): within seconds, as the pages.
  await expect(async () => {
    const summary = await (await page.request.get("/api/v1/summary")).json();
    expect(summary.checks).toContainEqual({ kind: "completed_below_full", label: "完了だが進捗率100%未満", items: 1 });
  }).toPass({ timeout: 25_000 });
});
