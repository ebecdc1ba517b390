import { expect, type Page, test } from "./support";

// In the English UI the plan's own words stay Japanese; screen readers must read them as Japanese
// (WCAG 3.1.2): every text with kana or kanji inside `scope` sits in an element with lang="ja".
async function unmarkedJapanese(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluateAll((roots) => {
    const found: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        if (
          /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(text) &&
          node.parentElement?.closest("[lang]")?.getAttribute("lang") !== "ja"
        )
          found.push(text.trim().slice(0, 40));
      }
    }
    return found;
  });
}

test("the English item list and item page mark the plan's Japanese words", async ({ page }) => {
  await page.goto("/en/items");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  expect(await page.locator("ol[aria-label] article").count()).toBe(118);
  expect(await unmarkedJapanese(page, "ol[aria-label]")).toEqual([]);
  await expect(page.getByRole("heading", { name: "118 items" })).toBeVisible();

  await page.goto("/en/items/44");
  expect(await unmarkedJapanese(page, "main h1, #target-heading + p")).toEqual([]);
});

test("English pages write dates in the Gregorian calendar", async ({ page }) => {
  await page.goto("/en/items/44");
  await expect(page.getByText(/^FY20\d\d–FY20\d\d$/)).toBeVisible();
  for (const path of ["/en", "/en/items", "/en/items/44", "/en/dashboard", "/en/editions", "/en/accessibility"]) {
    await page.goto(path);
    // The portal's own dates (令和8年12月3日, 令和6年度); the plan's words may quote 和暦 themselves.
    expect(await unmarkedJapanese(page, "main"), path).not.toContainEqual(
      expect.stringMatching(/(令和|平成)(\d+|元)年(\d+月\d+日|度)/),
    );
  }
});
