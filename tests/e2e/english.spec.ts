import { expect, type Page, test } from "./support";

// In the English UI the plan's own words stay Japanese; screen readers must read them as Japanese
// (WCAG 3.1.2): every text with kana or kanji inside `scope` sits in an element with lang="ja".
// Charts are hidden from assistive technology (their tables carry the words) and are skipped.
async function unmarkedJapanese(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluateAll((roots) => {
    const found: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        const parent = node.parentElement;
        if (!parent || parent.closest("script, style, template, [aria-hidden='true']")) continue;
        if (
          /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Han}]/u.test(text) &&
          parent.closest("[lang]")?.getAttribute("lang") !== "ja"
        )
          found.push(text.trim().slice(0, 40));
      }
    }
    return found;
  });
}

const ENGLISH_PAGES = [
  "/en",
  "/en/vision",
  "/en/items",
  "/en/items/44",
  "/en/dashboard",
  "/en/dashboard?group=bureau",
  "/en/departments",
  "/en/departments/02",
  "/en/editions",
  "/en/comments",
  "/en/council",
  "/en/opendata",
  "/en/accessibility",
];

test("every public English page marks the plan's Japanese words, header and footer included", async ({ page }) => {
  for (const path of ENGLISH_PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect(await unmarkedJapanese(page, "body"), path).toEqual([]);
  }
  // The filters offer the plan's areas, directions, bureaus and sections in Japanese.
  await page.goto("/en/items");
  await expect(page.locator('select[name="section"] optgroup[lang="ja"]').first()).toBeAttached();
});

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
  await page.goto("/en/vision");
  // The timeline of the plan period counts fiscal years too, on its axis and in its bars.
  await expect(page.locator("figure").getByText("FY2024", { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "FY2024–FY2028" })).toBeAttached();
  for (const path of ["/en", "/en/items", "/en/items/44", "/en/dashboard", "/en/editions", "/en/accessibility"]) {
    await page.goto(path);
    // The portal's own dates (令和8年12月3日, 令和6年度); the plan's words may quote 和暦 themselves.
    expect(await unmarkedJapanese(page, "main"), path).not.toContainEqual(
      expect.stringMatching(/(令和|平成)(\d+|元)年(\d+月\d+日|度)/),
    );
  }
});
