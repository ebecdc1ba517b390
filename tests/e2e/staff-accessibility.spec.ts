import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pageAs } from "./support";

const ADMIN_PAGES = [
  "/staff",
  "/staff/items/44/report",
  "/staff/review",
  "/staff/periods",
  "/staff/users",
  "/staff/audit",
  "/staff/items",
  "/staff/items/44/edit",
];

async function expectNoViolations(page: import("@playwright/test").Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}

test("axe finds no violations on the login page", async ({ page }) => {
  await page.goto("/login");
  await expectNoViolations(page);
});

test("axe finds no violations on the signed-in pages", async ({ browser }) => {
  test.setTimeout(180_000);
  const admin = await pageAs(browser, "admin@example.jp");
  for (const path of ADMIN_PAGES) {
    await test.step(path, async () => {
      await admin.goto(path);
      await expectNoViolations(admin);
    });
  }
  const editor = await pageAs(browser, "zeimu@example.jp");
  for (const path of ["/staff", "/staff/items/44/report", "/staff/items/1/report"]) {
    await test.step(`editor ${path}`, async () => {
      await editor.goto(path);
      await expectNoViolations(editor);
    });
  }
});
