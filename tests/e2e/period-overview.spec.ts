import { expect, expectNoViolations, pageAs, test } from "./support";

// Reads only: the demo's first period (令和7年度 上半期) exists whatever the specs before this one
// did, and each 税務課 item is listed either with its report or among the items not reported.

const ZEIMU_ITEMS = [42, 43, 44, 56];

test("the secretariat reads a period's reports, filters them to 税務課 and prints them without the site's chrome", async ({
  browser,
}) => {
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.goto("/staff/periods");
  await admin
    .getByRole("row")
    .filter({ hasText: "上半期" })
    .getByRole("link", { name: /^報告一覧/ })
    .click();
  await expect(admin).toHaveURL(/\/staff\/periods\/2025-first_half\/reports$/);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("令和7年度 上半期の報告一覧");
  await expect(admin.getByText(/^全118件のうち118件を表示しています/)).toBeVisible();

  const filter = admin.getByRole("search", { name: "報告の絞り込み" });
  await filter.getByLabel("所管部署").selectOption("税務課");
  await filter.getByRole("button", { name: "表示する" }).click();
  await expect(admin).toHaveURL(/[?&]section=/);
  expect(new URL(admin.url()).searchParams.get("section")).toBe("税務課");
  await expect(filter.getByLabel("所管部署")).toHaveValue("税務課");
  await expect(admin.getByText(/^全118件のうち4件を表示しています/)).toBeVisible();
  for (const number of ZEIMU_ITEMS) {
    const name = new RegExp(`^No\\.${number} `);
    const reported = admin.getByRole("heading", { level: 3, name });
    const notReported = admin.getByRole("listitem").filter({ hasText: name });
    await expect(reported.or(notReported)).toHaveCount(1);
  }
  await expect(admin.getByRole("heading", { level: 3, name: /^No\.1 / })).toHaveCount(0);
  await expectNoViolations(admin);

  // On paper: no header, footer, staff menu, filter or button; the chosen filter is written out.
  await admin.emulateMedia({ media: "print" });
  await expect(admin.getByRole("banner")).toBeHidden();
  await expect(admin.getByRole("contentinfo")).toBeHidden();
  await expect(admin.getByRole("button", { name: "ログアウト" })).toBeHidden();
  await expect(filter).toBeHidden();
  await expect(admin.getByRole("button", { name: "印刷する" })).toBeHidden();
  await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(admin.getByRole("definition").filter({ hasText: /^税務課$/ })).toBeVisible();
  const pdf = await admin.pdf({ format: "A4", preferCSSPageSize: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
  await admin.emulateMedia({ media: "screen" });

  const unknown = await admin.goto("/staff/periods/2024-year_end/reports");
  expect(unknown?.status()).toBe(404);
  await admin.context().close();
});

test("an editor and a council member get the forbidden notice", async ({ browser }) => {
  for (const account of ["zeimu@example.jp", "council@example.jp"] as const) {
    const page = await pageAs(browser, account);
    await page.goto("/staff/periods/2025-first_half/reports");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("アクセスできません");
    await expect(page.getByRole("search", { name: "報告の絞り込み" })).toHaveCount(0);
    await page.context().close();
  }
});
