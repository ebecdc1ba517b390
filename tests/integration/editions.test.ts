// Closing a period freezes its edition (版); the next edition lists exactly what
// changed in between; a refused close freezes nothing.
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { loadEdition, loadEditionList } from "../../lib/editions/load-editions.ts";
import { parseSnapshot } from "../../lib/editions/snapshot.ts";
import { updateItem } from "../../lib/items/update-item.ts";
import { setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, castIn, ctxOf, digest, failureOf, lastAuditId, openPeriod } from "../support/fixtures.ts";

type Status = "not_started" | "considering" | "in_progress" | "completed" | "suspended";

describeOnDatabases("editions", "imported", (suite) => {
  const cast = castIn(suite);
  let kpiId: number;

  beforeAll(async () => {
    // A confirmed KPI of item 44 (利用率, higher is better); its actuals come with the reports.
    const item44 = await suite.db.planItem.findUniqueOrThrow({ where: { number: 44 } });
    const kpi = await suite.db.indicator.create({
      data: {
        scope: "item",
        itemId: item44.id,
        name: "WEB口座振替の利用率",
        description: "",
        unit: "%",
        baselineValue: 10,
        baselineYear: 2023,
        targetValue: 50,
        targetYear: 2026,
        targetText: "50%",
        direction: "increase",
        status: "confirmed",
        sortOrder: 0,
      },
    });
    kpiId = kpi.id;
  });

  /** Writes, submits, approves and publishes an item's report for the open period, as sections and the secretariat do. */
  async function publish(
    actor: Actor,
    itemNumber: number,
    fields: { status: Status; evaluation: "A" | "B" | "C" | "D"; progressPercent: number },
    kpiActual?: number,
  ) {
    const saved = await saveReport(suite.db, ctxOf(actor), {
      itemNumber,
      baseReportId: 0,
      baseVersion: 0,
      intent: "submit",
      fields: { ...fields, progressPercent: String(fields.progressPercent), achievements: `No.${itemNumber} の実績` },
    });
    if (kpiActual !== undefined) {
      const report = await suite.db.progressReport.findUniqueOrThrow({ where: { id: saved.reportId } });
      await suite.db.indicatorValue.create({
        data: {
          indicatorId: kpiId,
          fiscalYear: 2025,
          periodId: report.periodId,
          reportId: report.id,
          value: kpiActual,
        },
      });
    }
    const approved = await reviewReport(suite.db, ctxOf(cast.admin), {
      reportId: saved.reportId,
      version: saved.version,
      decision: "approve",
    });
    expect(approved.state).toBe("approved");
    await publishReports(suite.db, ctxOf(cast.admin), { reportIds: [saved.reportId] });
  }

  const itemOf = (snapshot: ReturnType<typeof parseSnapshot>, number: number) =>
    snapshot.items.find((i) => i.number === number)!;

  it("refuses a close by anyone but the secretariat and freezes nothing", async () => {
    const period = await openPeriod(suite.db, { admin: cast.admin, fiscalYear: 2025, term: "first_half" });
    await publish(cast.editor, 42, { status: "in_progress", evaluation: "B", progressPercent: 40 });
    await publish(cast.editor, 43, { status: "considering", evaluation: "A", progressPercent: 10 });
    await publish(cast.editor, 44, { status: "in_progress", evaluation: "B", progressPercent: 50 }, 20);
    await publish(cast.admin, 1, { status: "in_progress", evaluation: "C", progressPercent: 20 });

    const before = await digest(suite.db);
    const mark = await lastAuditId(suite.db);
    const refused = await failureOf(
      setPeriodStatus(suite.db, ctxOf(cast.editor), { periodId: period.id, status: "closed" }),
    );
    expect(refused).toBeInstanceOf(ServiceError);
    expect(refused.code).toBe("forbidden");
    expect(await suite.db.edition.count()).toBe(0);
    expect(await digest(suite.db)).toBe(before);
    expect((await auditSince(suite.db, mark)).map((r) => [r.action, r.outcome])).toEqual([["period.close", "denied"]]);
  });

  it("closing the period freezes an edition of all 118 items as published, audited with the close", async () => {
    const period = await suite.db.reportingPeriod.findFirstOrThrow({ where: { status: "open" } });
    const mark = await lastAuditId(suite.db);
    const closed = await setPeriodStatus(suite.db, ctxOf(cast.admin), { periodId: period.id, status: "closed" });
    expect(closed.status).toBe("closed");

    const edition = await suite.db.edition.findUniqueOrThrow({ where: { periodId: period.id } });
    expect(edition.frozenById).toBe(cast.admin.id);
    const closedPeriod = await suite.db.reportingPeriod.findUniqueOrThrow({ where: { id: period.id } });
    expect(edition.frozenAt.getTime()).toBe(closedPeriod.closedAt!.getTime());

    const snapshot = parseSnapshot(edition.snapshot);
    expect(snapshot.version).toBe(1);
    expect(snapshot.period).toMatchObject({
      fiscalYear: 2025,
      term: "first_half",
      closedAt: closedPeriod.closedAt!.toISOString(),
    });
    expect(snapshot.items).toHaveLength(118);
    expect(snapshot.items.map((i) => i.number)).toEqual(Array.from({ length: 118 }, (_, i) => i + 1));
    expect(itemOf(snapshot, 42)).toMatchObject({
      status: "in_progress",
      evaluation: "B",
      progressPercent: 40,
      current: true,
      stale: false,
    });
    expect(itemOf(snapshot, 43)).toMatchObject({ status: "considering", evaluation: "A", progressPercent: 10 });
    expect(itemOf(snapshot, 44).kpis).toEqual([
      expect.objectContaining({ id: kpiId, actual: 20, actualYear: 2025, direction: "increase", targetValue: 50 }),
    ]);
    expect(itemOf(snapshot, 44).asOf).not.toBeNull();
    expect(itemOf(snapshot, 2)).toMatchObject({
      status: "not_reported",
      evaluation: null,
      progressPercent: null,
      asOf: null,
      current: false,
    });
    expect(snapshot.items.filter((i) => i.status !== "not_reported").map((i) => i.number)).toEqual([1, 42, 43, 44]);

    const audit = await auditSince(suite.db, mark);
    expect(audit.map((r) => [r.action, r.outcome])).toEqual([
      ["period.close", "ok"],
      ["edition.freeze", "ok"],
    ]);
    expect(audit[1]).toMatchObject({
      entityType: "Edition",
      entityId: String(edition.id),
      actorId: cast.admin.id,
      requestId: audit[0].requestId,
    });
    expect(audit[1].after).toMatchObject({ period: "2025-first_half", items: 118, reported: 4 });

    // The first edition is compared with nothing: all that was published is newly reported.
    const loaded = (await loadEdition(suite.db, "2025-first_half"))!;
    expect(loaded).toMatchObject({ key: "2025-first_half", previous: null, next: null });
    expect(loaded.overall).toMatchObject({ items: 118, reported: 4, current: 4 });
    expect(loaded.diff.first).toBe(true);
    expect(loaded.diff.items.map((i) => [i.number, i.changes.map((c) => c.kind)])).toEqual([
      [1, ["newly_reported"]],
      [42, ["newly_reported"]],
      [43, ["newly_reported"]],
      [44, ["kpi", "newly_reported"]],
    ]);
  });

  it("a closed period is not closed (nor frozen) again", async () => {
    const period = await suite.db.reportingPeriod.findFirstOrThrow({ where: { fiscalYear: 2025, term: "first_half" } });
    const error = await failureOf(
      setPeriodStatus(suite.db, ctxOf(cast.admin), { periodId: period.id, status: "closed" }),
    );
    expect(error.code).toBe("invalid_state");
    expect(await suite.db.edition.count()).toBe(1);
  });

  it("the next edition lists exactly what changed since the previous one", async () => {
    const first = await suite.db.edition.findFirstOrThrow();
    const period = await openPeriod(suite.db, {
      admin: cast.admin,
      fiscalYear: 2025,
      term: "year_end",
      dueOn: "2026-04-30",
    });
    await publish(cast.editor, 42, { status: "completed", evaluation: "B", progressPercent: 100 });
    await publish(cast.editor, 43, { status: "in_progress", evaluation: "A", progressPercent: 30 });
    await publish(cast.editor, 44, { status: "in_progress", evaluation: "C", progressPercent: 55 }, 35);
    await publish(cast.admin, 2, { status: "not_started", evaluation: "D", progressPercent: 0 });
    // Item 1 reports nothing this period: it becomes 未更新.
    const item5 = await suite.db.planItem.findUniqueOrThrow({ where: { number: 5 } });
    const newTarget = `${item5.target}（令和8年度までに見直し）`;
    await updateItem(suite.db, ctxOf(cast.admin), {
      itemNumber: 5,
      version: item5.version,
      title: item5.title,
      purpose: item5.purpose,
      content: item5.content,
      target: newTarget,
      sectionId: item5.sectionId === null ? "" : item5.sectionId,
      classificationId: item5.classificationId === null ? "" : item5.classificationId,
      reason: "審議会の意見を受けて目標の期限を明記",
    });

    await setPeriodStatus(suite.db, ctxOf(cast.admin), { periodId: period.id, status: "closed" });
    const edition = (await loadEdition(suite.db, "2025-year_end"))!;
    expect(edition.previous).toEqual({ key: "2025-first_half", fiscalYear: 2025, term: "first_half" });
    expect(edition.next).toBeNull();
    expect(edition.diff.first).toBe(false);
    expect(edition.diff.items).toEqual([
      {
        number: 1,
        title: expect.any(String),
        changes: [{ kind: "became_stale", status: "in_progress", asOf: expect.any(String) }],
      },
      {
        number: 2,
        title: expect.any(String),
        changes: [{ kind: "newly_reported", status: "not_started", evaluation: "D", progressPercent: 0 }],
      },
      { number: 5, title: item5.title, changes: [{ kind: "target", from: item5.target, to: newTarget }] },
      { number: 42, title: expect.any(String), changes: [{ kind: "newly_completed", from: "in_progress" }] },
      { number: 43, title: expect.any(String), changes: [{ kind: "stage", from: "considering", to: "in_progress" }] },
      {
        number: 44,
        title: expect.any(String),
        changes: [
          { kind: "evaluation", from: "B", to: "C" },
          {
            kind: "kpi",
            movements: [expect.objectContaining({ id: kpiId, before: 20, after: 35, change: "up", judgement: "good" })],
          },
        ],
      },
    ]);
    expect(edition.diff.counts).toEqual({
      newly_completed: 1,
      stage: 1,
      evaluation: 1,
      target: 1,
      kpi_target: 0,
      kpi: 1,
      newly_reported: 1,
      became_stale: 1,
    });
    expect(edition.overall).toMatchObject({ items: 118, reported: 5, current: 4 });

    // The first edition stays as it was frozen: the later target edit is not in it.
    const again = await suite.db.edition.findUniqueOrThrow({ where: { id: first.id } });
    expect(itemOf(parseSnapshot(again.snapshot), 5).target).toBe(item5.target);
    expect((await loadEdition(suite.db, "2025-first_half"))!.next).toEqual({
      key: "2025-year_end",
      fiscalYear: 2025,
      term: "year_end",
    });

    const list = await loadEditionList(suite.db);
    expect(list.map((e) => [e.key, e.changedItems, e.overall.reported])).toEqual([
      ["2025-year_end", 6, 5],
      ["2025-first_half", 4, 4],
    ]);
  });

  it("an unknown or malformed key has no edition", async () => {
    expect(await loadEdition(suite.db, "2024-first_half")).toBeNull();
    expect(await loadEdition(suite.db, "2025-autumn")).toBeNull();
    expect(await loadEdition(suite.db, "../etc")).toBeNull();
  });
});
