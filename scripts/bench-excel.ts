// Part of `npm run bench`: the survey workbook (調査票) of one section at the import's limit of
// 2,000 rows, filled in and read back (内容を確認 = preview, 取り込む = apply), and the period
// sheet (報告一覧) at 100× the city's 118 items, calling the services in process on PGlite.
//
// It runs in a child process without the react-server condition that `npm run bench` sets: the
// import saves through the report service, whose notifications load next-intl, and next-intl
// cannot load against React's server build outside Next. `server-only` is stubbed instead, as the
// tests alias it (vitest.config.ts). Run on its own: `npx tsx scripts/bench-excel.ts`
// (BENCH_EXCEL=import or =export for one part).
import { spawn } from "node:child_process";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import type { Actor } from "../lib/auth/actor.ts";
import type { RequestContext } from "../lib/auth/context.ts";
import type { Db } from "../lib/db/create-client.ts";

const SURVEY_ROWS = 2000;
const SHEET_ITEMS = 118 * 100;
const SECTION = "税務課";
const PERIOD = { fiscalYear: 2025, term: "first_half" as const };
const PERIOD_KEY = "2025-first_half";
/** Fresh databases the import is applied on: applying changes the data, so each copy is applied once. */
const IMPORT_COPIES = 3;
const EXPORT_RUNS = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);

/** A report text of a few hundred characters, different on every row as a section's would be. */
const text = (number: number, what: string) =>
  `${what}（項目${number}）：`.concat("窓口と電子申請の手続を見直し、処理期間を短縮した。".repeat(12));

async function load() {
  const [{ createDb }, { prepareDatabase }, importSurvey, loadSurvey, surveyWorkbook, loadPeriodSheet, periodSheet] =
    await Promise.all([
      import("../lib/db/create-client.ts"),
      import("../lib/db/prepare.ts"),
      import("../lib/surveys/import-survey.ts"),
      import("../lib/surveys/load-survey.ts"),
      import("../lib/surveys/survey-workbook.ts"),
      import("../lib/surveys/load-period-sheet.ts"),
      import("../lib/surveys/period-sheet.ts"),
    ]);
  const { STATUS_TERMS } = await import("../lib/reports/vocabulary.ts");
  return {
    createDb,
    prepareDatabase,
    ...importSurvey,
    ...loadSurvey,
    ...surveyWorkbook,
    ...loadPeriodSheet,
    ...periodSheet,
    STATUS_TERMS,
  };
}
type Services = Awaited<ReturnType<typeof load>>;

/** A fresh embedded database with the source document loaded and the period open. */
async function freshDb(s: Services) {
  const db = s.createDb({ pgliteDir: "memory://" });
  await s.prepareDatabase(db, { ...process.env, SEED_DEMO_USERS: "" });
  const period = await db.reportingPeriod.create({
    data: { ...PERIOD, dueOn: new Date("2025-10-31T00:00:00Z"), status: "open", openedAt: new Date() },
  });
  return { db, period };
}

async function userCtx(db: Db, role: "admin" | "editor", sectionId: number | null): Promise<RequestContext> {
  const user = await db.user.create({
    data: { email: `bench-${role}@example.jp`, name: `bench ${role}`, role, sectionId, passwordHash: "-" },
  });
  const actor: Actor = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sectionId: user.sectionId,
    bureauId: user.bureauId,
  };
  return { actor, requestId: "bench", ip: null };
}

/** Adds copies of existing items, numbered after the last, until the section (or the plan) has `total`. */
async function addItems(db: Db, total: number, sectionName?: string) {
  const section = sectionName ? await db.section.findUniqueOrThrow({ where: { name: sectionName } }) : null;
  const where = section ? { sectionId: section.id } : {};
  const templates = await db.planItem.findMany({ where, orderBy: { number: "asc" } });
  const last = await db.planItem.aggregate({ _max: { number: true } });
  const missing = total - (await db.planItem.count({ where }));
  const data = Array.from({ length: missing }, (_, i) => {
    const { id: _id, number: _number, createdAt: _c, updatedAt: _u, ...item } = templates[i % templates.length];
    return { ...item, number: (last._max.number ?? 0) + i + 1, title: `${item.title}（ベンチ${i + 1}）` };
  });
  for (let i = 0; i < data.length; i += 1000) await db.planItem.createMany({ data: data.slice(i, i + 1000) });
  return section;
}

