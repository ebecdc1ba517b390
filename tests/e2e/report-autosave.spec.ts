import { DEMO_PASSWORD, expect, newContext, type Page, pageAs, signIn, test } from "./support";

// 税務課's item 43, which no other spec writes: the report form saves on its own, keeps the text in
// the browser when the server cannot take it, offers it back after signing in again, and refuses
// (never cuts) a text over its limit.
test.describe.configure({ mode: "serial" });

const FORM = "/staff/items/43/report";
const AUTOSAVED = /自動保存しました \d{2}:\d{2}/;

/** The editor on item 43's form, agreeing to leave whenever the page asks (beforeunload, links). */
async function editorOnForm(browser: Parameters<typeof pageAs>[0]): Promise<Page> {
  const editor = await pageAs(browser, "zeimu@example.jp");
  editor.on("dialog", (dialog) => dialog.accept());
  await editor.goto(FORM);
  await expect(editor.getByLabel("実績")).toBeEditable();
  return editor;
}

test("a draft is saved on its own within 10 s of the last change", async ({ browser }) => {
  const editor = await editorOnForm(browser);
  const text = `自動保存の実績（e2e ${Date.now()}）`;
  await editor.getByLabel("実績").fill(text);
  await expect(editor.getByText(AUTOSAVED)).toBeVisible({ timeout: 20_000 });
  await expect(editor.getByText("現在の状態：下書き")).toBeVisible();

  await editor.reload();
  await expect(editor.getByLabel("実績")).toHaveValue(text);
  await expect(editor.getByText("保存されていない入力内容があります")).toHaveCount(0);
  await editor.context().close();
});

/**
 * Ends the session in this browser as a lost cookie does. Prefetches already in flight when the
 * cookies are cleared come back with the slid session cookie, so clear until none has come back.
 */
async function loseSession(page: Page) {
  await expect(async () => {
    await page.context().clearCookies();
    await page.waitForTimeout(500);
    expect(await page.context().cookies()).toEqual([]);
  }).toPass();
}

test("text typed after the session ended is kept in the browser and offered back after signing in again", async ({
  browser,
}) => {
  const editor = await editorOnForm(browser);
  const before = await editor.getByLabel("課題").inputValue();
  const text = `セッション切れの後に入力した課題（e2e ${Date.now()}）`;

  await loseSession(editor);
  await editor.getByLabel("課題").fill(text);
  await editor.getByRole("button", { name: "下書き保存" }).click();
  await expect(
    editor.getByText("ログインの有効期限が切れました。入力内容はこのブラウザに保存しました。").first(),
  ).toBeVisible();
  // Still on the form, with the text as typed: no error page, no silent trip to the login page.
  await expect(editor).toHaveURL(new RegExp(`${FORM}$`));
  await expect(editor.getByLabel("課題")).toHaveValue(text);

  await editor.getByRole("link", { name: "もう一度ログインする" }).first().click();
  await expect(editor).toHaveURL(/\/login\?callbackUrl=/);
  await editor.getByLabel("メールアドレス").fill("zeimu@example.jp");
  await editor.getByLabel("パスワード").fill(DEMO_PASSWORD);
  await editor.getByRole("button", { name: "ログイン" }).click();
  await expect(editor).toHaveURL(new RegExp(`${FORM}$`));

  const offer = editor.getByRole("region", { name: /保存されていない入力内容があります（\d{2}:\d{2}）/ });
  await expect(offer).toBeVisible();
  // Nothing can be changed until the person decides; the form shows what the server has.
  await expect(editor.getByLabel("課題")).toBeDisabled();
  await expect(editor.getByLabel("課題")).toHaveValue(before);
  await offer.getByRole("button", { name: "復元する" }).click();
  await expect(editor.getByLabel("課題")).toHaveValue(text);
  await expect(editor.getByText(AUTOSAVED)).toBeVisible({ timeout: 20_000 });

  await editor.reload();
  await expect(editor.getByLabel("課題")).toHaveValue(text);
  await expect(editor.getByText("保存されていない入力内容があります")).toHaveCount(0);
  await editor.context().close();
});

