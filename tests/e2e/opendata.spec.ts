import { readFile } from "node:fs/promises";
import { expect, expectNoViolations, test } from "./support";

const DATASETS = ["取組項目", "公開済みの進捗報告", "成果指標・KPI", "成果指標・KPIの実績値", "進捗状況の集計"];

test("/opendata lists every dataset with its downloads, its column dictionary, the licence and the API", async ({
  page,
}) => {
  await page.goto("/opendata");
  await expect(page.getByRole("heading", { level: 1, name: "オープンデータ" })).toBeVisible();
  for (const dataset of DATASETS) {
    await expect(page.getByRole("heading", { level: 3, name: dataset, exact: true })).toBeVisible();
    for (const format of ["CSV", "JSON", "Excel（xlsx）"])
      await expect(page.getByRole("link", { name: `${dataset}（${format}）`, exact: true })).toBeVisible();
    const dictionary = page.getByRole("table", { name: `${dataset}の項目定義` });
    await expect(dictionary.getByRole("rowheader").first()).toHaveText("全国地方公共団体コード");
  }
  await expect(page.getByRole("link", { name: "取組項目（CSV）" })).toHaveAttribute(
    "href",
    "/api/v1/datasets/items.csv",
  );
  const licence = page.getByRole("region", { name: "ライセンス" });
  await expect(licence.getByRole("link", { name: "CC BY 4.0（外部サイト）" })).toHaveAttribute(
    "href",
    /creativecommons\.org\/licenses\/by\/4\.0/,
  );
  await expect(licence).toContainText("「公共データ利用規約（第1.0版）」（PDL1.0）と互換性があります");
  await expect(page.getByRole("heading", { level: 3, name: "GET /api/v1/items", exact: true })).toBeVisible();
  await expect(page.getByText(/curl -G '.+\/api\/v1\/items' --data-urlencode 'q=[^']+'/)).toBeVisible();
  await expectNoViolations(page);
});

test("a CSV download starts with the BOM and 全国地方公共団体コード, and the JSON has the same rows", async ({
  page,
  request,
}) => {
  await page.goto("/opendata");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "取組項目（CSV）" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("402052_plan_items.csv");
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString("utf8");
  expect(text.startsWith("全国地方公共団体コード,ID,地方公共団体名,")).toBe(true);
  const lines = text.split("\r\n").filter((line) => line.startsWith("402052,"));
  expect(lines).toHaveLength(118);

  const json = await request.get("/api/v1/datasets/items.json");
  expect(json.status()).toBe(200);
  const body = await json.json();
  expect(body.records).toHaveLength(118);
  expect(body.records[43]).toMatchObject({ municipalityCode: "402052", municipalityName: "飯塚市", number: 44 });

  // The client's current copy is answered 304.
  const again = await request.get("/api/v1/datasets/items.json", {
    headers: { "If-None-Match": json.headers().etag },
  });
  expect(again.status()).toBe(304);
});

test("the home page and the accessibility statement link /opendata", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "オープンデータとAPIの説明を見る" }).click();
  await expect(page).toHaveURL(/\/opendata$/);
  await page.goto("/accessibility");
  await page.getByRole("link", { name: "オープンデータAPIの説明ページ" }).click();
  await expect(page).toHaveURL(/\/opendata$/);
});

test("axe finds no violations on /en/opendata", async ({ page }) => {
  await page.goto("/en/opendata");
  await expect(page.getByRole("heading", { level: 1, name: "Open data" })).toBeVisible();
  await expectNoViolations(page);
});
