import type { APIResponse } from "@playwright/test";
import { expect, newContext, storageStateOf, test } from "./support";

const BASE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
};

/** The directives of a policy, by name. */
function directives(csp: string | undefined): Map<string, string[]> {
  expect(csp, "Content-Security-Policy").toBeTruthy();
  return new Map(
    csp!.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

function expectBaseHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers).toMatchObject(BASE);
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("geolocation=()");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** A page's CSP: framing, plugins, base and form targets closed, and its script sources. */
function pagePolicy(response: APIResponse): string[] {
  expectBaseHeaders(response);
  const csp = directives(response.headers()["content-security-policy"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("connect-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
  return csp.get("script-src")!;
}

function expectNonPagePolicy(response: APIResponse) {
  expectBaseHeaders(response);
  expect(response.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
}

/** Every script element of the HTML carries `nonce`, and there is at least one. */
function expectScriptsCarry(html: string, nonce: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((tag) => !tag.includes(` nonce="${nonce}"`))).toEqual([]);
}

function nonceOf(scriptSrc: string[]): string {
  const source = scriptSrc.find((s) => s.startsWith("'nonce-"));
  expect(source).toBeTruthy();
  return source!.slice("'nonce-".length, -1);
}

test("a static page allows the site's scripts and its own inline scripts, without a nonce", async ({
  page,
  request,
}) => {
  const response = await request.get("/");
  expect(response.status()).toBe(200);
  expect(pagePolicy(response)).toEqual(["'self'", "'unsafe-inline'"]);
  // The page works under its policy (the fixture fails the test on any violation).
  await page.goto("/");
  await page.getByRole("navigation", { name: "メインメニュー" }).getByRole("link", { name: "取組項目" }).click();
  await expect(page).toHaveURL(/\/items$/);
});

test("a page rendered per request has a new nonce each time, on every script", async ({ request }) => {
  // /items is cached; with a filter it is rendered per request (lib/http/page-cache.ts).
  const first = await request.get("/items?q=税務課");
  const second = await request.get("/items?q=税務課");
  const [one, two] = [nonceOf(pagePolicy(first)), nonceOf(pagePolicy(second))];
  expect(pagePolicy(first)).toEqual(["'self'", `'nonce-${one}'`, "'strict-dynamic'"]);
  expect(one).not.toBe(two);
  expectScriptsCarry(await first.text(), one);
  expectScriptsCarry(await second.text(), two);
  expect(nonceOf(pagePolicy(await request.get("/en/dashboard?group=bureau")))).toBeTruthy();
  expect(pagePolicy(await request.get("/dashboard"))).toEqual(["'self'", "'unsafe-inline'"]);
});

test("a signed-in page has a nonce on every script, and works under its policy", async ({ browser }) => {
  const context = await newContext(browser, storageStateOf("admin@example.jp"));
  const first = await context.request.get("/staff");
  const second = await context.request.get("/staff");
  expect(first.url()).toMatch(/\/staff$/);
  const [one, two] = [nonceOf(pagePolicy(first)), nonceOf(pagePolicy(second))];
  expect(one).not.toBe(two);
  expectScriptsCarry(await first.text(), one);
  // The login page renders per request too.
  expect(nonceOf(pagePolicy(await context.request.get("/login")))).toBeTruthy();

  const page = await context.newPage();
  await page.goto("/staff/review");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.close();
});

test("the API, downloads, feeds and Next's assets allow nothing to load", async ({ browser, request }) => {
  const json = await request.get("/api/v1/items");
  expect(json.headers()["content-type"]).toContain("application/json");
  expectNonPagePolicy(json);
  const csv = await request.get("/api/v1/datasets/items.csv");
  expect(csv.status()).toBe(200);
  expectNonPagePolicy(csv);
  const feed = await request.get("/feed.xml");
  expect(feed.status()).toBe(200);
  expectNonPagePolicy(feed);

  const html = await (await request.get("/")).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset).toBeTruthy();
  const script = await request.get(asset!);
  expect(script.status()).toBe(200);
  expectNonPagePolicy(script);

  const admin = await newContext(browser, storageStateOf("admin@example.jp"));
  const template = await admin.request.get("/staff/plan/template.xlsx");
  expect(template.status()).toBe(200);
  expectNonPagePolicy(template);
  await admin.close();
});

test("HSTS is sent only when the request came over HTTPS", async ({ request }) => {
  const https = { "x-forwarded-proto": "https" };
  for (const path of ["/", "/items", "/api/v1/items", "/feed.xml"]) {
    expect((await request.get(path)).headers()["strict-transport-security"]).toBeUndefined();
    const secure = await request.get(path, { headers: https });
    expect(secure.headers()["strict-transport-security"], path).toBe("max-age=31536000; includeSubDomains");
  }
});

test("no other site can frame a page", async ({ browser, baseURL }) => {
  // A context of its own: the refusal is a CSP report, which the fixtures would count as a failure.
  const context = await browser.newContext();
  // Another origin, whose page frames the portal's home.
  const page = await context.newPage();
  await page.route("http://framer.test/", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<iframe src="${baseURL}/" title="portal" onload="document.title = 'loaded'"></iframe>`,
    }),
  );
  await page.goto("http://framer.test/");
  await expect(page).toHaveTitle("loaded");
  // The browser shows its error page in the frame instead of the portal.
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame?.url()).toBe("chrome-error://chromewebdata/");
  await expect(page.frameLocator("iframe").getByRole("heading", { level: 1 })).toHaveCount(0);
  await context.close();
});

test("a page's CSP violation fails its test", async ({ page }) => {
  // The test passes only if the fixtures (tests/e2e/support.ts) fail it after it ran.
  test.fail();
  await page.goto("/");
  const refused = page.waitForEvent("console", (message) => message.text().includes("Content Security Policy"));
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.src = "https://example.invalid/pixel.png";
    document.body.append(image);
  });
  await refused;
});
