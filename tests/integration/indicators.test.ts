// KPIs: proposals from the targets (backfill), the secretariat's decisions on
// them, the vision's yearly actuals, and KPI actuals entered with a report —
// saved with it, guarded by its version, public only once it is published.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import type { Actor } from "../../lib/auth/actor.ts";
import type { RequestContext } from "../../lib/auth/context.ts";
import { backfillKpiProposals } from "../../lib/indicators/backfill-proposals.ts";
import { loadItemKpis, loadVisionIndicators } from "../../lib/indicators/item-kpis.ts";
import { listIndicatorAdmin } from "../../lib/indicators/list-indicator-admin.ts";
import {
  addItemIndicator,
  recordVisionValue,
  reviewItemIndicator,
  setItemMeasurability,
} from "../../lib/indicators/manage-indicators.ts";
import { getReportForm } from "../../lib/reports/get-report-form.ts";
import { fieldErrorsOf } from "../../lib/reports/report-schema.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { listReviewQueue } from "../../lib/review/list-review-queue.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { type Db, openImportedDb, type TestDb, targets } from "../support/db.ts";
import { auditSince, ctxOf, failureOf, lastAuditId, makeUser, openPeriod } from "../support/fixtures.ts";

/** Every row KPI work could touch, as one string: equal digests mean nothing changed. */
async function kpiDigest(db: Db): Promise<string> {
  const byId = { orderBy: { id: "asc" as const } };
  const [indicators, values, items, reports] = await Promise.all([
    db.indicator.findMany(byId),
    db.indicatorValue.findMany(byId),
    db.planItem.findMany({ ...byId, select: { id: true, targetMeasurability: true, version: true, updatedAt: true } }),
    db.progressReport.findMany(byId),
  ]);
  return JSON.stringify({ indicators, values, items, reports });
}

const MEASURABILITY = { measurable: 21, partial: 5, none: 92 };

describe.each(targets)("KPI proposals backfill on $name", (target) => {
  let testDb: TestDb;
  let db: Db;

  beforeAll(async () => {
    testDb = await openImportedDb(target);
    db = testDb.db;
  });

  afterAll(async () => {
    await testDb?.close();
  });

  it("classifies every target and proposes its KPIs once; a second run changes nothing", async () => {
    // The secretariat judged item 10 and added item 20's KPI before the backfill ran.
    await db.planItem.update({ where: { number: 10 }, data: { targetMeasurability: "partial" } });
    const item20 = await db.planItem.findUniqueOrThrow({ where: { number: 20 } });
    const own = await db.indicator.create({
      data: {
        scope: "item",
        itemId: item20.id,
        name: "契約に占める電子契約の割合",
        description: "",
        unit: "%",
        targetValue: 60,
        targetYear: 2026,
        targetText: item20.target,
        direction: "increase",
        status: "confirmed",
        sortOrder: 1,
      },
    });
    const vision = await db.indicator.count({ where: { scope: "vision" } });

    const first = await backfillKpiProposals(db);
    expect(first).toEqual({ classified: 117, proposed: 27 });

    const counts = await db.planItem.groupBy({ by: ["targetMeasurability"], _count: true });
    expect(Object.fromEntries(counts.map((c) => [c.targetMeasurability, c._count]))).toEqual({
      ...MEASURABILITY,
      measurable: MEASURABILITY.measurable - 1,
      partial: MEASURABILITY.partial + 1,
    });
    // Item 10 kept the secretariat's judgement and got no proposal; item 20's own KPI is untouched.
    expect(await db.indicator.count({ where: { item: { number: 10 } } })).toBe(0);
    expect(await db.indicator.findUniqueOrThrow({ where: { id: own.id } })).toEqual(own);
    expect(await db.indicator.count({ where: { item: { number: 20 } } })).toBe(1);
    expect(await db.indicator.count({ where: { scope: "vision" } })).toBe(vision);

    const p44 = await db.indicator.findMany({ where: { item: { number: 44 } } });
    expect(p44).toMatchObject([
      {
        scope: "item",
        status: "proposed",
        name: "WEB口座振替受付サービスの利用率",
        unit: "%",
        targetValue: 20,
        targetYear: 2026,
        direction: "increase",
        baselineValue: null,
        sortOrder: 1,
      },
    ]);
    expect(p44[0].sourceText).toContain("利用率20%");
    const p38 = await db.indicator.findMany({ where: { item: { number: 38 } }, orderBy: { sortOrder: "asc" } });
    expect(p38.map((p) => [p.name, p.targetValue, p.sortOrder])).toEqual([
      ["リモートワークを利用する職員数（年間累計）", null, 1],
      ["フレックス勤務を利用する職員数（年間累計）", null, 2],
    ]);

    const before = await kpiDigest(db);
    expect(await backfillKpiProposals(db)).toEqual({ classified: 0, proposed: 0 });
    expect(await kpiDigest(db)).toBe(before);
  });

  it("on a fresh import proposes 29 KPIs and counts 21 / 5 / 92", async () => {
    const fresh = await openImportedDb(target);
    try {
      expect(await backfillKpiProposals(fresh.db)).toEqual({ classified: 118, proposed: 29 });
      const admin = await makeUser(fresh.db, { role: "admin" });
      const page = await listIndicatorAdmin(fresh.db, ctxOf(admin), { status: "proposed", measurability: "all" });
      expect(page.measurabilityCounts).toEqual({ ...MEASURABILITY, unset: 0 });
      expect(page.statusCounts).toEqual({ proposed: 29, confirmed: 0, rejected: 0 });
      expect(page.items).toHaveLength(26);
      expect(page.vision.map((v) => v.baselineValue)).toEqual([6.8, 7.3, 4.2, 7, 47.89]);
    } finally {
      await fresh.close();
    }
  });
});