/** The section's workbook as downloaded, every row filled in with exceljs as the section would. */
async function filledSurvey(s: Services, db: Db, ctx: RequestContext) {
  const start = performance.now();
  const data = await s.getSurveyData(db, ctx, { period: PERIOD_KEY, section: SECTION });
  const downloaded = await (await s.buildSurveyWorkbook(data)).xlsx.writeBuffer();
  const download = performance.now() - start;
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(downloaded);
  const sheet = book.getWorksheet(s.REPORT_SHEET)!;
  const terms = [s.STATUS_TERMS.considering, s.STATUS_TERMS.in_progress, s.STATUS_TERMS.completed];
  for (let line = 2; line <= data.rows.length + 1; line += 1) {
    const row = sheet.getRow(line);
    const number = Number(row.getCell(1).value);
    row.getCell(7).value = terms[line % terms.length];
    row.getCell(8).value = "ABCD"[line % 4];
    row.getCell(9).value = (line * 7) % 101;
    row.getCell(10).value = text(number, "実績");
  }
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return { bytes, rows: data.rows.length, download };
}

/** One fresh copy: 2,000 items in one section, half with a draft already; preview (warm) and apply once. */
async function importOnce(s: Services) {
  const { db, period } = await freshDb(s);
  const section = (await addItems(db, SURVEY_ROWS, SECTION))!;
  const ctx = await userCtx(db, "editor", section.id);
  const items = await db.planItem.findMany({ where: { sectionId: section.id }, select: { id: true } });
  await db.progressReport.createMany({
    data: items
      .filter((_, n) => n % 2 === 0)
      .map((item) => ({
        itemId: item.id,
        periodId: period.id,
        state: "draft" as const,
        achievements: "下書き",
        createdById: ctx.actor!.id,
        updatedById: ctx.actor!.id,
      })),
  });
  const { bytes, rows, download } = await filledSurvey(s, db, ctx);
  const input = { fileName: "調査票.xlsx", bytes };
  await s.previewSurveyImport(db, ctx, input);
  let start = performance.now();
  const preview = await s.previewSurveyImport(db, ctx, input);
  const previewMs = performance.now() - start;
  if (preview.counts.error > 0 || preview.counts.new + preview.counts.changed !== rows)
    throw new Error(`preview: ${JSON.stringify(preview.counts)}`);
  start = performance.now();
  const result = await s.applySurveyImport(db, ctx, {
    ...input,
    fileHash: preview.fileHash,
    expected: preview.counts.new + preview.counts.changed,
    bases: preview.bases,
  });
  const applyMs = performance.now() - start;
  if (result.applied !== rows) throw new Error(`applied ${result.applied} of ${rows}`);
  await db.$disconnect();
  return { rows, counts: preview.counts, size: bytes.byteLength, download, preview: previewMs, apply: applyMs };
}

async function importBench(s: Services) {
  const runs = [];
  for (let i = 0; i < IMPORT_COPIES; i += 1) runs.push(await importOnce(s));
  const { rows, counts, size } = runs[0];
  const download = median(runs.map((r) => r.download));
  const preview = median(runs.map((r) => r.preview));
  const apply = median(runs.map((r) => r.apply));
  console.log(
    `\nSurvey import on PGlite (in process): ${rows} rows of one section (${counts.new} new, ${counts.changed} changed), ` +
      `xlsx of ${mb(size)} MB; median of ${IMPORT_COPIES} fresh copies, each applied once`,
  );
  console.table([
    { what: "download (getSurveyData + build + write)", "median ms": download.toFixed(0), "rows/s": "" },
    { what: "preview (内容を確認)", "median ms": preview.toFixed(0), "rows/s": Math.round(rows / (preview / 1000)) },
    { what: "apply (取り込む)", "median ms": apply.toFixed(0), "rows/s": Math.round(rows / (apply / 1000)) },
  ]);
}

