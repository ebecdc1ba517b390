import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  test as base,
  expect,
  type Page,
} from "@playwright/test";

export { expect, type Locator, type Page } from "@playwright/test";

/** The CSP violations of the current test, from every context it opened through these fixtures. */
const cspViolations: string[] = [];

/**
 * Reports each Content-Security-Policy violation of the context's pages: the document's
 * `securitypolicyviolation` event through a binding, and the browser's console report (which also
 * covers violations the page's scripts never see, such as a refused frame).
 */
async function watchCsp(context: BrowserContext) {
  await context.exposeBinding("__cspViolation", ({ page }, text: string) => {
    cspViolations.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
      const report = (window as unknown as { __cspViolation: (text: string) => void }).__cspViolation;
      report(`${event.effectiveDirective} refused ${event.blockedURI || "inline"}${where}`);
    });
  });
  context.on("console", (message) => {
    if (message.text().includes("Content Security Policy")) cspViolations.push(message.text());
  });
}

/**
 * Playwright's `test`, failing any test whose pages met a CSP violation: the `context` (and so
 * `page`) fixture and the contexts made by `newContext` are watched.
 */
export const test = base.extend<{ noCspViolations: undefined }>({
  context: async ({ context }, use) => {
    await watchCsp(context);
    await use(context);
  },
  noCspViolations: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      cspViolations.length = 0;
      await use(undefined);
      expect(cspViolations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = "demo-pass-2026";

/** The demo accounts the specs act as once signed in; `auth.setup.ts` saves a session for each. */
export const SAVED_ACCOUNTS = ["admin@example.jp", "zeimu@example.jp", "council@example.jp"] as const;
export type SavedAccount = (typeof SAVED_ACCOUNTS)[number];

/** Where a person lands after signing in. */
export function homeOf(email: string): string {
  return email.startsWith("council@") ? "/council/dashboard" : "/staff";
}

/** The saved session of an account (under test-results/, which is gitignored). */
export function storageStateOf(email: SavedAccount): string {
  return path.join("test-results", ".auth", `${email.split("@")[0]}.json`);
}

/** Signs in through the real login form and waits for the person's home (staff, or the council's dashboard). */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("メールアドレス").fill(email);
  await page.getByLabel("パスワード").fill(password);
  await page.getByRole("button", { name: "ログイン" }).click();
  await expect(page).toHaveURL(/\/(?:staff|council\/dashboard)$/);
}

/**
 * A fresh browser context (its own cookies) with the browser's defaults of these specs; `device`
 * emulates a phone (Playwright's `devices`) in a spec that otherwise runs on the desktop.
 */
export async function newContext(browser: Browser, storageState?: string, device?: BrowserContextOptions) {
  const context = await browser.newContext({
    ...device,
    baseURL: test.info().project.use.baseURL,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    storageState,
  });
  await watchCsp(context);
  return context;
}

/**
 * A page in a fresh browser context with the saved session of `email`, at that person's home.
 * Signing out ends every session of a person, the saved one too: a spec that signs out signs in
 * through the form (`signIn`) with an account that is not saved.
 */
export async function pageAs(browser: Browser, email: SavedAccount): Promise<Page> {
  const context = await newContext(browser, storageStateOf(email));
  const page = await context.newPage();
  await page.goto(homeOf(email));
  await expect(page).toHaveURL(new RegExp(`${homeOf(email)}$`));
  return page;
}

/** The WCAG 2.2 A/AA rules and axe's best practices, which every page must pass. */
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * Runs axe on the page once it has its title (after a client-side navigation Next sets the title
 * when the page's metadata arrives, which may be after the heading is visible); a failure lists
 * each violation with the elements it found.
 */
export async function expectNoViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

/**
 * The secretariat approves item `number`'s submitted report on the review page, then publishes
 * every approved report. With `published`, the number of reports it must have published (a spec
 * that expects to publish only its own says 1).
 */
export async function approveAndPublish(admin: Page, number: number, published?: number) {
  await admin.goto("/staff/review");
  await admin
    .getByRole("article", { name: new RegExp(`^No\\.${number} `) })
    .getByRole("button", { name: "承認" })
    .click();
  await expect(admin.getByText(/承認しました。/)).toBeVisible();
  await admin.getByLabel(/^上記の\d+件の報告を公開することを確認しました/).check();
  await admin.getByRole("button", { name: "承認済みをすべて公開" }).click();
  await expect(
    published === undefined
      ? admin.getByText(/件の報告を公開しました。/).first()
      : admin.getByText(`${published}件の報告を公開しました。`),
  ).toBeVisible();
}
