import { approveAndPublish, expect, newContext, pageAs, signIn, test } from "./support";

test.describe.configure({ mode: "serial" });

test("a section reports, the secretariat returns, approves and publishes, the public sees it", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const achievement = `WEB口座振替の案内をホームページに掲載（e2e ${Date.now()}）`;

  // 税務課 writes and submits the report of item 44.
  const editor = await pageAs(browser, "zeimu@example.jp");
  const row44 = editor.getByRole("row", { name: /WEB口座振替受付サービスの推進/ });
  await expect(row44).toContainText("未作成");
  await row44.getByRole("link", { name: /報告を作成/ }).click();
  await expect(editor).toHaveURL(/\/staff\/items\/44\/report$/);
  await expect(editor.getByText("WEB口座振替受付サービスの利用率20%").first()).toBeVisible();
  await editor.getByLabel("進捗状況").selectOption("in_progress");
  await editor.getByRole("radio", { name: /^B/ }).check();
  await editor.getByLabel("進捗率").fill("40");
  await editor.getByLabel("実績").fill(achievement);
  await editor.getByRole("button", { name: "提出" }).click();
  await expect(editor.getByText("報告を提出しました。事務局の審査をお待ちください。")).toBeVisible();

  // The same editor cannot open item 1's report (人事課) …
  const refused = await editor.goto("/staff/items/1/report");
  expect(refused?.status()).toBe(403);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("アクセスできません");
  // The refusal keeps the signed-in layout: the staff menu is still there.
  await expect(editor.getByRole("navigation", { name: "職員メニュー" })).toBeVisible();
  await expect(
    editor.getByText("このページを表示する権限がありません。担当外の取組項目や、事務局専用のページは表示できません。"),
  ).toBeVisible();
  await expect(editor.getByLabel("実績")).toHaveCount(0);
  // … nor post to it by changing a form's hidden item number (item 42 is 税務課's too).
  await editor.goto("/staff/items/42/report");
  await editor.waitForLoadState("networkidle");
  await editor.locator('input[name="itemNumber"]').evaluate((input: HTMLInputElement) => {
    input.value = "1";
  });
  await expect(editor.locator('input[name="itemNumber"]')).toHaveValue("1");
  await editor.getByRole("button", { name: "下書き保存" }).click();
  await expect(editor.getByText("この操作を行う権限がありません。")).toBeVisible();

  // The secretariat returns it with a comment.
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.goto("/staff/review");
  const entry = admin.getByRole("article", { name: /^No\.44 / });
  await entry.getByLabel("コメント（差戻しの場合は必須）").fill("実績の数値（申込件数）を追記してください。");
  await entry.getByRole("button", { name: "差戻し" }).click();
  await expect(admin.getByText(/差し戻しました。/)).toBeVisible();

  // The editor sees why, fixes and resubmits.
  await editor.goto("/staff");
  const returned = editor.getByRole("row", { name: /WEB口座振替受付サービスの推進/ });
  await expect(returned).toContainText("差戻し");
  await expect(editor.getByText(/実績の数値（申込件数）を追記してください。/).first()).toBeVisible();
  await returned.getByRole("link", { name: /報告を編集/ }).click();
  await expect(editor.getByText(/実績の数値（申込件数）を追記してください。/).first()).toBeVisible();
  await editor.getByLabel("実績").fill(`${achievement}。申込件数 1,234件。`);
  await editor.getByRole("button", { name: "提出" }).click();
  await expect(editor.getByText("報告を提出しました。事務局の審査をお待ちください。")).toBeVisible();

  // The secretariat approves and publishes.
  await approveAndPublish(admin, 44, 1);

  // An anonymous visitor sees it within seconds on the item page, the list and the API.
  await expect(async () => {
    await page.goto("/items/44");
    await expect(page.getByText(`${achievement}。申込件数 1,234件。`)).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 5_000 });
  await expect(page.getByText("実施中").first()).toBeVisible();
  // The API reads its own cache entry, which another read may still find stale (at most
  // CROSS_INSTANCE_SECONDS, 10 s): within seconds, as the pages.
  await expect(async () => {
    const api = await page.request.get("/api/v1/items/44");
    expect(await api.json()).toMatchObject({ status: "実施中", evaluation: "B 概ね順調", progressPercent: 40 });
  }).toPass({ timeout: 25_000 });
  await page.goto("/items?status=in_progress");
  await expect(page.getByRole("link", { name: /WEB口座振替受付サービスの推進/ })).toBeVisible();
  await page.goto("/items?sort=progress");
  await expect(page.getByRole("article", { name: /WEB口座振替受付サービスの推進/ })).toContainText("進捗率 40%");
  // … and in the dashboard's and the summary API's roll-ups.
  await page.goto("/dashboard");
  await expect(
    page
      .getByRole("region", { name: "全体の進捗状況" })
      .getByText(/実施中\d+件/)
      .first(),
  ).toBeVisible();
  const summary = await (await page.request.get("/api/v1/summary")).json();
  expect(summary.overall.byStatus.実施中).toBeGreaterThanOrEqual(1);
  expect(Object.values(summary.overall.byStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(118);
  const department = summary.bureaus.find((b: { code: string }) => b.code === "02");
  expect(department.byStatus.実施中).toBeGreaterThanOrEqual(1);
  await page.goto("/departments/02");
  const row = page.getByRole("row").filter({ hasText: "WEB口座振替受付サービスの推進" });
  await expect(row).toContainText("実施中");
  await expect(row).toContainText("40%");
});

test("signing out ends the session even for a copied cookie", async ({ browser }) => {
  // Signing out ends every session of the person: a fresh sign-in of an account no other spec uses.
  const editor = await (await newContext(browser)).newPage();
  await signIn(editor, "dx@example.jp");
  const cookies = await editor.context().cookies();
  await editor.getByRole("button", { name: "ログアウト" }).click();
  await expect(editor).toHaveURL(/\/login/);

  const thief = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  await thief.addCookies(cookies);
  const page = await thief.newPage();
  await page.goto("/staff");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong password gets the same answer as an unknown account", async ({ page }) => {
  for (const email of ["zeimu@example.jp", "nobody@example.jp"]) {
    await page.goto("/login");
    await page.getByLabel("メールアドレス").fill(email);
    await page.getByLabel("パスワード").fill("wrong-password-123");
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "メールアドレスまたはパスワードが正しくありません。" }),
    ).toBeVisible();
  }
});

test("anonymous visitors are sent to the login page", async ({ page }) => {
  await page.goto("/staff/review");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fstaff%2Freview/);
  await page.getByLabel("メールアドレス").fill("admin@example.jp");
  await page.getByLabel("パスワード").fill("demo-pass-2026");
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/staff\/review$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("報告の審査・公開");
});
