import ExcelJS from "exceljs";
import { KAWASEMI_CODE, KAWASEMI_ITEMS } from "../fixtures/plan-kawasemi";
import { expect, expectNoViolations, type Page, signIn, test } from "./support";

// A server built and started with another municipality's plan (PLAN_FILE: the かわせみ町 fixture,
// 23 items in 3 areas, bureaus without codes, years in 和暦): its pages, files and open data speak
// of that municipality only.
const PLAN = "かわせみ町行財政改革実施計画";
const SITE = `${PLAN} 進捗ポータル`;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const PUBLIC_PAGES = [
  "/",
  "/vision",
  "/items",
  "/items/11",
  "/dashboard",
  "/departments",
  "/departments/01",
  "/opendata",
  "/council",
  "/editions",
  "/accessibility",
];

/** The page's text, parts not yet laid out (content-visibility: auto) included; not its scripts. */
async function mainText(page: Page): Promise<string> {
  return (await page.locator("body > :not(script)").allTextContents()).join("\n");
}

test("every public page names かわせみ町 and its plan, never the built-in city, and passes axe", async ({ page }) => {
  test.setTimeout(180_000);
  for (const path of PUBLIC_PAGES) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page).toHaveTitle(new RegExp(`${SITE}$`));
      const footer = page.getByRole("contentinfo");
      await expect(footer.getByText("© かわせみ町", { exact: true })).toBeVisible();
      await expect(footer.getByText("運営：かわせみ町 企画財政課", { exact: true })).toBeVisible();
      expect(await mainText(page)).not.toContain("飯塚");
      await expectNoViolations(page);
    });
  }
});

test("the home page shows the plan's own period and its 3 areas", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PLAN);
  await expect(
    page.getByText(`計画期間 令和7年度〜令和9年度（2025〜2027年度）。プランの${KAWASEMI_ITEMS}の取組項目`),
  ).toBeVisible();
  const areas = page.getByRole("region", { name: "大分類ごとの進捗" });
  await expect(areas.getByRole("heading", { level: 3 })).toHaveText([
    "暮らしのサービスの改革",
    "組織・人材の改革",
    "財政の改革",
  ]);
  // Item 7 writes 組織･人材の改革 with a half-width dot: counted in its area after folding.
  await expect(
    areas.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "組織・人材の改革" }) }),
  ).toContainText("取組項目 9件");
});

test("the vision page is the plan's structure with its own period; the item list filters by its areas", async ({
  page,
}) => {
  await page.goto("/vision");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("計画の体系");
  await expect(
    page.getByRole("heading", { level: 2, name: "取り組みの方向性（3つの大分類と6つの小分類）" }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "目指す姿" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: /計画期間は令和7\(2025\)年度から令和9\(2027\)年度まで/ })).toContainText(
    "令和7年度〜令和9年度（2025〜2027年度）",
  );

  await page.goto("/items");
  await expect(page.getByRole("heading", { name: `${KAWASEMI_ITEMS}件の取組項目` })).toBeVisible();
  await expect(page.getByLabel("大分類").locator("option")).toHaveText([
    "すべて",
    "暮らしのサービスの改革",
    "組織・人材の改革",
    "財政の改革",
  ]);
  await page.getByLabel("大分類").selectOption("財政の改革");
  await page.getByRole("button", { name: "この条件で表示" }).click();
  await expect(page.getByRole("heading", { name: `${KAWASEMI_ITEMS}件中 7件が該当` })).toBeVisible();

  await page.goto("/items/11");
  // The title is shown as written, with the digit marked where it stands.
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/BP0.*の推進/);
  await expect(page.getByRole("region", { name: "元資料についての注記" })).toContainText(
    "「BP0」は「BPO」の誤りと思われます",
  );
});

test("the open data carries the municipality's own code and name, and its groups add up to 23", async ({ request }) => {
  const csv = await request.get("/api/v1/datasets/items.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-disposition"]).toContain(`${KAWASEMI_CODE}_plan_items.csv`);
  const text = (await csv.text()).replace(/^\uFEFF/, "");
  const lines = text.split("\r\n").filter(Boolean);
  expect(lines[0].startsWith("全国地方公共団体コード,ID,地方公共団体名,")).toBe(true);
  expect(lines.slice(1)).toHaveLength(KAWASEMI_ITEMS);
  for (const line of lines.slice(1)) expect(line.startsWith(`${KAWASEMI_CODE},`)).toBe(true);
  expect(lines[1]).toContain(",かわせみ町,");

  const summary = await (await request.get("/api/v1/datasets/summary.json")).json();
  const byArea = summary.records.filter((r: { dimension: string }) => r.dimension === "大分類");
  expect(byArea.reduce((n: number, r: { items: number }) => n + r.items, 0)).toBe(KAWASEMI_ITEMS);

  const items = await (await request.get("/api/v1/items?area=財政の改革")).json();
  expect(items.items).toHaveLength(7);
});

test("the open-data page's examples come from this plan", async ({ page }) => {
  await page.goto("/opendata");
  const dictionary = page.getByRole("table", { name: "取組項目の項目定義" });
  await expect(dictionary.getByRole("row", { name: /^全国地方公共団体コード/ })).toContainText(KAWASEMI_CODE);
  await expect(dictionary.getByRole("row", { name: /^地方公共団体名/ })).toContainText("かわせみ町");
  await expect(page.getByText(/--data-urlencode 'q=総務課'/)).toBeVisible();
});

test("the secretariat's plan export imports back into this portal with no change", async ({ page }) => {
  await signIn(page, "admin@example.jp");
  const exported = await page.request.get("/staff/plan/export.xlsx");
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe(XLSX);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await exported.body()) as never);
  expect(book.getWorksheet("取組項目")?.actualRowCount).toBe(KAWASEMI_ITEMS + 1);

  await page.goto("/staff/plan/import");
  await page.getByLabel("ファイル", { exact: true }).setInputFiles({
    name: "export.xlsx",
    mimeType: XLSX,
    buffer: await exported.body(),
  });
  await page.getByRole("button", { name: "内容を確認" }).click();
  await expect(page.getByText("このファイルを取り込んでも、何も変わりません。")).toBeVisible();
  await expect(page.getByText(`新しい取組項目 0件・変更 0件・変更なし ${KAWASEMI_ITEMS}件`)).toBeVisible();
});
