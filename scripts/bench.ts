// `npm run bench`: how the roll-ups behind the dashboard scale with the data,
// and how fast the cached public pages answer. Reports medians and ratios of
// one run; the machines are noisy, so nothing here passes or fails.
//
// 1. Roll-ups in process on an embedded database: the city's 118 items with
//    one period of published reports (1×), then with 100 periods (100× the
//    reports): the summary of the latest period and the trend over all periods.
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

await rollupBench();
await excelBench();
if (process.env.BENCH_SKIP_HTTP !== "1") {
  await pagesBench();
  await reviewFlowBench();
  await loadBench();
}
