// Failure drill: PostgreSQL is stopped the way a crash stops it (pg_ctl stop -m immediate) while 20
// editors save drafts and the secretariat publishes, then started again. Every acknowledged write is
// there after recovery, the same client (no restart) answers again within 10 s of the database's
// return, and no call hangs while it is away. Runs on a cluster of its own, where CI has PostgreSQL.
import { afterAll, expect, it } from "vitest";
import type { RequestContext } from "../../lib/auth/context.ts";
import { closeDb, createDb, type Db } from "../../lib/db/create-client.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { importSource } from "../../lib/importer/import-source.ts";
import { approveReports } from "../../lib/review/approve-reports.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { COMPLETE_REPORT, ctxOf, makeUser, openPeriod } from "../support/fixtures.ts";
import { PrivateCluster } from "../support/private-cluster.ts";
import { countOf, firstReport, saveCountedDraft } from "../support/reports.ts";

const EDITORS = 20;
const PUBLICATIONS = 12;
const ACKS_BEFORE_KILL = 200;
const DOWN_MS = 3_000;
const RECOVERY_LIMIT_MS = 10_000;
// A call may wait for a connection (DB_CONNECT_TIMEOUT_MS, 10 s) but never longer.
const LONGEST_CALL_MS = 15_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Clock {
  /** when the database was stopped; 0 while it runs as before */
  stoppedAt: number;
  /** when it accepted connections again; 0 until then */
  backAt: number;
}

/** Runs calls until `done`, timing each; returns the longest and the first success after the database came back. */
async function loop(done: () => boolean, clock: Clock, call: () => Promise<boolean>) {
  let longest = 0;
  let firstBackSuccess = 0;
  let failures = 0;
  while (!done() || (clock.backAt > 0 && firstBackSuccess === 0)) {
    const started = Date.now();
    let succeeded = false;
    try {
      succeeded = await call();
    } catch {
      failures += 1;
    }
    const finished = Date.now();
    longest = Math.max(longest, finished - started);
    if (succeeded && clock.backAt > 0 && started >= clock.backAt && firstBackSuccess === 0) firstBackSuccess = finished;
    if (!succeeded) await sleep(100);
  }
  return { longest, firstBackSuccess, failures };
}

/** An editor saving drafts of one item with a rising counter; the last counter acknowledged. */
function editorLoop(db: Db, ctx: RequestContext, itemNumber: number, done: () => boolean, clock: Clock) {
  let base = { reportId: 0, version: 0 };
  let counter = 0;
  const acknowledged = { counter: 0 };
  const run = loop(done, clock, async () => {
    counter += 1;
    try {
      const saved = await saveCountedDraft(db, ctx, itemNumber, base, counter);
      base = { reportId: saved.reportId, version: saved.version };
      acknowledged.counter = counter;
      return true;
    } catch (error) {
      // A save cut off by the crash may have committed without an answer: build on what is stored.
      const stored = await db.progressReport.findFirst({ where: { item: { number: itemNumber } } }).catch(() => null);
      if (stored) base = { reportId: stored.id, version: stored.version };
      throw error;
    }
  });
  return { run, acknowledged };
}

const cluster = await PrivateCluster.create().catch((error: unknown) => {
  // Where CI runs (TEST_DATABASE_URL) the drill must run; elsewhere it needs a PostgreSQL install.
  if (process.env.TEST_DATABASE_URL) throw error;
  return null;
});
afterAll(() => cluster?.destroy());

