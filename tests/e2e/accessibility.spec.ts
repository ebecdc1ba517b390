import { expect, expectNoViolations, test } from "./support";

const PAGES = [
  "/",
  "/vision",
  "/items",
  "/items?area=%E8%B2%A1%E6%94%BF%E3%81%AE%E6%94%B9%E9%9D%A9&q=%E3%82%AD%E3%83%A3%E3%83%83%E3%82%B7%E3%83%A5%E3%83%AC%E3%82%B9",
  "/items/44",
  "/items/49",
  "/items/118",
  "/comments",
  "/council",
  "/accessibility",
  "/items/999",
  "/en",
  "/en/items",
];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    // A public page must not have been sent to the login page.
    expect(new URL(page.url()).pathname).toBe(new URL(path, page.url()).pathname);
    await expectNoViolations(page);
  });
}

test("the skip link moves keyboard focus to the main content", async ({ page }) => {
  await page.goto("/items");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "本文へ移動" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});
