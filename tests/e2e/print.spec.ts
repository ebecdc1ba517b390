import { expect, test } from "./support";

// Public pages print on A4 (186 mm of width inside the margins, ≈ 703 CSS px): no menus, back
// links, filter forms or footer; every table whole inside the page; collapsed sections open.
const PRINTED = ["/", "/items", "/items/44", "/dashboard", "/departments/02", "/vision", "/editions", "/council"];

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: "print" });
});

for (const path of PRINTED) {
  test(`${path} prints without navigation and with its tables whole`, async ({ page }) => {
    await page.goto(path);
    for (const nav of await page.locator("nav").all()) await expect(nav).toBeHidden();
    await expect(page.locator("body > footer")).toBeHidden();
    await expect(page.getByRole("search")).toHaveCount(0);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll("table")]
        .filter((table) => table.getBoundingClientRect().right > width + 1 && table.closest(".sr-only") === null)
        .map((table) => table.querySelector("caption")?.textContent?.trim() ?? "table");
      return { page: document.documentElement.scrollWidth - width, wide };
    });
    expect(overflow).toEqual({ page: 0, wide: [] });
  });
}

test("the dashboard prints its collapsed tables open", async ({ page }) => {
  await page.goto("/dashboard");
  const collapsed = page.locator("details table");
  expect(await collapsed.count()).toBeGreaterThan(0);
  for (const table of await collapsed.all()) await expect(table).toBeVisible();
  // And on screen they stay collapsed.
  await page.emulateMedia({ media: "screen" });
  await expect(collapsed.first()).toBeHidden();
});
