// Part of `npm run bench`: how long the secretariat waits on the portal to approve and publish
// 20 submitted reports, one card at a time (as before bulk review) and in bulk, through
// `next start` in Chromium. It counts the clicks and measures the time from the first click to
// the published message; reading the reports is a person's time and is not in it.
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { createDb } from "../lib/db/create-client.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { DEMO_PASSWORD } from "../lib/users/seed-demo.ts";
import { startBenchServer } from "./bench-server.ts";

const REPORTS = 20;

/** A fresh embedded database with the demo accounts, the open period and 20 submitted reports. */
async function seedSubmitted(dir: string) {
  const db = createDb({ pgliteDir: dir });
  await prepareDatabase(db, { ...process.env, SEED_DEMO_USERS: "1" });
  const user = await db.user.findUniqueOrThrow({ where: { email: "admin@example.jp" } });
  const period = await db.reportingPeriod.findFirstOrThrow({ where: { status: "open" } });
  const items = await db.planItem.findMany({ orderBy: { number: "asc" }, take: REPORTS, select: { id: true } });
  // Written directly (as the roll-up bench does): the services load the UI's message catalogs,
  // which this script's react-server condition cannot import.
  await db.progressReport.createMany({
    data: items.map((item) => ({
      itemId: item.id,
      periodId: period.id,
      state: "submitted" as const,
      status: "in_progress" as const,
      evaluation: "B" as const,
      progressPercent: 50,
      achievements: "ベンチマーク用の実績",
      createdById: user.id,
      updatedById: user.id,
      submittedById: user.id,
      submittedAt: new Date(),
    })),
  });
  await db.$disconnect();
}

/** Approves each card with its own button, then publishes all approved reports. */
async function oneAtATime(page: Page, click: () => void) {
  const queue = page.getByRole("region", { name: /^審査待ちの報告/ }).getByRole("article");
  for (let left = REPORTS; left > 0; left -= 1) {
    click();
    await queue.first().getByRole("button", { name: "承認", exact: true }).click();
    // The approved card leaves the queue.
    await queue.nth(left - 1).waitFor({ state: "detached", timeout: 30_000 });
  }
  await publishAll(page, click);
}

/** Selects every card shown, approves them with one press, then publishes them. */
async function bulk(page: Page, click: () => void) {
  click();
  await page.getByRole("button", { name: `表示中の${REPORTS}件をすべて選択` }).click();
  click();
  await page.getByRole("button", { name: "選択した報告を承認" }).click();
  await page.getByText(`${REPORTS}件の報告を承認しました。`).waitFor({ timeout: 60_000 });
  await publishAll(page, click);
}

async function publishAll(page: Page, click: () => void) {
  click();
  await page.getByLabel(`上記の${REPORTS}件の報告を公開することを確認しました`).check();
  click();
  await page.getByRole("button", { name: "承認済みをすべて公開" }).click();
  await page.getByText(`${REPORTS}件の報告を公開しました。`).waitFor({ timeout: 60_000 });
}

async function measure(flow: (page: Page, click: () => void) => Promise<void>, port: number) {
  const dir = path.join(os.tmpdir(), `portal-bench-review-${process.pid}-${port}`);
  await seedSubmitted(dir);
  const server = await startBenchServer(port, {
    DATABASE_URL: "",
    PGLITE_DIR: dir,
    SEED_DEMO_USERS: "1",
    ALLOW_DEMO_USERS: "1",
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    const page = await browser.newPage({ baseURL: server.base, locale: "ja-JP" });
    await page.goto("/login");
    await page.getByLabel("メールアドレス").fill("admin@example.jp");
    await page.getByLabel("パスワード").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "ログイン" }).click();
    await page.waitForURL(/\/staff$/);
    await page.goto("/staff/review");
    let clicks = 0;
    const start = performance.now();
    await flow(page, () => {
      clicks += 1;
    });
    return { clicks, seconds: (performance.now() - start) / 1000 };
  } finally {
    await browser.close();
    server.stop();
  }
}

export async function reviewFlowBench() {
  const port = Number(process.env.BENCH_PORT ?? 3290) + 1;
  const before = await measure(oneAtATime, port);
  const after = await measure(bulk, port + 1);
  console.log(`\nApproving and publishing ${REPORTS} submitted reports in Chromium (waiting on the portal only)`);
  console.table([
    { flow: "one card at a time", clicks: before.clicks, seconds: before.seconds.toFixed(1) },
    { flow: "select all, approve, confirm, publish", clicks: after.clicks, seconds: after.seconds.toFixed(1) },
    {
      flow: "ratio",
      clicks: (before.clicks / after.clicks).toFixed(1),
      seconds: (before.seconds / after.seconds).toFixed(1),
    },
  ]);
}
