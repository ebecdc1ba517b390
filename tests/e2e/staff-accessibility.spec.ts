import { expectNoViolations, pageAs, test } from "./support";

const ADMIN_PAGES = [
  "/staff",
  "/staff/items/44/report",
  "/staff/review",
  "/staff/periods",
  "/staff/users",
  "/staff/audit",
  "/staff/items",
  "/staff/items/44/edit",
  "/staff/tracker",
  "/staff/notifications",
  "/staff/voices",
];

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
  for (const path of ["/staff", "/staff/items/44/report", "/staff/items/1/report", "/staff/tracker"]) {
    await test.step(`editor ${path}`, async () => {
      await editor.goto(path);
      await expectNoViolations(editor);
    });
  }
});
