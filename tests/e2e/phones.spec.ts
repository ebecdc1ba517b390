import type { Browser } from "@playwright/test";
import { expect, newContext, type SavedAccount, storageStateOf, test } from "./support";

// No page scrolls sideways on a 320 px or 390 px wide phone (WCAG 1.4.10): wide tables scroll in
// their own region. `scrollWidth` of the document is compared with its `clientWidth` in a plain
// narrow window: mobile emulation would widen the layout viewport to the content and hide it.
const PUBLIC = [
  "/",
  "/vision",
  "/items",
  "/items?q=税務課&sort=progress",
  "/items/44",
  "/items/118",
  "/dashboard",
  "/dashboard?group=bureau",
  "/departments",
  "/departments/02",
  "/editions",
  "/comments",
  "/council",
  "/opendata",
  "/accessibility",
  "/login",
  "/items/999",
  "/en",
  "/en/vision",
  "/en/items",
  "/en/dashboard",
];
const SIGNED_IN: Record<SavedAccount, string[]> = {
  "admin@example.jp": [
    "/staff",
    "/staff/review",
    "/staff/items",
    "/staff/items/44/edit",
    "/staff/periods",
    "/staff/users",
    "/staff/audit",
    "/staff/indicators",
    "/staff/checks",
    "/staff/findings",
    "/staff/tracker",
    "/staff/opinions",
    "/staff/voices",
    "/staff/notifications",
    "/staff/plan/import",
    "/staff/surveys/import",
  ],
  "zeimu@example.jp": ["/staff", "/staff/items/44/report", "/staff/voices"],
  "council@example.jp": ["/council/dashboard", "/council/opinions", "/council/report"],
};

async function overflowing(browser: Browser, width: number, paths: string[], account?: SavedAccount) {
  const context = await newContext(browser, account ? storageStateOf(account) : undefined);
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const wide: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const { scroll, client } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    if (scroll > client) wide.push(`${path}: ${scroll} px in ${client} px`);
  }
  await context.close();
  return wide;
}

for (const width of [320, 390]) {
  test(`no public page scrolls sideways at ${width} px`, async ({ browser }) => {
    expect(await overflowing(browser, width, PUBLIC)).toEqual([]);
  });

  test(`no signed-in page scrolls sideways at ${width} px`, async ({ browser }) => {
    const wide: string[] = [];
    for (const [account, paths] of Object.entries(SIGNED_IN) as [SavedAccount, string[]][]) {
      wide.push(...(await overflowing(browser, width, paths, account)));
    }
    expect(wide).toEqual([]);
  });
}
