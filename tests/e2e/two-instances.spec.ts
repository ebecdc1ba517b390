import { type ChildProcess, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { DEMO_PASSWORD, expect, newContext, test } from "./support";

// Two production servers (server.mjs) on one PostgreSQL database, as docs/deploy.md runs them
// behind a proxy: started at the same moment, they apply the migrations and import the plan once;
// both serve; a session begun on one works on the other, and signing out on one ends it on both;
// a change made through one shows on the other's cached pages within CROSS_INSTANCE_SECONDS.
const basePort = Number(process.env.E2E_PORT ?? 3210) + 3;
const ports = [basePort, basePort + 1];
const adminUrl = process.env.TEST_DATABASE_URL;

function start(port: number, databaseUrl: string, secret: string): { child: ChildProcess; exited: Promise<unknown> } {
  const child = spawn("node", ["server.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      SEED_DEMO_USERS: "1",
      ALLOW_DEMO_USERS: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { child, exited: new Promise((resolve) => child.on("exit", resolve)) };
}

async function waitHealthy(port: number): Promise<void> {
  const until = Date.now() + 180_000;
  while (Date.now() < until) {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (response?.status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server on port ${port} did not become healthy`);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

test("two instances on one PostgreSQL prepare it once and share sessions", async ({ browser }) => {
  test.skip(!adminUrl, "needs TEST_DATABASE_URL (a PostgreSQL server), as CI sets it");
  test.setTimeout(420_000);
  if (!adminUrl) return;
  const name = `portal_two_${crypto.randomBytes(6).toString("hex")}`;
  await query(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const secret = crypto.randomBytes(32).toString("base64");
  const servers = ports.map((port) => start(port, databaseUrl, secret));
  try {
    await Promise.all(ports.map(waitHealthy));

    const migrations = fs
      .readdirSync("prisma/migrations")
      .filter((entry) => fs.existsSync(`prisma/migrations/${entry}/migration.sql`));
    const applied = await query<{ migration_name: string }>(
      databaseUrl,
      `SELECT "migration_name" FROM "_prisma_migrations"`,
    );
    expect(applied.map((row) => row.migration_name).sort()).toEqual(migrations.sort());
    const [{ items, sources }] = await query<{ items: number; sources: number }>(
      databaseUrl,
      `SELECT (SELECT count(*)::int FROM "PlanItem") AS items, (SELECT count(*)::int FROM "Municipality") AS sources`,
    );
    expect({ items, sources }).toEqual({ items: 118, sources: 1 });
    const users = await query<{ email: string; copies: number }>(
      databaseUrl,
      `SELECT "email", count(*)::int AS copies FROM "User" GROUP BY "email" HAVING count(*) > 1`,
    );
    expect(users).toEqual([]);
    const periods = await query<{ n: number }>(databaseUrl, `SELECT count(*)::int AS n FROM "ReportingPeriod"`);
    expect(periods[0].n).toBe(1);

    for (const port of ports) {
      const response = await fetch(`http://127.0.0.1:${port}/items`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("行政経営戦略推進プラン");
    }

    // Cookies do not depend on the port: one browser reaches both instances as one site would.
    const [first, second] = ports.map((port) => `http://127.0.0.1:${port}`);
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${first}/login`);
    await page.getByLabel("メールアドレス").fill("zeimu@example.jp");
    await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page).toHaveURL(`${first}/staff`);
    await page.goto(`${second}/staff`);
    await expect(page).toHaveURL(`${second}/staff`);
    await expect(page.getByRole("button", { name: "ログアウト" })).toBeVisible();

    await page.getByRole("button", { name: "ログアウト" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`${first}/staff`);
    await expect(page).toHaveURL(/\/login/);

    // The second instance has served the pages (and cached them) before the change.
    for (const path of ["/items", "/items/44"]) expect((await fetch(`${second}${path}`)).status).toBe(200);
    const title = `二つのインスタンスで確かめる取組 ${Date.now()}`;
    await page.goto(`${first}/login`);
    await page.getByLabel("メールアドレス").fill("admin@example.jp");
    await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await expect(page).toHaveURL(`${first}/staff`);
    await page.goto(`${first}/staff/items/44/edit`);
    await page.getByLabel("取組項目名").fill(title);
    await page.getByLabel("変更理由").fill("複数インスタンスの表示の確認");
    await page.getByRole("button", { name: "変更を保存" }).click();
    await expect(page.getByText("変更を保存しました。")).toBeVisible();
    const changedAt = Date.now();
    // The instance that made the change shows it at once; the other within its bound (10 s),
    // plus one regeneration: a stale page is served once while the new one renders.
    expect(await (await fetch(`${first}/items/44`)).text()).toContain(title);
    for (const path of ["/items/44", "/items"]) {
      await expect
        .poll(async () => (await (await fetch(`${second}${path}`)).text()).includes(title), { timeout: 25_000 })
        .toBe(true);
    }
    console.log(`a change on one instance showed on the other after ${Date.now() - changedAt} ms`);
  } finally {
    for (const server of servers) server.child.kill("SIGTERM");
    await Promise.all(servers.map((server) => server.exited));
    await query(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
});
