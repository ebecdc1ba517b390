import { expect, expectNoViolations, pageAs, test } from "./support";

// Runs after the reporting workflow (file order): 税務課 has had item 44 returned, so its editor
// has unread notifications, and the open period has reports in several states.

test("the secretariat follows submissions per section and opens the items behind a count", async ({ browser }) => {
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.getByRole("link", { name: "提出状況" }).click();
  await expect(admin).toHaveURL(/\/staff\/tracker$/);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("提出状況");
  const table = admin.getByRole("table", { name: /の部局・所管部署別の提出状況$/ });
  const zeimu = table.getByRole("row").filter({ has: admin.getByRole("rowheader", { name: "税務課", exact: true }) });
  // 税務課 reports on items 42, 43, 44 and 56.
  await expect(zeimu.getByRole("cell").first()).toHaveText("4");
  await expect(table.locator("tfoot").getByRole("cell").first()).toHaveText("118");
  await expectNoViolations(admin);

  // A count leads to the items it counts.
  await zeimu.getByRole("link").first().click();
  await expect(admin).toHaveURL(/\/staff\/tracker#section-\d+-\w+$/);
  const list = admin.locator(":target");
  await expect(list.getByRole("link").first()).toHaveText(/^No\.(42|43|44|56) /);

  // Only the sections that still owe reports: every listed section has one not yet submitted.
  await admin.getByLabel("未提出のある部署のみ表示").check();
  await admin.getByRole("button", { name: "表示する" }).click();
  await expect(admin).toHaveURL(/unsubmitted=1/);
  const unsubmitted = table.locator("tbody tr td:last-child");
  await expect(unsubmitted.first()).toBeVisible();
  for (const text of await unsubmitted.allTextContents()) expect(Number(text)).toBeGreaterThan(0);
});

test("an editor sees their own section only, reads their notifications and turns the optional mails off", async ({
  browser,
}) => {
  const editor = await pageAs(browser, "zeimu@example.jp");
  await editor.goto("/staff/tracker");
  const table = editor.getByRole("table", { name: /の部局・所管部署別の提出状況$/ });
  await expect(table.locator("tbody").getByRole("rowheader")).toHaveText([/（部局計）$/, "税務課"]);

  // The header counts the unread notifications and leads to them.
  await editor.getByRole("link", { name: /未読のお知らせ \d+件/ }).click();
  await expect(editor).toHaveURL(/\/staff\/notifications$/);
  await expect(editor.getByRole("heading", { level: 2, name: /^お知らせ一覧（未読[1-9]\d*件）$/ })).toBeVisible();
  await expect(editor.getByRole("heading", { level: 3, name: /^【差戻し】No\.44 / }).first()).toBeVisible();
  await expectNoViolations(editor);

  await editor.getByRole("button", { name: "すべて既読にする" }).click();
  await expect(editor.getByRole("heading", { level: 2, name: "お知らせ一覧（未読0件）" })).toBeVisible();
  await expect(editor.getByRole("link", { name: /未読のお知らせ/ })).toHaveCount(0);

  const optional = editor.getByLabel(/その他のお知らせ（受付開始・提出・公開・締切）もメールで受け取る/);
  await expect(optional).toBeChecked();
  await optional.uncheck();
  await editor.getByRole("button", { name: "設定を保存" }).click();
  await expect(editor.getByText("その他のお知らせはメールで送りません。")).toBeVisible();
  await editor.reload();
  await expect(optional).not.toBeChecked();
  await optional.check();
  await editor.getByRole("button", { name: "設定を保存" }).click();
  await expect(editor.getByText("その他のお知らせもメールで送ります。")).toBeVisible();
});