it.runIf(cluster)(
  "keeps every acknowledged write when PostgreSQL crashes, and answers again without a restart",
  async () => {
    if (!cluster) return;
    cluster.start();
    const db = createDb({ databaseUrl: cluster.url });
    try {
      await migrate(db);
      await importSource(db);
      const admin = await makeUser(db, { role: "admin" });
      await openPeriod(db, { admin });

      // Each editor reports for a section of their own; the secretariat publishes other sections' reports.
      const sections = await db.section.findMany({
        where: { items: { some: {} } },
        include: { items: { select: { number: true }, orderBy: { number: "asc" } } },
        orderBy: { sortOrder: "asc" },
      });
      expect(sections.length).toBeGreaterThanOrEqual(EDITORS + 1);
      const editors = await Promise.all(
        sections.slice(0, EDITORS).map(async (section) => ({
          ctx: ctxOf(await makeUser(db, { role: "editor", section: section.name })),
          itemNumber: section.items[0].number,
        })),
      );
      const toPublish: number[] = [];
      for (const section of sections.slice(EDITORS)) {
        const editor = ctxOf(await makeUser(db, { role: "editor", section: section.name }));
        for (const { number } of section.items) {
          if (toPublish.length === PUBLICATIONS) break;
          const submitted = await firstReport(db, editor, number, "submit", COMPLETE_REPORT);
          await approveReports(db, ctxOf(admin), {
            reports: [{ reportId: String(submitted.reportId), version: String(submitted.version) }],
          });
          toPublish.push(submitted.reportId);
        }
      }
      expect(toPublish).toHaveLength(PUBLICATIONS);

      const clock: Clock = { stoppedAt: 0, backAt: 0 };
      let stop = false;
      const done = () => stop;
      const writers = editors.map(({ ctx, itemNumber }) => ({
        itemNumber,
        ...editorLoop(db, ctx, itemNumber, done, clock),
      }));
      const published: number[] = [];
      const pending = [...toPublish];
      const publisher = loop(done, clock, async () => {
        const reportId = pending[0];
        if (reportId === undefined) {
          await sleep(200);
          return true;
        }
        try {
          await publishReports(db, ctxOf(admin), { reportIds: [String(reportId)] });
        } catch (error) {
          // Published by a call the crash cut off before it answered: not acknowledged, but done.
          const stored = await db.progressReport.findUnique({ where: { id: reportId } }).catch(() => null);
          if (stored?.state === "published") pending.shift();
          throw error;
        }
        published.push(pending.shift() as number);
        await sleep(400);
        return true;
      });

      const acks = () => writers.reduce((sum, writer) => sum + writer.acknowledged.counter, 0) + published.length;
      while (acks() < ACKS_BEFORE_KILL) await sleep(50);
      const acksBeforeCrash = acks();
      const publishedBeforeCrash = published.length;
      cluster.stopImmediately();
      clock.stoppedAt = Date.now();
      await sleep(DOWN_MS);
      cluster.start();
      clock.backAt = Date.now();
      stop = true;
      const results = await Promise.all([...writers.map((writer) => writer.run), publisher]);

      const recoveryMs = Math.max(...results.map((result) => result.firstBackSuccess - clock.backAt));
      const longestMs = Math.max(...results.map((result) => result.longest));
      const failures = results.reduce((sum, result) => sum + result.failures, 0);
      console.log(
        `drill (PostgreSQL crash): ${acksBeforeCrash} acknowledged writes before the crash (${publishedBeforeCrash} publications), ` +
          `${acks()} in all (${published.length} publications); ` +
          `${failures} calls failed while it was down; every writer succeeded again ${recoveryMs} ms after its return; ` +
          `longest call ${longestMs} ms`,
      );
      expect(recoveryMs).toBeLessThan(RECOVERY_LIMIT_MS);
      expect(longestMs).toBeLessThan(LONGEST_CALL_MS);
      expect(failures).toBeGreaterThan(0);

      for (const writer of writers) {
        const report = await db.progressReport.findFirstOrThrow({ where: { item: { number: writer.itemNumber } } });
        expect(countOf(report.achievements), `item ${writer.itemNumber}`).toBeGreaterThanOrEqual(
          writer.acknowledged.counter,
        );
      }
      const publishedNow = await db.progressReport.findMany({ where: { id: { in: published } } });
      expect(publishedNow.map((report) => report.state)).toEqual(published.map(() => "published"));
      const audited = await db.auditLog.count({
        where: { action: "report.publish", entityId: { in: published.map(String) } },
      });
      expect(audited).toBe(published.length);
    } finally {
      await closeDb(db);
    }
  },
  300_000,
);
