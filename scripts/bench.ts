// `npm run bench`: how the roll-ups behind the dashboard scale with the data,
// and how fast the cached public pages answer. Reports medians and ratios of
// one run; the machines are noisy, so nothing here passes or fails.
//
// 1. Roll-ups in process on an embedded database: the city's 118 items with
//    one period of published reports (1×), then with 100 periods (100× the
//    reports): the summary of the latest period and the trend over all periods.
// 2. HTTP through the production server (server.mjs; needs a build: `npm run build`):
//    /dashboard, /api/v1/summary, /items/44 and /departments/01 with autocannon, cold and warm.
// 3. The secretariat approving and publishing 20 reports in Chromium, one card
//    at a time and in bulk (scripts/bench-review.ts).
// 4. A 2,000-row survey workbook imported (preview, apply) and the period sheet
//    at 100× the items, in process (scripts/bench-excel.ts), right after 1.
// 5. Load on PostgreSQL: 50 signed-in editors saving drafts and 200 citizens reading for 60 s
//    (scripts/bench-load.ts): p50/p95, errors, lost updates.
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createDb, type Db } from "../lib/db/create-client.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { loadSummary, loadTrend } from "../lib/rollup/summary.ts";
import { excelBench } from "./bench-excel.ts";
import { loadBench } from "./bench-load.ts";
import { reviewFlowBench, waitFor } from "./bench-review.ts";

const STATUSES = ["not_started", "considering", "in_progress", "completed", "suspended"] as const;
const EVALUATIONS = ["A", "B", "C", "D"] as const;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Adds `count` closed periods, each with a published report for every item. */
async function addPeriods(db: Db, count: number, userId: number, fromYear: number) {
  const items = await db.planItem.findMany({ select: { id: true } });
  for (let i = 0; i < count; i += 1) {
    const fiscalYear = fromYear + Math.floor(i / 2);
    const term = i % 2 === 0 ? "first_half" : "year_end";
    const period = await db.reportingPeriod.create({
      data: {
        fiscalYear,
        term,
        dueOn: new Date(`${fiscalYear}-10-31T00:00:00Z`),
        status: "closed",
        openedAt: new Date(),
        closedAt: new Date(),
      },
    });
    await db.progressReport.createMany({
      data: items.map((item, n) => ({
        itemId: item.id,
        periodId: period.id,
        state: "published" as const,
        status: STATUSES[(n + i) % STATUSES.length],
        evaluation: EVALUATIONS[(n + i) % EVALUATIONS.length],
        progressPercent: (n * 7 + i) % 101,
        achievements: "ベンチマーク用の実績",
        createdById: userId,
        updatedById: userId,
        publishedAt: new Date(),
      })),
    });
  }
}

async function rollupBench() {
  const db = createDb({ pgliteDir: "memory://" });
  await prepareDatabase(db, { ...process.env, SEED_DEMO_USERS: "" });
  const user = await db.user.create({
    data: { email: "bench@example.jp", name: "bench", role: "admin", passwordHash: "-" },
  });
  await addPeriods(db, 1, user.id, 2030);
  const oneSummary = await timeRuns(7, () => loadSummary(db));
  const oneTrend = await timeRuns(7, () => loadTrend(db));
  await addPeriods(db, 99, user.id, 2031);
  const reports = await db.progressReport.count();
  const manySummary = await timeRuns(7, () => loadSummary(db));
  const manyTrend = await timeRuns(3, () => loadTrend(db));
  await db.$disconnect();
  console.log(
    `\nRoll-ups on PGlite (in process), median of runs; 1× = 118 reports, 100× = ${reports} reports in 100 periods`,
  );
  console.table([
    {
      what: "summary of the latest period",
      "1× ms": oneSummary.toFixed(1),
      "100× ms": manySummary.toFixed(1),
      ratio: (manySummary / oneSummary).toFixed(2),
    },
    {
      what: "trend over all periods",
      "1× ms": oneTrend.toFixed(1),
      "100× ms": manyTrend.toFixed(1),
      ratio: (manyTrend / oneTrend).toFixed(2),
    },
  ]);
}

async function httpBench() {
  const port = Number(process.env.BENCH_PORT ?? 3290);
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node", ["server.mjs"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: "",
      PGLITE_DIR: path.join(os.tmpdir(), `portal-bench-${process.pid}`),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: "ignore",
    detached: true,
  });
  try {
    await waitFor(`${base}/api/health`, Date.now() + 120_000);
    const rows = [];
    for (const route of ["/dashboard", "/api/v1/summary", "/items/44", "/departments/01"]) {
      const coldStart = performance.now();
      await fetch(base + route);
      const cold = performance.now() - coldStart;
      const result = await autocannon({ url: base + route, connections: 10, duration: 5 });
      rows.push({
        route,
        "first request ms": cold.toFixed(0),
        "median latency ms": result.latency.p50,
        "p97.5 ms": result.latency.p97_5,
        "req/s (mean)": Math.round(result.requests.average),
        errors: result.errors + result.non2xx,
      });
    }
    console.log(`\nHTTP through server.mjs (10 connections, 5 s each)`);
    console.table(rows);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

await rollupBench();
await excelBench();
if (process.env.BENCH_SKIP_HTTP !== "1") {
  await httpBench();
  await reviewFlowBench();
  await loadBench();
}
