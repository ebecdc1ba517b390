import { expect, expectNoViolations, type Locator, test } from "./support";

// The specs share one server and database and run in name order: none before this one publishes a
// report (editions.spec.ts is the first), so every item is still 未報告 here.

/** A table's body rows as [row header, first cell's number]. */
// textContent, not innerText: sections far from the screen are not laid out until scrolled to
// (content-visibility: auto), and innerText reads nothing from them.
async function countsOf(table: Locator): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of await table.locator("tbody tr").all()) {
    const label = ((await row.locator("th").textContent()) ?? "").trim();
    const count = Number(((await row.locator("td").first().textContent()) ?? "").replace(/[^\d]/g, ""));
    counts.set(label, count);
  }
  return counts;
}

test("the dashboard's overall table adds up to the 118 items and its summary says the same", async ({ page }) => {
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ダッシュボード");
  const overall = page.getByRole("region", { name: "全体の進捗状況" });
  const table = overall.getByRole("table", { name: "全体の進捗状況別の件数", exact: true });
  const counts = await countsOf(table);
  expect([...counts.keys()]).toEqual(["未報告", "未着手", "検討中", "実施中", "完了", "休止・中止"]);
  expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(118);
  await expect(table.locator("tfoot")).toContainText("118件");

  // The summary sentence lists exactly the non-zero rows of the table, in its order.
  const expected = [...counts]
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label}${n}件`)
    .join("、");
  await expect(overall.getByText(`118件のうち${expected}。`)).toBeVisible();
  const notReported = counts.get("未報告")!;
  const figure = overall.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^未報告$/ }) });
  await expect(figure.locator("dd").first()).toHaveText(`${notReported}件`);

  // Unreported items never count as progress: with no report the mean says so instead of 0 %.
  expect(notReported).toBe(118);
  await expect(overall.getByText("進捗率の報告はまだありません")).toBeVisible();

  // Every breakdown and both axes are on the page, each with its table.
  for (const heading of [
    "大分類別の進捗状況",
    "小分類別の進捗状況",
    "部局別の進捗状況",
    "プラン取組項目分類別の進捗状況",
    "評価の分布",
    "達成度（3年後の目標に対する判定）",
    "評価の推移",
    "更新の状況",
    "KPIの達成状況",
    "集計方法",
  ]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  const areas = await countsOf(page.getByRole("table", { name: "大分類別・進捗状況別の件数", exact: true }));
  // The vision's four areas, and その他・未分類 for the items whose 大分類 matches none of them.
  expect(areas.size).toBe(5);
  expect(areas.has("その他・未分類")).toBe(true);
  const bureaus = await countsOf(page.getByRole("table", { name: "部局別・進捗状況別の件数", exact: true }));
  expect(bureaus.size).toBe(10);
  const evaluation = await countsOf(page.getByRole("table", { name: "評価別の件数", exact: true }));
  expect([...evaluation.values()].reduce((a, b) => a + b, 0)).toBe(118);
  expect(evaluation.get("未報告")).toBe(notReported);
  const achievement = await countsOf(page.getByRole("table", { name: "達成度別の件数", exact: true }));
  expect([...achievement.keys()]).toEqual(["判定前", "達成", "一部達成", "未達成"]);
  expect([...achievement.values()].reduce((a, b) => a + b, 0)).toBe(118);
  // The long classification table sits in a disclosure but is in the page.
  await expect(
    page.getByRole("table", { name: "プラン取組項目分類別・進捗状況別の件数", exact: true, includeHidden: true }),
  ).toHaveCount(1);
  await expect(page.getByRole("region", { name: "集計方法" })).toContainText("未報告");
});

test("the period and breakdown live in the URL and survive a reload", async ({ page }) => {
  await page.goto("/dashboard");
  const select = page.getByLabel("報告期間", { exact: true });
  const option = select.locator("option:not([value=''])").first();
  const key = (await option.getAttribute("value"))!;
  const label = (await option.innerText()).replace(/（.*）$/, "");
  // The demo period is the only one before editions.spec.ts opens the next.
  expect(key).toBe("2025-first_half");
  await select.selectOption(key);
  await page.getByLabel("分類別の表示", { exact: true }).selectOption("bureau");
  await page.getByRole("button", { name: "この条件で表示" }).click();
  await expect(page).toHaveURL(new RegExp(`period=${key}.*group=bureau`));

  await page.reload();
  await expect(page.getByLabel("報告期間", { exact: true })).toHaveValue(key);
  await expect(page.getByLabel("分類別の表示", { exact: true })).toHaveValue("bureau");
  await expect(page.getByText(`集計対象の期間：${label}`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "部局別の進捗状況" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "大分類別の進捗状況" })).toHaveCount(0);

  await page.getByRole("link", { name: "すべての分類別の集計を表示" }).click();
  await expect(page).toHaveURL(new RegExp(`period=${key}$`));
  await expect(page.getByRole("heading", { level: 2, name: "大分類別の進捗状況" })).toBeVisible();
});

test("an unknown period is reported and the latest one shown", async ({ page }) => {
  await page.goto("/dashboard?period=1999-first_half");
  await expect(page.getByRole("status")).toHaveText(
    "指定された報告期間「1999-first_half」は見つかりません。最新の期間で集計しています。",
  );
  await expect(page.getByLabel("報告期間", { exact: true })).toHaveValue("");
});

test("the departments page lists the 10 bureaus and links each one", async ({ page }) => {
  await page.goto("/departments");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("部局別の進捗");
  const rows = page.getByRole("table", { name: /^部局別の取組項目数・更新率・平均進捗率/ }).locator("tbody tr");
  await expect(rows).toHaveCount(10);
  await expect(rows.first().locator("th")).toHaveText("総務部");
  await expect(rows.first().locator("td").first()).toHaveText("01");
  let total = 0;
  for (const row of await rows.all()) {
    await expect(row.getByRole("link")).toHaveAttribute("href", /\/departments\/\d{2}$/);
    total += Number((await row.locator("td").nth(1).innerText()).replace(/[^\d]/g, ""));
  }
  expect(total).toBe(118);
  await page.getByRole("link", { name: "総務部" }).click();
  await expect(page).toHaveURL(/\/departments\/01$/);
});

test("a bureau's page shows its roll-up, sections and items with freshness", async ({ page }) => {
  await page.goto("/departments/01");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("総務部");
  const items = page.getByRole("table", { name: /^総務部の取組項目（\d+件）$/ });
  const caption = await items.locator("caption").innerText();
  const count = Number(caption.match(/（(\d+)件）/)![1]);
  expect(count).toBeGreaterThan(0);
  await expect(items.locator("tbody tr")).toHaveCount(count);
  await expect(items.getByRole("link", { name: "No.16" })).toHaveAttribute("href", /\/items\/16$/);
  // Nothing is published yet (see the top of this file): every row says so.
  for (const row of await items.locator("tbody tr").all()) {
    await expect(row.locator("td").last()).toContainText("未報告");
  }
  const overall = await countsOf(page.getByRole("region", { name: "総務部の進捗状況" }).getByRole("table"));
  expect([...overall.values()].reduce((a, b) => a + b, 0)).toBe(count);
  const sections = page.getByRole("table", { name: "所管部署別・進捗状況別の件数", exact: true });
  await expect(sections.getByRole("rowheader", { name: "人事課" })).toBeVisible();
  await expect(page.getByRole("table", { name: "所管部署別の更新率と未更新の件数", exact: true })).toBeVisible();
});

test("an unknown bureau answers 404", async ({ page }) => {
  for (const path of ["/departments/99", "/departments/abc"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
  }
});

for (const path of ["/dashboard", "/dashboard?group=bureau", "/departments", "/departments/01"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

test.describe("on a phone", () => {
  test.use({ viewport: { width: 412, height: 915 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.625 });

  test("axe finds no violations on /dashboard and the tables scroll rather than overflow the page", async ({
    page,
  }) => {
    await page.goto("/dashboard");
    await expectNoViolations(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
