import { nginxBinary, type RunningNginx, startShippedNginx } from "../support/shipped-nginx";
import { expect, newContext, storageStateOf, test } from "./support";

// The shipped nginx configuration (deploy/nginx.conf, TLS left out) in front of the e2e server:
// public pages come from its cache, signed-in pages never do, and a change shows within seconds.
const appPort = Number(process.env.E2E_PORT ?? 3210);
const nginxPort = appPort + 5;
let nginx: RunningNginx;

test.skip(!nginxBinary(), "nginx is not installed (apt-get install nginx-light)");
test.beforeAll(async () => {
  nginx = await startShippedNginx({ port: nginxPort, upstreams: [appPort] });
});
test.afterAll(async () => nginx?.stop());

const cacheStatus = async (path: string, init?: RequestInit) => {
  const response = await fetch(nginx.base + path, { redirect: "manual", ...init });
  return { status: response.status, cache: response.headers.get("x-cache-status"), body: await response.text() };
};

test("public pages and filtered lists are served from the proxy's cache", async () => {
  for (const path of ["/items", "/dashboard", "/departments/02", "/items/44", "/items?q=税務課", "/en/items"]) {
    await cacheStatus(path);
    const again = await cacheStatus(path);
    expect(again.status, path).toBe(200);
    expect(["HIT", "UPDATING", "STALE"], path).toContain(again.cache);
  }
  // The router's component payloads are kept apart from the HTML of the same address.
  const html = await cacheStatus("/items");
  const payload = await cacheStatus("/items", { headers: { RSC: "1" } });
  expect(html.body).toMatch(/^<!DOCTYPE html>/);
  expect(payload.body).not.toMatch(/^<!DOCTYPE html>/);
});

test("signed-in pages are never kept, and a change shows within seconds", async ({ browser }) => {
  const context = await newContext(browser, storageStateOf("admin@example.jp"));
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  for (let i = 0; i < 2; i += 1) {
    const staff = await cacheStatus("/staff", { headers: { cookie } });
    expect(staff.status).toBe(200);
    expect(staff.cache).not.toBe("HIT");
    expect(staff.body).toContain("ログイン中");
  }
  const anonymous = await cacheStatus("/staff");
  expect(anonymous.status).toBe(307);

  // The secretariat renames an item through the proxy; the cached item page and list follow.
  const page = await context.newPage();
  await cacheStatus("/items/110");
  expect((await cacheStatus("/items/110")).cache).toBe("HIT");
  const rename = async (title: string) => {
    await page.goto(`${nginx.base}/staff/items/110/edit`);
    await page.getByLabel("取組項目名").fill(title);
    await page.getByLabel("変更理由").fill("キャッシュの確認");
    await page.getByRole("button", { name: "変更を保存" }).click();
    await expect(page.getByText("変更を保存しました。")).toBeVisible();
  };
  await page.goto(`${nginx.base}/staff/items/110/edit`);
  const current = await page.getByLabel("取組項目名").inputValue();
  const renamed = `${current}（確認中）`;
  await rename(renamed);
  const changedAt = Date.now();
  for (const path of ["/items/110", "/items"]) {
    await expect.poll(async () => (await cacheStatus(path)).body.includes(renamed), { timeout: 30_000 }).toBe(true);
  }
  console.log(`through the proxy's cache, the change showed after ${Date.now() - changedAt} ms`);
  await rename(current);
  await context.close();
});
