import { expect, test, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-pass-2026";

/** Signs in through the real login form and waits for the person's home (staff, or the council's dashboard). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/(?:staff|council\/dashboard)$/);
}

/** A page in a fresh browser context (its own cookies), signed in as `email`. */
export async function pageAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "ja-JP", timezoneId: "Asia/Tokyo" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}
