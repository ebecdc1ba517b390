// Lost updates are impossible: a save based on an old version fails with
// `conflict`, and of many simultaneous saves of one version exactly one wins.
// On PostgreSQL every caller has its own client (own connections), so the race is real.
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { createDb } from "../../lib/db/create-client.ts";
import { updateItem } from "../../lib/items/update-item.ts";
import { setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { getReportForm } from "../../lib/reports/get-report-form.ts";
import { type SavedReport, saveReport } from "../../lib/reports/save-report.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { auditSince, ctxOf, digest, failureOf, lastAuditId, makeUser, openPeriod } from "../support/fixtures.ts";

const RACERS = 20;

const fieldsOf = (i: number) => ({
  status: "in_progress",
  evaluation: "B",
  progressPercent: String(i),
  achievements: `racer ${i}`,
  issues: "",
  nextSteps: "",
});

describeOnDatabases("concurrent changes", "imported", (suite) => {
  let db: Db;
  let admin: Actor;
  let editorA: Actor;
  let editorB: Actor;
  let period: { id: number };

  beforeAll(async () => {
    db = suite.db;
    admin = await makeUser(db, { role: "admin" });
    editorA = await makeUser(db, { role: "editor", section: "税務課", name: "職員A" });
    editorB = await makeUser(db, { role: "editor", section: "税務課", name: "職員B" });
    period = await openPeriod(db, { admin });
  });

  /**
   * `n` clients on the test database: separate Prisma clients (and pools) on
   * PostgreSQL, connected beforehand so the calls start together; on PGlite the one client.
   */
  async function withClients<T>(n: number, run: (clients: Db[]) => Promise<T>): Promise<T> {
    if (!suite.databaseUrl) return run(Array.from({ length: n }, () => db));
    const clients = Array.from({ length: n }, () => createDb({ databaseUrl: suite.databaseUrl }));
    try {
      await Promise.all(clients.map((c) => c.$queryRaw`SELECT 1`));
      return await run(clients);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  }

  /** Exactly one call succeeded and every other one failed with `conflict`; returns the winner's index and value. */
  function oneWinner<T>(results: PromiseSettledResult<T>[]): { index: number; value: T } {
    const won = results.flatMap((r, index) => (r.status === "fulfilled" ? [{ index, value: r.value }] : []));
    const failures = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    for (const failure of failures) {
      expect(failure).toBeInstanceOf(ServiceError);
      expect((failure as ServiceError).code, String(failure)).toBe("conflict");
    }
    expect(won).toHaveLength(1);
    expect(failures).toHaveLength(results.length - 1);
    return won[0];
  }

  const reportsOf = (number: number) =>
    db.progressReport.findMany({ where: { item: { number }, periodId: period.id }, orderBy: { revision: "asc" } });

  it("two sessions: the save based on the old version fails with conflict and shows the other's values", async () => {
    const a = ctxOf(editorA);
    const b = ctxOf(editorB);
    const created = await saveReport(db, a, {
      itemNumber: 43,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { achievements: "初稿" },
    });

    // Both open the form on version 1.
    const formA = await getReportForm(db, a, 43);
    const formB = await getReportForm(db, b, 43);
    expect(formA.report).toMatchObject({ id: created.reportId, version: 1 });
    expect(formB.report).toMatchObject({ id: created.reportId, version: 1 });

    const savedA = await saveReport(db, a, {
      itemNumber: 43,
      baseReportId: formA.report!.id,
      baseVersion: formA.report!.version,
      intent: "draft",
      fields: { ...fieldsOf(30), achievements: "Aの記載" },
    });
    expect(savedA.version).toBe(2);

    const before = await digest(db);
    const mark = await lastAuditId(db);
    const error = await failureOf(
      saveReport(db, b, {
        itemNumber: 43,
        baseReportId: formB.report!.id,
        baseVersion: formB.report!.version,
        intent: "draft",
        fields: { ...fieldsOf(70), achievements: "Bの記載" },
      }),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe("conflict");
    expect(error.details?.current).toMatchObject({
      id: created.reportId,
      version: 2,
      achievements: "Aの記載",
      progressPercent: 30,
      updatedById: editorA.id,
      state: "draft",
    });
    expect(await digest(db)).toBe(before);
    expect(await auditSince(db, mark)).toEqual([]);

    const [report] = await reportsOf(43);
    expect(report).toMatchObject({ version: 2, achievements: "Aの記載", progressPercent: 30, updatedById: editorA.id });

    // B reloads, sees A's version and can then save on top of it.
    const reloaded = await getReportForm(db, b, 43);
    const savedB = await saveReport(db, b, {
      itemNumber: 43,
      baseReportId: reloaded.report!.id,
      baseVersion: reloaded.report!.version,
      intent: "draft",
      fields: { ...fieldsOf(70), achievements: "Bの記載" },
    });
    expect(savedB.version).toBe(3);
  });

  it("a first save based on 'no report yet' conflicts once someone else created it", async () => {
    const a = ctxOf(editorA);
    const b = ctxOf(editorB);
    await saveReport(db, a, {
      itemNumber: 42,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { achievements: "Aが先" },
    });
    const error = await failureOf(
      saveReport(db, b, {
        itemNumber: 42,
        baseReportId: 0,
        baseVersion: 0,
        intent: "draft",
        fields: { achievements: "Bが後" },
      }),
    );
    expect(error.code).toBe("conflict");
    expect(error.details?.current).toMatchObject({ version: 1, achievements: "Aが先", updatedById: editorA.id });
    expect((await reportsOf(42)).map((r) => r.achievements)).toEqual(["Aが先"]);
  });

  it(`${RACERS} simultaneous submits of one version: exactly one wins`, async () => {
    const draft = await saveReport(db, ctxOf(editorA), {
      itemNumber: 44,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { achievements: "下書き" },
    });
    const mark = await lastAuditId(db);
    const results = await withClients(RACERS, (clients) =>
      Promise.allSettled(
        clients.map((client, i) =>
          saveReport(client, ctxOf(i % 2 ? editorB : editorA), {
            itemNumber: 44,
            baseReportId: draft.reportId,
            baseVersion: draft.version,
            intent: "submit",
            fields: fieldsOf(i),
          }),
        ),
      ),
    );
    const { index, value } = oneWinner<SavedReport>(results);
    expect(value).toMatchObject({
      reportId: draft.reportId,
      version: draft.version + 1,
      state: "submitted",
      revision: 1,
    });
    const reports = await reportsOf(44);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      id: draft.reportId,
      version: 2,
      state: "submitted",
      achievements: `racer ${index}`,
      progressPercent: index,
    });
    const audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "report.submit", outcome: "ok", entityId: String(draft.reportId) });
  });

  it(`${RACERS} simultaneous first saves (no report yet): exactly one report is created`, async () => {
    const mark = await lastAuditId(db);
    const results = await withClients(RACERS, (clients) =>
      Promise.allSettled(
        clients.map((client, i) =>
          saveReport(client, ctxOf(editorA), {
            itemNumber: 56,
            baseReportId: 0,
            baseVersion: 0,
            intent: "submit",
            fields: fieldsOf(i),
          }),
        ),
      ),
    );
    const { index, value } = oneWinner<SavedReport>(results);
    expect(value).toMatchObject({ version: 1, state: "submitted", revision: 1 });
    const reports = await reportsOf(56);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ id: value.reportId, revision: 1, version: 1, achievements: `racer ${index}` });
    expect((await auditSince(db, mark)).filter((r) => r.outcome === "ok")).toHaveLength(1);
  });

  it(`${RACERS} simultaneous corrections of a published report: exactly one revision 2`, async () => {
    // Item 1 (人事課), reported by the secretariat, taken through to publication.
    const ctx = ctxOf(admin);
    const submitted = await saveReport(db, ctx, {
      itemNumber: 1,
      baseReportId: 0,
      baseVersion: 0,
      intent: "submit",
      fields: fieldsOf(50),
    });
    const approved = await reviewReport(db, ctx, {
      reportId: submitted.reportId,
      version: submitted.version,
      decision: "approve",
    });
    await publishReports(db, ctx, { reportIds: [approved.reportId] });
    const published = (await reportsOf(1))[0];
    expect(published.state).toBe("published");

    const results = await withClients(RACERS, (clients) =>
      Promise.allSettled(
        clients.map((client, i) =>
          saveReport(client, ctx, {
            itemNumber: 1,
            baseReportId: published.id,
            baseVersion: published.version,
            intent: "draft",
            fields: fieldsOf(i),
          }),
        ),
      ),
    );
    const { index, value } = oneWinner<SavedReport>(results);
    expect(value).toMatchObject({ revision: 2, version: 1, state: "draft" });
    const reports = await reportsOf(1);
    expect(reports.map((r) => [r.revision, r.state, r.achievements])).toEqual([
      [1, "published", "racer 50"],
      [2, "draft", `racer ${index}`],
    ]);
    expect(reports[0]).toEqual(published);
  });

  it("two simultaneous item edits of one version: one wins, the other gets conflict", async () => {
    const item = await db.planItem.findUniqueOrThrow({ where: { number: 2 } });
    const input = (title: string) => ({
      itemNumber: 2,
      version: item.version,
      title,
      purpose: item.purpose,
      content: item.content,
      target: item.target,
      sectionId: item.sectionId,
      classificationId: item.classificationId,
      reason: `${title}へ変更`,
    });
    const titles = ["編集X", "編集Y"];
    const results = await withClients(2, (clients) =>
      Promise.allSettled(clients.map((client, i) => updateItem(client, ctxOf(admin), input(titles[i])))),
    );
    const { index, value } = oneWinner(results);
    expect(value).toEqual({ itemNumber: 2, version: item.version + 1, changed: 1 });
    const after = await db.planItem.findUniqueOrThrow({ where: { number: 2 } });
    expect(after).toMatchObject({ title: titles[index], version: item.version + 1 });
    const changes = await db.itemChange.findMany({ where: { itemId: item.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      field: "title",
      before: item.title,
      after: titles[index],
      reason: `${titles[index]}へ変更`,
    });

    // The loser's retry on the old version is still refused.
    const retry = await failureOf(updateItem(db, ctxOf(admin), input(titles[1 - index])));
    expect(retry.code).toBe("conflict");
    expect((await db.planItem.findUniqueOrThrow({ where: { number: 2 } })).title).toBe(titles[index]);
  });

  it("two simultaneous openings of different periods: only one period is open", async () => {
    const [first, second] = await Promise.all(
      (["first_half", "year_end"] as const).map((term) =>
        db.reportingPeriod.create({ data: { fiscalYear: 2039, term, dueOn: new Date("2039-09-30T00:00:00Z") } }),
      ),
    );
    await db.reportingPeriod.update({ where: { id: period.id }, data: { status: "closed" } });
    try {
      const results = await withClients(2, (clients) =>
        Promise.allSettled(
          [first, second].map((p, i) => setPeriodStatus(clients[i], ctxOf(admin), { periodId: p.id, status: "open" })),
        ),
      );
      const won = results.filter((r) => r.status === "fulfilled");
      const codes = results.flatMap((r) => (r.status === "rejected" ? [(r.reason as ServiceError).code] : []));
      expect(await db.reportingPeriod.count({ where: { status: "open" } })).toBe(1);
      expect(won).toHaveLength(1);
      expect(codes).toEqual(["period_conflict"]);
    } finally {
      // Leave the file's period the open one for whatever runs after.
      await db.reportingPeriod.updateMany({ where: { id: { in: [first.id, second.id] } }, data: { status: "closed" } });
      await db.reportingPeriod.update({ where: { id: period.id }, data: { status: "open" } });
    }
  });

  // Deterministic interleavings on PostgreSQL: another session's change is held
  // uncommitted until our save is blocked on it, then committed.
  describe.runIf(suite.target.name === "postgresql")("conflict details in a real race", () => {
    async function whileHeld<T>(
      hold: (client: pg.Client) => Promise<unknown>,
      start: () => Promise<T>,
    ): Promise<PromiseSettledResult<T>> {
      const other = new pg.Client({ connectionString: suite.databaseUrl });
      await other.connect();
      try {
        await other.query("BEGIN");
        await hold(other);
        const pending = start();
        pending.catch(() => undefined);
        // Wait until our save waits for the other session's lock.
        const deadline = Date.now() + 20_000;
        for (;;) {
          const { rows } = await other.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
          );
          if (rows[0].n > 0) break;
          if (Date.now() > deadline) throw new Error("the save never waited for the other session");
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await other.query("COMMIT");
        return (await Promise.allSettled([pending]))[0];
      } finally {
        await other.end();
      }
    }

    it("a save that lost the race on an existing report is shown the winner's version", async () => {
      const ctx = ctxOf(admin);
      const draft = await saveReport(db, ctx, {
        itemNumber: 5,
        baseReportId: 0,
        baseVersion: 0,
        intent: "draft",
        fields: { achievements: "初稿" },
      });
      const result = await whileHeld(
        (other) =>
          other.query(
            `UPDATE "ProgressReport" SET version = version + 1, achievements = 'Aの記載', "updatedAt" = now() WHERE id = $1`,
            [draft.reportId],
          ),
        () =>
          saveReport(db, ctx, {
            itemNumber: 5,
            baseReportId: draft.reportId,
            baseVersion: draft.version,
            intent: "draft",
            fields: { achievements: "Bの記載" },
          }),
      );
      expect(result.status).toBe("rejected");
      const error = (result as PromiseRejectedResult).reason as ServiceError;
      expect(error.code).toBe("conflict");
      expect((await reportsOf(5))[0]).toMatchObject({ version: 2, achievements: "Aの記載" });
      // What the other person saved, not the version this save was based on.
      expect(error.details?.current).toMatchObject({ id: draft.reportId, version: 2, achievements: "Aの記載" });
    });

    it("a first save that lost the race is shown the report the other created", async () => {
      const ctx = ctxOf(admin);
      const item = await db.planItem.findUniqueOrThrow({ where: { number: 6 } });
      const result = await whileHeld(
        (other) =>
          other.query(
            `INSERT INTO "ProgressReport" ("itemId", "periodId", revision, achievements, "createdById", "updatedById", "updatedAt") VALUES ($1, $2, 1, 'Aが先', $3, $3, now())`,
            [item.id, period.id, editorA.id],
          ),
        () =>
          saveReport(db, ctx, {
            itemNumber: 6,
            baseReportId: 0,
            baseVersion: 0,
            intent: "draft",
            fields: { achievements: "Bが後" },
          }),
      );
      expect(result.status).toBe("rejected");
      const error = (result as PromiseRejectedResult).reason as ServiceError;
      expect(error.code).toBe("conflict");
      expect((await reportsOf(6)).map((r) => r.achievements)).toEqual(["Aが先"]);
      expect(error.details?.current).toMatchObject({ revision: 1, version: 1, achievements: "Aが先" });
    });
  });
});
