import { expect, test } from "./support";

test("a citizen filters the items, searches, opens one and reads its target", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("いつでも どこでも つながる 飯塚市");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "取組項目" }).click();

  await expect(page).toHaveURL(/\/items$/);
  await expect(page.getByRole("heading", { name: "118件の取組項目" })).toBeVisible();

  await page.getByLabel("大分類").selectOption("財政の改革");
  await page.getByRole("button", { name: "この条件で表示" }).click();
  await expect(page).toHaveURL(/area=%E8%B2%A1%E6%94%BF%E3%81%AE%E6%94%B9%E9%9D%A9/);
  const financeHeading = page.getByRole("heading", { name: /118件中 \d+件が該当/ });
  await expect(financeHeading).toBeVisible();
  const financeCount = Number((await financeHeading.textContent())!.match(/中 (\d+)件/)![1]);
  expect(financeCount).toBeGreaterThan(0);
  await expect(page.getByRole("list", { name: "取組項目" }).getByRole("listitem")).toHaveCount(financeCount);

  // The source puts every キャッシュレス item under 情報・デジタル化の改革, so within 財政の改革
  // the search finds none and the page offers the same keyword across all items.
  await page.getByLabel("キーワード").fill("キャッシュレス");
  await page.getByRole("button", { name: "この条件で表示" }).click();
  await expect(page.getByText("条件に該当する取組項目はありません。")).toBeVisible();
  await page.getByRole("link", { name: /「キャッシュレス」に該当する5件を表示/ }).click();
  await expect(page.getByRole("heading", { name: "118件中 5件が該当" })).toBeVisible();

  // Full-width/half-width folding: a half-width katakana query finds the same items.
  await page.goto(`/items?q=${encodeURIComponent("ｷｬｯｼｭﾚｽ")}`);
  await expect(page.getByRole("heading", { name: "118件中 5件が該当" })).toBeVisible();

  await page.getByRole("link", { name: /スポーツ施設窓口でのキャッシュレス決済の導入/ }).click();
  await expect(page).toHaveURL(/\/items\/60$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("スポーツ施設窓口でのキャッシュレス決済の導入");
  const target = page.getByRole("region", { name: "3年後の目指す姿（目標）" });
  await expect(target).toContainText("キャッシュレス決済機器の導入");
  await expect(page.getByText("この取組項目の進捗報告はまだ公開されていません。")).toBeVisible();
});

test("a shared link reproduces the filtered list", async ({ page }) => {
  await page.goto("/items?bureau=04&status=not_reported");
  await expect(page.getByLabel("部局")).toHaveValue("04");
  await expect(page.getByLabel("進捗状況")).toHaveValue("not_reported");
  const heading = page.getByRole("heading", { name: /118件中 \d+件が該当/ });
  await expect(heading).toBeVisible();
  for (const link of await page.getByRole("list", { name: "取組項目" }).getByRole("link").all()) {
    await expect(link).toHaveAttribute("href", /\/items\/\d+$/);
  }
});

test("an item shows the source's data-quality notes", async ({ page }) => {
  await page.goto("/items/49");
  const notes = page.getByRole("region", { name: "元資料についての注記" });
  await expect(notes).toContainText("うち2割（73件）");
  await expect(notes).toContainText("うち割（73件）");
  await page.goto("/items/118");
  await expect(page.getByText("目標は設定されていません（元資料に記載がありません）")).toBeVisible();
});

test("unknown items answer 404 in Japanese", async ({ page }) => {
  const response = await page.goto("/items/999");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("お探しのページが見つかりませんでした");
});

test("the English UI keeps the plan's data", async ({ page }) => {
  await page.goto("/items/44");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/en\/items\/44$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("WEB口座振替受付サービスの推進");
  await expect(page.getByText("Back to the item list")).toBeVisible();
});
