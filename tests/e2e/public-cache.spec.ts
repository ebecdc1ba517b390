import { expect, test } from "./support";

// The public lists are served from cache; their filters go to a per-request twin
// (lib/http/page-cache.ts). Both answer with headers a reverse proxy can cache by.
const CACHED = ["/items", "/en/items", "/dashboard", "/departments", "/departments/02", "/items/44", "/"];

test("the public pages come from Next's cache, with a header a proxy can keep them by", async ({ request }) => {
  for (const path of CACHED) {
    await request.get(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(["HIT", "STALE"], path).toContain(response.headers()["x-nextjs-cache"]);
    expect(response.headers()["cache-control"], path).toMatch(/^s-maxage=10, stale-while-revalidate=\d+$/);
  }
});

test("a filter or an order is rendered per request and cacheable for seconds", async ({ page, request }) => {
  for (const path of [
    "/items?q=税務課",
    "/items?sort=progress",
    "/dashboard?group=bureau",
    "/departments/02?period=x",
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["x-nextjs-cache"], path).toBeUndefined();
    expect(response.headers()["cache-control"], path).toBe("public, max-age=0, s-maxage=10, stale-while-revalidate=60");
  }
  // An empty form field and parameters the page does not read leave the cached page.
  for (const path of ["/items?q=&area=", "/items?utm_source=kouhou"]) {
    expect((await request.get(path)).headers()["x-nextjs-cache"], path).toBeDefined();
  }

  // A citizen filters from the cached page; the address is the one to share. Hiragana and
  // half-width katakana find what full-width katakana finds.
  const results = page.locator("#results-heading");
  await page.goto("/items?q=デジタル");
  await expect(results).toHaveText(/^118件中 \d+件が該当$/);
  const found = await results.textContent();
  await page.goto("/items");
  await expect(results).toHaveText("118件の取組項目");
  await page.getByLabel("キーワード").fill("でじたる");
  await page.getByRole("button", { name: "この条件で表示" }).click();
  await expect(page).toHaveURL(/\/items\?q=%E3%81%A7%E3%81%98%E3%81%9F%E3%82%8B/);
  await expect(results).toHaveText(found!);
  await page.getByLabel("並び順").selectOption({ label: "報告の新しい順" });
  await page.getByRole("button", { name: "この条件で表示" }).click();
  await expect(page).toHaveURL(/sort=updated/);
  await expect(results).toHaveText(found!);
  await expect(page.getByLabel("並び順")).toHaveValue("updated");
  await page.goto("/items?q=ﾃﾞｼﾞﾀﾙ");
  await expect(results).toHaveText(found!);
});

test("the twins have no address of their own", async ({ request }) => {
  const response = await request.get("/query/items?q=税務課", { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(response.headers().location).toBe("/items?q=%E7%A8%8E%E5%8B%99%E8%AA%B2");
  expect((await request.get("/en/query/dashboard", { maxRedirects: 0 })).headers().location).toBe("/en/dashboard");
});
