import { expect, test } from "./support";

// The built-in source's municipality: its name and plan come from the database, not the catalogs.
const SITE = "飯塚市行政経営戦略推進プラン 進捗ポータル";

test("every page names the municipality's plan in its title and header, and the footer its publisher and /opendata", async ({
  page,
}) => {
  await page.goto("/accessibility");
  await expect(page).toHaveTitle(`ウェブアクセシビリティ方針 | ${SITE}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute(
    "content",
    "飯塚市行政経営戦略推進プランの取組項目について、飯塚市が進捗を公開し、審議会の審議状況と市民の皆さまのご意見をお伝えするポータルサイトです。",
  );
  await expect(page.getByRole("banner").getByRole("link", { name: SITE, exact: true })).toHaveAttribute("href", "/");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByText("運営：飯塚市 業務改善・DX推進課", { exact: true })).toBeVisible();
  await expect(footer.getByText("© 飯塚市", { exact: true })).toBeVisible();
  await footer
    .getByRole("navigation", { name: "フッターメニュー" })
    .getByRole("link", { name: "オープンデータ" })
    .click();
  await expect(page).toHaveURL(/\/opendata$/);
  await expect(page.getByRole("heading", { level: 1, name: "オープンデータ" })).toBeVisible();
});

test("the English pages name the same municipality and plan, as the data writes them", async ({ page }) => {
  await page.goto("/en/accessibility");
  await expect(page).toHaveTitle("Web accessibility policy | 飯塚市行政経営戦略推進プラン — Progress Portal");
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByText("© 飯塚市", { exact: true })).toBeVisible();
  await footer.getByRole("link", { name: "Open data" }).click();
  await expect(page).toHaveURL(/\/en\/opendata$/);
});