/** Runs `work` and samples the resident set meanwhile; returns its result and the peak above the start. */
async function peakRss<T>(work: () => Promise<T>) {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage.rss();
  const highWater = process.resourceUsage().maxRSS * 1024;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  try {
    const value = await work();
    // maxRSS catches a peak between samples, once it passes the process's earlier high-water mark.
    const after = process.resourceUsage().maxRSS * 1024;
    return { value, rssDelta: Math.max(peak, after > highWater ? after : 0) - before };
  } finally {
    clearInterval(sampler);
  }
}

async function exportBench(s: Services) {
  const { db, period } = await freshDb(s);
  await addItems(db, SHEET_ITEMS);
  const ctx = await userCtx(db, "admin", null);
  const items = await db.planItem.findMany({ select: { id: true, number: true } });
  const now = new Date();
  const by = ctx.actor!.id;
  const reports = items.map((item, n) => ({
    itemId: item.id,
    periodId: period.id,
    state: "published" as const,
    status: (["considering", "in_progress", "completed"] as const)[n % 3],
    evaluation: (["A", "B", "C", "D"] as const)[n % 4],
    progressPercent: (n * 7) % 101,
    achievements: text(item.number, "実績"),
    issues: text(item.number, "課題").slice(0, 150),
    nextSteps: text(item.number, "今後").slice(0, 150),
    createdById: by,
    updatedById: by,
    submittedById: by,
    submittedAt: now,
    reviewedById: by,
    reviewedAt: now,
    publishedById: by,
    publishedAt: now,
  }));
  for (let i = 0; i < reports.length; i += 1000)
    await db.progressReport.createMany({ data: reports.slice(i, i + 1000) });

  const phases = { load: [] as number[], build: [] as number[], write: [] as number[], total: [] as number[] };
  const rssDeltas: number[] = [];
  let size = 0;
  for (let run = 0; run <= EXPORT_RUNS; run += 1) {
    // As the route does it: the data, the workbook and its bytes, one request.
    const { value: times, rssDelta: delta } = await peakRss(async () => {
      const t0 = performance.now();
      const data = await s.getPeriodSheetData(db, ctx, PERIOD_KEY);
      const t1 = performance.now();
      const book = s.buildPeriodSheet(data);
      const t2 = performance.now();
      const bytes = await book.xlsx.writeBuffer();
      const t3 = performance.now();
      if (data.rows.length !== SHEET_ITEMS) throw new Error(`${data.rows.length} rows`);
      size = bytes.byteLength;
      return { load: t1 - t0, build: t2 - t1, write: t3 - t2, total: t3 - t0 };
    });
    rssDeltas.push(delta);
    if (run === 0) continue; // warm-up
    for (const phase of ["load", "build", "write", "total"] as const) phases[phase].push(times[phase]);
  }
  await db.$disconnect();
  console.log(
    `\nPeriod sheet (報告一覧) on PGlite (in process): ${SHEET_ITEMS} items with a report each, ` +
      `xlsx of ${mb(size)} MB; median of ${EXPORT_RUNS} runs after a warm-up; ` +
      `peak RSS above the start of a run: median ${mb(median(rssDeltas))} MB, ` +
      `largest ${mb(Math.max(...rssDeltas))} MB (warm-up included; PGlite's memory too)`,
  );
  console.table([
    { what: "getPeriodSheetData", "median ms": median(phases.load).toFixed(0) },
    { what: "buildPeriodSheet", "median ms": median(phases.build).toFixed(0) },
    { what: "xlsx.writeBuffer", "median ms": median(phases.write).toFixed(0) },
    { what: "total", "median ms": median(phases.total).toFixed(0) },
  ]);
}

async function main() {
  // Before any service loads: `server-only` would throw outside React Server Components.
  register(
    `data:text/javascript,${encodeURIComponent(
      `export const resolve = (specifier, context, next) =>
        specifier === "server-only" ? { url: "data:text/javascript,", shortCircuit: true } : next(specifier, context);`,
    )}`,
  );
  const s = await load();
  if (process.env.BENCH_EXCEL !== "export") await importBench(s);
  if (process.env.BENCH_EXCEL !== "import") await exportBench(s);
}

const self = fileURLToPath(import.meta.url);

/** Runs this script in a child process of its own (see above); `npm run bench` calls it. */
export function excelBench(): Promise<void> {
  const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", self], {
    cwd: path.dirname(path.dirname(self)),
    stdio: "inherit",
  });
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`bench-excel exited with ${code}`))));
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === self) await main();
