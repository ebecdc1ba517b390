// `npm run bench`: how the roll-ups behind the dashboard scale with the data,
// and how fast the cached public pages answer. Reports medians and ratios of
// one run; the machines are noisy, so nothing here passes or fails.
//
// 1. Roll-ups in process on an embedded database: the city's 118 items with
//    one period of published reports (1×), then with 100 periods (100× the
//    reports): the summary of the latest period and the trend over all periods, p50 and p95.
// 2. The public pages (scripts/bench-pages.ts; needs a build: `npm run build`): Lighthouse 12 mobile
//    on six pages, and requests per second straight, through the shipped nginx cache and from a file.
// 3. The secretariat approving and publishing 20 reports in Chromium, one card
//    at a time and in bulk (scripts/bench-review.ts).
// 4. A 2,000-row survey workbook imported (preview, apply) and the period sheet
//    at 100× the items, in process (scripts/bench-excel.ts), right after 1.
// 5. Load on PostgreSQL: 50 signed-in editors saving drafts and 200 citizens reading for 60 s
//    (scripts/bench-load.ts): p50/p95, errors, lost updates.
import { createDb, type Db } from "../lib/db/create-client.ts";
import { prepareDatabase } from "../lib/db/prepare.ts";
import { loadSummary, loadTrend } from "../lib/rollup/summary.ts";
import { excelBench } from "./bench-excel.ts";
import { loadBench } from "./bench-load.ts";
import { pagesBench } from "./bench-pages.ts";
import { reviewFlowBench } from "./bench-review.ts";

const STATUSES = ["not_started", "considering", "in_progress", "completed", "suspended"] as const;
const EVALUATIONS = ["A", "B", "C", "D"] as const;

/** The value at quantile `q` of the samples (nearest rank). */
const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};

/** Times `runs` calls after one warm-up: median and p95 in ms. */
async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return { p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
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
  const oneSummary = await timeRuns(20, () => loadSummary(db));
  const oneTrend = await timeRuns(20, () => loadTrend(db));
  await addPeriods(db, 99, user.id, 2031);
  const reports = await db.progressReport.count();
  const manySummary = await timeRuns(40, () => loadSummary(db));
  const manyTrend = await timeRuns(20, () => loadTrend(db));
  await db.$disconnect();
  console.log(
    `\nRoll-ups on PGlite (in process, uncached: what a dashboard render costs after a publication); 1× = 118 reports, 100× = ${reports} reports in 100 periods; goal p95 ≤ 200 ms at 100×`,
  );
  const row = (what: string, one: { p50: number; p95: number }, many: { p50: number; p95: number }) => ({
    what,
    "1× p50 ms": one.p50.toFixed(1),
    "100× p50 ms": many.p50.toFixed(1),
    "100× p95 ms": many.p95.toFixed(1),
    "ratio p50": (many.p50 / one.p50).toFixed(2),
  });
  console.table([
    row("summary of the latest period (the dashboard)", oneSummary, manySummary),
    row("trend over all periods", oneTrend, manyTrend),
  ]);
}

await rollupBench();
await excelBench();
if (process.env.BENCH_SKIP_HTTP !== "1") {
  await pagesBench();
  await reviewFlowBench();
  await loadBench();
}
