import { expect, expectNoViolations, type Page, pageAs, test } from "./support";

// 税務課's items 43 and 56 (other specs use 42 and 44). The spec ends with both published, so
// 「承認済みをすべて公開」 in later specs publishes only their own reports.

test.describe.configure({ mode: "serial" });

/** Fills the report form with what a submission needs and submits it. */
async function submitReport(editor: Page, itemNumber: number, achievement: string) {
  await editor.goto(`/staff/items/${itemNumber}/report`);
  await editor.getByLabel("進捗状況").selectOption("in_progress");
  await editor.getByRole("radio", { name: /^B/ }).check();
  await editor.getByLabel("進捗率").fill("30");
  await editor.getByLabel("実績").fill(achievement);
  await editor.getByRole("button", { name: "提出", exact: true }).click();
  await expect(editor.getByText("報告を提出しました。事務局の審査をお待ちください。")).toBeVisible();
}

test("an editor withdraws a submission, then the secretariat approves and publishes several at once", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const editor = await pageAs(browser, "zeimu@example.jp");

  // 提出を取り消す: the report is a draft again and can be edited at once.
  await submitReport(editor, 56, `口座振替の案内を送付した（e2e ${stamp}）`);
  await editor.getByRole("button", { name: "提出を取り消す" }).click();
  await expect(editor.getByText("提出を取り消しました。報告は下書きに戻りました。")).toBeVisible();
  await expect(editor.getByRole("button", { name: "提出を取り消す" })).toHaveCount(0);
  await editor.getByLabel("実績").fill(`口座振替の案内を送付し、申込が増えた（e2e ${stamp}）`);
  await editor.getByRole("button", { name: "提出", exact: true }).click();
  await expect(editor.getByText("報告を提出しました。事務局の審査をお待ちください。")).toBeVisible();
  await submitReport(editor, 43, `納税通知書の電子送付を開始した（e2e ${stamp}）`);

  // The secretariat narrows the queue to 税務課 …
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.goto("/staff/review");
  await admin.getByLabel("所管部署").selectOption({ label: "税務課" });
  await admin.getByRole("button", { name: "絞り込む" }).click();
  await expect(admin).toHaveURL(/section=\d+/);
  const submitted = admin.getByRole("region", { name: /^審査待ちの報告/ });
  await expect(submitted.getByRole("article", { name: /^No\.43 / })).toBeVisible();
  await expect(submitted.getByRole("article", { name: /^No\.56 / })).toBeVisible();
  await expect(submitted.getByRole("article")).toHaveCount(2);
  await expectNoViolations(admin);

  // … selects every report shown and approves them with one press.
  await admin.getByRole("button", { name: "表示中の2件をすべて選択" }).click();
  await expect(admin.getByLabel(/^No\.43 .* を承認の対象に選ぶ$/)).toBeChecked();
  await expect(admin.getByLabel(/^No\.56 .* を承認の対象に選ぶ$/)).toBeChecked();
  await admin.getByRole("button", { name: "選択した報告を承認" }).click();
  await expect(admin.getByText("2件の報告を承認しました。")).toBeVisible();
  await expect(submitted.getByRole("article")).toHaveCount(0);

  // 公開 names what it publishes and asks for confirmation first.
  const publishAll = admin.locator("form").filter({ has: admin.getByRole("button", { name: "承認済みをすべて公開" }) });
  // In the order of submission: 56 was submitted again before 43.
  await expect(publishAll.getByRole("listitem")).toHaveText([/^No\.56 /, /^No\.43 /]);
  await publishAll.getByLabel("上記の2件の報告を公開することを確認しました").check();
  await publishAll.getByRole("button", { name: "承認済みをすべて公開" }).click();
  await expect(admin.getByText("2件の報告を公開しました。")).toBeVisible();

  await expect(async () => {
    await page.goto("/items/56");
    await expect(page.getByText(`口座振替の案内を送付し、申込が増えた（e2e ${stamp}）`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
});
