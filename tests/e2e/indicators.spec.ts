import { approveAndPublish, expect, expectNoViolations, pageAs, test } from "./support";

test.describe.configure({ mode: "serial" });

// Item 44 (税務課) has a figure in its target and gets a proposal; item 42 (税務課) has none, so the
// secretariat adds its KPI. The report goes through item 42 so that item 44 stays 未報告 for the other specs.
test("the secretariat confirms and adds KPIs, a section reports an actual, and the public sees it once published", async ({
  browser,
  page,
}) => {
  test.setTimeout(300_000);
  const admin = await pageAs(browser, "admin@example.jp");

  // The proposals, with the measurability counts of the 118 targets.
  await admin.goto("/staff/indicators");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("KPI（成果指標）の管理");
  await expect(
    admin.getByText(
      "全118件の取組項目のうち、数値と期限のある目標が21件、数値が一部の目標が5件、数値目標のないものが92件です。",
    ),
  ).toBeVisible();
  await test.step("axe on /staff/indicators", async () => {
    await expectNoViolations(admin);
  });

  const item44 = admin.getByRole("article").filter({ has: admin.getByRole("heading", { name: /^No\.44 / }) });
  await expect(item44.getByLabel("KPI名")).toHaveValue("WEB口座振替受付サービスの利用率");
  await expect(item44.getByLabel("目標値")).toHaveValue("20");
  await item44.getByLabel("基準値", { exact: true }).fill("１２．５");
  await item44.getByLabel("基準年度").fill("2023");
  await item44.getByRole("button", { name: /^確定/ }).click();
  await expect(admin.getByText(/WEB口座振替受付サービスの利用率」：KPIを確定しました。/)).toBeVisible();
  // A confirmed KPI leaves the list of proposals.
  await expect(admin.getByRole("heading", { name: /^No\.44 / })).toHaveCount(0);

  // Item 42's target has no figure: the secretariat adds a KPI itself.
  const add = admin.locator("section").filter({ has: admin.getByRole("heading", { name: "KPIを追加する" }) });
  await add.getByLabel("取組項目の番号").fill("42");
  await add.getByLabel("KPI名").fill("電子申告の利用件数");
  await add.getByLabel("単位").fill("件");
  await add.getByLabel("基準値", { exact: true }).fill("600");
  await add.getByLabel("基準年度").fill("2023");
  await add.getByLabel("目標値").fill("1200");
  await add.getByLabel("目標年度").fill("2026");
  await add.getByRole("button", { name: "KPIを追加" }).click();
  await expect(admin.getByText("KPIを追加しました。")).toBeVisible();

  // A yearly actual of a vision indicator is public at once.
  const vision = admin
    .getByRole("article")
    .filter({ has: admin.getByRole("heading", { name: "効果的・効率的な行政経営の推進" }) });
  await vision.getByLabel("年度", { exact: true }).fill("2024");
  await vision.getByLabel("実績値", { exact: true }).fill("8.1");
  await vision.getByLabel("備考").fill("令和6年度 飯塚市民意識調査");
  await vision.getByRole("button", { name: /^実績値を登録/ }).click();
  await expect(admin.getByText("効果的・効率的な行政経営の推進：実績値を登録しました。")).toBeVisible();
  await expect(vision.getByRole("table")).toContainText("8.1%");
  await expect(async () => {
    await page.goto("/vision");
    await expect(
      page.getByRole("table", { name: "「効果的・効率的な行政経営の推進」の基準値・実績・目標" }),
    ).toContainText("8.1%", { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(
    page.getByText(/基準値 6.8%（令和2年度） → 最新の実績 8.1%（令和6年度） → 目標 上昇（基準値より高くする）。/),
  ).toBeVisible();
  await test.step("axe on /vision with the indicators", async () => {
    await expectNoViolations(page);
  });

  await admin.goto("/staff/indicators?status=confirmed");
  await expect(admin.getByRole("heading", { name: /^No\.42 / })).toBeVisible();
  await expect(admin.getByRole("heading", { name: /^No\.44 / })).toBeVisible();
  await test.step("axe on /staff/indicators?status=confirmed", async () => {
    await expectNoViolations(admin);
  });

  // 税務課 reports on item 42 with the KPI's actual.
  const editor = await pageAs(browser, "zeimu@example.jp");
  await editor.goto("/staff/items/42/report");
  // editions.spec.ts (run before this one) closed 令和7年度 上半期 and opened 令和7年度 年度末.
  await expect(editor.getByText(/^報告期間：/)).toContainText("報告期間：令和7年度 年度末提出期限：");
  const actual = editor.getByLabel("電子申告の利用件数（今期の値）");
  await expect(actual).toBeVisible();
  await expect(editor.getByText("目標 1,200件（令和8年度）、基準値 600件")).toBeVisible();
  await editor.getByLabel("進捗状況").selectOption("in_progress");
  await editor.getByRole("radio", { name: /^B/ }).check();
  await editor.getByLabel("進捗率").fill("30");
  await editor.getByLabel("実績", { exact: true }).fill("電子申告の案内をホームページと納税通知書に掲載した。");
  // A value that is not a number is refused with a message at the field.
  await actual.fill("約850");
  await editor.getByRole("button", { name: "下書き保存" }).click();
  await expect(editor.getByText("実績値は数字で入力してください（例：12.5）。").first()).toBeVisible();
  await expect(actual).toHaveAttribute("aria-invalid", "true");
  await actual.fill("850");
  await editor.getByRole("button", { name: "提出" }).click();
  await expect(editor.getByText("報告を提出しました。事務局の審査をお待ちください。")).toBeVisible();

  // Not public before publication.
  await page.goto("/items/42");
  await expect(page.getByRole("heading", { name: "電子申告の利用件数" })).toBeVisible();
  await expect(page.getByRole("table", { name: /電子申告の利用件数/ })).not.toContainText("850件");

  // The secretariat sees the actual in the review, approves and publishes.
  await admin.goto("/staff/review");
  const entry = admin.getByRole("article").filter({ has: admin.getByRole("heading", { name: /^No\.42 / }) });
  await expect(entry.getByRole("table", { name: "No.42 のKPI実績値" })).toContainText("850件");
  await approveAndPublish(admin, 42);

  // The public item page shows the actual in the KPI table, with baseline and target.
  await expect(async () => {
    await page.goto("/items/42");
    await expect(page.getByRole("table", { name: /電子申告の利用件数/ })).toContainText("850件", { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  const table = page.getByRole("table", { name: /電子申告の利用件数/ });
  await expect(table.getByRole("row", { name: /基準値/ })).toContainText("600件");
  await expect(table.getByRole("row", { name: /実績/ })).toContainText("年度末");
  await expect(table.getByRole("row", { name: /実績/ })).toContainText("850件");
  await expect(table.getByRole("row", { name: /目標/ })).toContainText("1,200件");
  await expect(
    page.getByText(`基準値 600件（令和5年度） → 最新の実績 850件（令和7年度 年度末） → 目標 1,200件（令和8年度）。`, {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByText("目標の数値化：数値目標なし")).toBeVisible();
  await test.step("axe on /items/42 with its KPI", async () => {
    await expectNoViolations(page);
  });
});