test("signed out in another window, 下書き保存 keeps the text and says so instead of leaving for the login page", async ({
  browser,
}) => {
  // Signing out ends every session of the person: an account no earlier spec keeps signed in.
  const form = "/staff/items/40/report";
  const editor = await (await newContext(browser)).newPage();
  await signIn(editor, "dx@example.jp");
  editor.on("dialog", (dialog) => dialog.accept());
  await editor.goto(form);
  await expect(editor.getByLabel("実績")).toBeEditable();

  const elsewhere = await (await newContext(browser)).newPage();
  await signIn(elsewhere, "dx@example.jp");
  await elsewhere.getByRole("button", { name: "ログアウト" }).click();
  await expect(elsewhere).toHaveURL(/\/login/);
  await elsewhere.context().close();

  const text = `別の画面でログアウトした後の実績（e2e ${Date.now()}）`;
  await editor.getByLabel("実績").fill(text);
  await editor.getByRole("button", { name: "下書き保存" }).click();
  await expect(
    editor.getByText("ログインの有効期限が切れました。入力内容はこのブラウザに保存しました。").first(),
  ).toBeVisible();
  await expect(editor).toHaveURL(new RegExp(`${form}$`));
  await expect(editor.getByLabel("実績")).toHaveValue(text);
  await editor.context().close();
});

test("while the server cannot be reached the text is kept, and saved once it is back", async ({ browser }) => {
  const editor = await editorOnForm(browser);
  const text = `接続が切れた間の今後の取組（e2e ${Date.now()}）`;

  await editor.context().setOffline(true);
  await editor.getByLabel("今後の取組").fill(text);
  await editor.getByRole("button", { name: "下書き保存" }).click();
  await expect(
    editor.getByText("サーバーに接続できないため、入力内容をこのブラウザに保存しました。").first(),
  ).toBeVisible();
  await expect(editor.getByLabel("今後の取組")).toHaveValue(text);

  await editor.context().setOffline(false);
  await editor.getByRole("button", { name: "下書き保存" }).click();
  await expect(editor.getByText("下書きを保存しました。")).toBeVisible();
  await editor.reload();
  await expect(editor.getByLabel("今後の取組")).toHaveValue(text);
  await expect(editor.getByText("保存されていない入力内容があります")).toHaveCount(0);
  await editor.context().close();
});

test("a text over its limit is counted, refused with a message and kept whole — never cut", async ({ browser }) => {
  const editor = await editorOnForm(browser);
  const long = "あ".repeat(2150);
  await editor.getByLabel("実績").fill(long);
  await expect(editor.getByText("2,150 / 2,000字（150字超過）")).toBeVisible();
  await expect(editor.getByLabel("実績")).toHaveValue(long);

  await editor.getByRole("button", { name: "下書き保存" }).click();
  await expect(editor.getByText("入力内容に誤りがあります。各項目のメッセージを確認してください。")).toBeVisible();
  await expect(editor.getByText(/上限の文字数を超えています。/).first()).toBeVisible();
  await expect(editor.getByLabel("実績")).toHaveValue(long);

  // Nothing was saved; the refused text is kept in the browser and offered on the next visit.
  await editor.reload();
  const offer = editor.getByRole("region", { name: /保存されていない入力内容があります/ });
  await expect(offer).toBeVisible();
  await expect(editor.getByLabel("実績")).not.toHaveValue(long);
  await offer.getByRole("button", { name: "破棄する" }).click();
  await expect(offer).toHaveCount(0);
  await expect(editor.getByLabel("実績")).toBeEditable();
  await editor.reload();
  await expect(editor.getByText("保存されていない入力内容があります")).toHaveCount(0);
  await editor.context().close();
});