describe.each(targets)("KPI management and KPI actuals on $name", (target) => {
  let testDb: TestDb;
  let db: Db;
  let admin: Actor;
  let editor: Actor;
  let council: Actor;
  let period: { id: number; fiscalYear: number };

  beforeAll(async () => {
    testDb = await openImportedDb(target);
    db = testDb.db;
    await backfillKpiProposals(db);
    admin = await makeUser(db, { role: "admin" });
    editor = await makeUser(db, { role: "editor", section: "税務課" });
    council = await makeUser(db, { role: "council" });
    period = await openPeriod(db, { admin });
  });

  afterAll(async () => {
    await testDb?.close();
  });

  const proposalOf = (number: number) =>
    db.indicator.findFirstOrThrow({ where: { item: { number } }, orderBy: { sortOrder: "asc" } });
  const kpiFields = {
    name: "利用率",
    unit: "%",
    baselineValue: "",
    baselineYear: "",
    targetValue: "20",
    targetYear: "2026",
    direction: "increase",
  };

  describe("refusals", () => {
    const calls: [
      string,
      (ctx: RequestContext, ids: { indicatorId: number; updatedAt: string; visionId: number }) => Promise<unknown>,
    ][] = [
      [
        "confirm a proposal",
        (ctx, ids) =>
          reviewItemIndicator(db, ctx, {
            indicatorId: ids.indicatorId,
            baseUpdatedAt: ids.updatedAt,
            decision: "confirm",
            ...kpiFields,
          }),
      ],
      [
        "reject a proposal",
        (ctx, ids) =>
          reviewItemIndicator(db, ctx, {
            indicatorId: ids.indicatorId,
            baseUpdatedAt: ids.updatedAt,
            decision: "reject",
          }),
      ],
      [
        "add a KPI",
        (ctx) => addItemIndicator(db, ctx, { itemNumber: 42, ...kpiFields, name: "電子申告の利用件数", unit: "件" }),
      ],
      ["set measurability", (ctx) => setItemMeasurability(db, ctx, { itemNumber: 42, measurability: "measurable" })],
      [
        "enter a vision actual",
        (ctx, ids) =>
          recordVisionValue(db, ctx, { indicatorId: ids.visionId, fiscalYear: "2024", value: "9.5", note: "" }),
      ],
    ];
    const actors: [string, () => Actor | null, string][] = [
      ["editor of the owning section", () => editor, "forbidden"],
      ["council", () => council, "forbidden"],
      ["anonymous", () => null, "unauthenticated"],
    ];

    it.each(actors.flatMap(([who, actor, code]) => calls.map(([what, call]) => ({ who, actor, code, what, call }))))(
      "$who may not $what: nothing changes, the refusal is audited",
      async ({ actor, code, call }) => {
        const proposal = await proposalOf(44);
        const vision = await db.indicator.findFirstOrThrow({ where: { scope: "vision" } });
        const before = await kpiDigest(db);
        const mark = await lastAuditId(db);
        const error = await failureOf(
          call(ctxOf(actor()), {
            indicatorId: proposal.id,
            updatedAt: proposal.updatedAt.toISOString(),
            visionId: vision.id,
          }),
        );
        expect(error.code).toBe(code);
        expect(await kpiDigest(db)).toBe(before);
        const audit = await auditSince(db, mark);
        expect(audit).toHaveLength(1);
        expect(audit[0]).toMatchObject({ outcome: "denied", actorId: actor()?.id ?? null });
      },
    );
  });

  it("the secretariat edits, confirms and rejects proposals, each audited; a stale form is a conflict", async () => {
    const ctx = ctxOf(admin);
    const proposal = await proposalOf(44);
    expect(proposal.status).toBe("proposed");

    // Confirming needs a target figure; the form says which field.
    const noTarget = await failureOf(
      reviewItemIndicator(db, ctx, {
        indicatorId: proposal.id,
        baseUpdatedAt: proposal.updatedAt.toISOString(),
        decision: "confirm",
        ...kpiFields,
        targetValue: "",
      }),
    );
    expect(noTarget.code).toBe("invalid");
    expect(fieldErrorsOf(noTarget.details!.zod as z.ZodError)).toMatchObject({ targetValue: "targetRequired" });
    const badYear = await failureOf(
      reviewItemIndicator(db, ctx, {
        indicatorId: proposal.id,
        baseUpdatedAt: proposal.updatedAt.toISOString(),
        decision: "save",
        ...kpiFields,
        baselineYear: "令和100",
      }),
    );
    expect(fieldErrorsOf(badYear.details!.zod as z.ZodError)).toMatchObject({ baselineYear: "year" });

    const mark = await lastAuditId(db);
    const confirmed = await reviewItemIndicator(db, ctx, {
      indicatorId: proposal.id,
      baseUpdatedAt: proposal.updatedAt.toISOString(),
      decision: "confirm",
      ...kpiFields,
      name: "WEB口座振替受付サービスの利用率",
      // Full-width digits and separators are what people type.
      baselineValue: "１２．５",
      baselineYear: "2023",
    });
    expect(confirmed).toMatchObject({ itemNumber: 44, status: "confirmed" });
    expect(await db.indicator.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "confirmed",
      baselineValue: 12.5,
      baselineYear: 2023,
      targetValue: 20,
      targetYear: 2026,
      direction: "increase",
    });
    const [audit] = await auditSince(db, mark);
    expect(audit).toMatchObject({
      action: "indicator.confirm",
      entityType: "Indicator",
      entityId: String(proposal.id),
      outcome: "ok",
      actorId: admin.id,
    });
    expect(audit.before).toMatchObject({ status: "proposed", baselineValue: null });
    expect(audit.after).toMatchObject({ status: "confirmed", baselineValue: 12.5, itemNumber: 44 });

    // The same form sent again is based on an old version.
    const stale = await failureOf(
      reviewItemIndicator(db, ctx, {
        indicatorId: proposal.id,
        baseUpdatedAt: proposal.updatedAt.toISOString(),
        decision: "save",
        ...kpiFields,
        name: "上書き",
      }),
    );
    expect(stale.code).toBe("conflict");
    expect((await db.indicator.findUniqueOrThrow({ where: { id: proposal.id } })).name).toBe(
      "WEB口座振替受付サービスの利用率",
    );

    const proposal52 = await proposalOf(52);
    await reviewItemIndicator(db, ctx, {
      indicatorId: proposal52.id,
      baseUpdatedAt: proposal52.updatedAt.toISOString(),
      decision: "reject",
    });
    expect(await db.indicator.findUniqueOrThrow({ where: { id: proposal52.id } })).toMatchObject({
      status: "rejected",
      name: proposal52.name,
      targetValue: 0.5,
    });

    // A vision indicator is not an item KPI.
    const vision = await db.indicator.findFirstOrThrow({ where: { scope: "vision" } });
    expect(
      (
        await failureOf(
          reviewItemIndicator(db, ctx, {
            indicatorId: vision.id,
            baseUpdatedAt: vision.updatedAt.toISOString(),
            decision: "reject",
          }),
        )
      ).code,
    ).toBe("not_found");
  });

  it("the secretariat adds a KPI (confirmed at once, unique name per item) and sets a measurability", async () => {
    const ctx = ctxOf(admin);
    const mark = await lastAuditId(db);
    const added = await addItemIndicator(db, ctx, {
      itemNumber: "42",
      ...kpiFields,
      name: "電子申告の利用件数",
      unit: "件",
      targetValue: "1,200",
      baselineValue: "800",
      baselineYear: "2023",
    });
    expect(added).toMatchObject({ itemNumber: 42, status: "confirmed" });
    expect(await db.indicator.findUniqueOrThrow({ where: { id: added.indicatorId } })).toMatchObject({
      scope: "item",
      name: "電子申告の利用件数",
      targetValue: 1200,
      baselineValue: 800,
      sortOrder: 1,
    });
    expect((await auditSince(db, mark)).map((a) => [a.action, a.outcome])).toEqual([["indicator.add", "ok"]]);

    const twice = await failureOf(
      addItemIndicator(db, ctx, { itemNumber: "42", ...kpiFields, name: "電子申告の利用件数", unit: "件" }),
    );
    expect(fieldErrorsOf(twice.details!.zod as z.ZodError)).toMatchObject({ name: "nameTaken" });
    const noItem = await failureOf(addItemIndicator(db, ctx, { itemNumber: "999", ...kpiFields }));
    expect(fieldErrorsOf(noItem.details!.zod as z.ZodError)).toMatchObject({ itemNumber: "itemNotFound" });

    expect(await setItemMeasurability(db, ctx, { itemNumber: 42, measurability: "measurable" })).toEqual({
      itemNumber: 42,
      measurability: "measurable",
      changed: true,
    });
    expect(await setItemMeasurability(db, ctx, { itemNumber: 42, measurability: "measurable" })).toMatchObject({
      changed: false,
    });
    expect((await db.planItem.findUniqueOrThrow({ where: { number: 42 } })).targetMeasurability).toBe("measurable");
    // A later backfill leaves the judgement alone.
    await backfillKpiProposals(db);
    expect((await db.planItem.findUniqueOrThrow({ where: { number: 42 } })).targetMeasurability).toBe("measurable");
  });

  it("the secretariat enters a vision actual per year; entering a year again replaces it, audited", async () => {
    const ctx = ctxOf(admin);
    const vision = await db.indicator.findFirstOrThrow({ where: { scope: "vision" }, orderBy: { sortOrder: "asc" } });
    expect(
      await recordVisionValue(db, ctx, {
        indicatorId: vision.id,
        fiscalYear: "2024",
        value: "8.1",
        note: "令和6年度 市民意識調査",
      }),
    ).toMatchObject({ replaced: false });
    const mark = await lastAuditId(db);
    expect(
      await recordVisionValue(db, ctx, { indicatorId: vision.id, fiscalYear: "2024", value: "8.4", note: "" }),
    ).toMatchObject({ replaced: true, value: 8.4 });
    const [audit] = await auditSince(db, mark);
    expect(audit).toMatchObject({
      action: "indicator.value",
      before: { fiscalYear: 2024, value: 8.1 },
      after: { fiscalYear: 2024, value: 8.4 },
    });
    const bad = await failureOf(
      recordVisionValue(db, ctx, { indicatorId: vision.id, fiscalYear: "1999", value: "abc", note: "" }),
    );
    expect(fieldErrorsOf(bad.details!.zod as z.ZodError)).toMatchObject({ fiscalYear: "year", value: "number" });

    const [first] = await loadVisionIndicators(db);
    expect(first).toMatchObject({
      name: vision.name,
      baselineValue: 6.8,
      baselineYear: 2020,
      targetText: "上昇",
      actuals: [{ fiscalYear: 2024, value: 8.4, term: null }],
      latest: { value: 8.4 },
    });
  });

  it("an editor enters KPI actuals with the report; they follow its version and become public when it is published", async () => {
    const staff = ctxOf(editor);
    const kpi = await db.indicator.findFirstOrThrow({ where: { item: { number: 44 }, status: "confirmed" } });
    const other = await db.indicator.findFirstOrThrow({ where: { item: { number: 42 }, status: "confirmed" } });

    let form = await getReportForm(db, staff, 44);
    expect(form.kpis).toMatchObject([
      {
        id: kpi.id,
        name: "WEB口座振替受付サービスの利用率",
        unit: "%",
        targetValue: 20,
        baselineValue: 12.5,
        value: null,
        lastPublished: null,
      },
    ]);

    // A value that is not a number: nothing is written, the field says why.
    const before = await kpiDigest(db);
    const invalid = await failureOf(
      saveReport(db, staff, {
        itemNumber: 44,
        baseReportId: 0,
        baseVersion: 0,
        intent: "draft",
        fields: { achievements: "途中", [`kpi.${kpi.id}`]: "約15" },
      }),
    );
    expect(invalid.code).toBe("invalid");
    expect(fieldErrorsOf(invalid.details!.zod as z.ZodError)).toEqual({ [`kpi.${kpi.id}`]: "kpiNumber" });
    expect(await kpiDigest(db)).toBe(before);

    // A draft with the actual; another item's KPI smuggled into the form is ignored.
    const draft = await saveReport(db, staff, {
      itemNumber: 44,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { achievements: "途中", [`kpi.${kpi.id}`]: "１５．２", [`kpi.${other.id}`]: "5" },
    });
    const values = await db.indicatorValue.findMany({ where: { reportId: draft.reportId } });
    expect(values).toMatchObject([
      { indicatorId: kpi.id, value: 15.2, fiscalYear: period.fiscalYear, periodId: period.id, enteredById: editor.id },
    ]);
    form = await getReportForm(db, staff, 44);
    expect(form.kpis[0].value).toBe(15.2);

    // A stale save writes nothing: neither the report nor its actuals.
    const snapshot = await kpiDigest(db);
    const stale = await failureOf(
      saveReport(db, staff, {
        itemNumber: 44,
        baseReportId: draft.reportId,
        baseVersion: draft.version - 1,
        intent: "draft",
        fields: { achievements: "古い", [`kpi.${kpi.id}`]: "99" },
      }),
    );
    expect(stale.code).toBe("conflict");
    expect(stale.details?.current).toMatchObject({ id: draft.reportId, kpiActuals: { [String(kpi.id)]: 15.2 } });
    expect(await kpiDigest(db)).toBe(snapshot);

    // Submitted and approved: still not public.
    const mark = await lastAuditId(db);
    const submitted = await saveReport(db, staff, {
      itemNumber: 44,
      baseReportId: draft.reportId,
      baseVersion: draft.version,
      intent: "submit",
      fields: {
        status: "in_progress",
        evaluation: "B",
        progressPercent: "40",
        achievements: "案内を送付",
        [`kpi.${kpi.id}`]: "16",
      },
    });
    const [audit] = (await auditSince(db, mark)).filter((a) => a.action === "report.submit");
    expect(audit.before).toMatchObject({ kpiActuals: { [String(kpi.id)]: 15.2 } });
    expect(audit.after).toMatchObject({ kpiActuals: { [String(kpi.id)]: 16 } });

    const queue = await listReviewQueue(db, ctxOf(admin));
    expect(queue.submitted[0].kpis).toEqual([
      { id: kpi.id, name: kpi.name, unit: "%", targetValue: 20, value: 16, previous: null, changed: true },
    ]);
    await reviewReport(db, ctxOf(admin), {
      reportId: submitted.reportId,
      version: submitted.version,
      decision: "approve",
    });
    expect((await loadItemKpis(db, 44))!.kpis[0]).toMatchObject({ actuals: [], latest: null, rate: null });

    await publishReports(db, ctxOf(admin), { all: true });
    const published = (await loadItemKpis(db, 44))!;
    expect(published.measurability).toBe("measurable");
    expect(published.kpis).toHaveLength(1);
    expect(published.kpis[0]).toMatchObject({
      name: kpi.name,
      baselineValue: 12.5,
      targetValue: 20,
      actuals: [{ fiscalYear: period.fiscalYear, term: "first_half", value: 16 }],
      latest: { value: 16 },
    });
    // (16 − 12.5) / (20 − 12.5)
    expect(published.kpis[0].rate).toBeCloseTo(0.467, 3);

    // A correction is a new revision, prefilled with the published actual; until it is published the public sees 16.
    form = await getReportForm(db, staff, 44);
    expect(form.kpis[0]).toMatchObject({ value: 16, lastPublished: { value: 16, fiscalYear: period.fiscalYear } });
    const current = await db.progressReport.findFirstOrThrow({
      where: { item: { number: 44 } },
      orderBy: { revision: "desc" },
    });
    const revision = await saveReport(db, staff, {
      itemNumber: 44,
      baseReportId: current.id,
      baseVersion: current.version,
      intent: "draft",
      fields: { achievements: "訂正", [`kpi.${kpi.id}`]: "" },
    });
    expect(revision.revision).toBe(2);
    expect(await db.indicatorValue.count({ where: { reportId: revision.reportId } })).toBe(0);
    expect((await loadItemKpis(db, 44))!.kpis[0].latest).toMatchObject({ value: 16 });
  });
});
