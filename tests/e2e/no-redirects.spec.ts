import { expect, pageAs, test } from "./support";

// Loading and hydrating a page makes no redirected request (the router's prefetches included) and
// leaves none open: a phone on a slow line pays for every extra round trip.
const PUBLIC_PAGES = ["/", "/items", "/items/44", "/dashboard", "/departments/02", "/vision", "/en/items"];

function watchRedirects(page: import("@playwright/test").Page): string[] {
  const redirects: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 300 && response.status() < 400) redirects.push(`${response.status()} ${response.url()}`);
  });
  return redirects;
}

test("public pages load without a redirected request", async ({ page }) => {
  const redirects = watchRedirects(page);
  for (const path of PUBLIC_PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(redirects).toEqual([]);
});

test("signed-in pages load without a redirected request", async ({ browser }) => {
  const page = await pageAs(browser, "admin@example.jp");
  const redirects = watchRedirects(page);
  for (const path of ["/staff", "/staff/review", "/staff/items"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(redirects).toEqual([]);
});
