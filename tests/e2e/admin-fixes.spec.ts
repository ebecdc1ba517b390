import { expect, expectNoViolations, pageAs, test } from "./support";

// Item 87 is one of the 2 items the source leaves without 大分類 and 小分類; no other spec uses it.
test("the secretariat classifies an unclassified item and extends its plan period in 和暦; the audit log names the item", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const admin = await pageAs(browser, "admin@example.jp");
  await admin.goto("/staff/items/87/edit");
  await expect(admin.getByLabel("大分類")).toHaveValue("");
  await expect(admin.getByLabel("開始年度")).toHaveValue("2024");

  // A year that is no year is a field error in Japanese; what was typed stays.
  await admin.getByLabel("大分類").selectOption({ label: "財政の改革" });
  await admin.getByLabel("小分類").selectOption({ label: "歳出の適正化" });
  await admin.getByLabel("終了年度").fill("令和100");
  await admin.getByLabel("変更理由").fill("ビジョンの分類に合わせて設定し、計画期間を後期まで延長");
  await admin.getByRole("button", { name: "変更を保存" }).click();
  await expect(admin.getByText("年度は 2025 または 令和7 のように入力してください（2000〜2100年度）。")).toBeVisible();
  await expect(admin.getByLabel("終了年度")).toHaveValue("令和100");
  await test.step("axe on the item edit page with a field error", async () => {
    await expectNoViolations(admin);
  });

  await admin.getByLabel("開始年度").fill("令和6");
  await admin.getByLabel("終了年度").fill("R10");
  await admin.getByRole("button", { name: "変更を保存" }).click();
  await expect(
    admin.getByText("変更を保存しました。公開ページに「目標・内容の変更」として掲載されます。"),
  ).toBeVisible();
  await expect(admin.getByLabel("終了年度")).toHaveValue("2028");
  await expect(admin.getByLabel("小分類").locator("option:checked")).toHaveText("歳出の適正化");

  // The public page shows the new categories and the change with its reason.
  await page.goto("/items/87");
  const changes = page.getByRole("region", { name: "目標・内容の変更" });
  await expect(changes).toContainText("計画期間");
  await expect(changes).toContainText("令和6年度〜令和10年度（2024〜2028年度）");
  await expect(changes).toContainText("ビジョンの分類に合わせて設定し、計画期間を後期まで延長");
  await expect(page.getByText("歳出の適正化").first()).toBeVisible();

  // The audit log names the item instead of its id.
  await admin.goto("/staff/audit?item=87");
  await expect(
    admin
      .getByRole("table")
      .getByText(/^No\.87 民間委託/)
      .first(),
  ).toBeVisible();
});
