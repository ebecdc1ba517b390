// 整合性チェック through the real services: the roll-ups raise a finding from a report, the
// secretariat explains it (audited; nobody else may), and the explanation is public with it.

import { beforeAll, expect, it } from "vitest";
import type { z } from "zod";
import { ServiceError } from "../../lib/auth/errors.ts";
import { explainCheck, explainedItems, loadExplanations } from "../../lib/consistency/explanations.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { loadSummary } from "../../lib/rollup/summary.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, ctxOf, digest, failureOf, lastAuditId } from "../support/fixtures.ts";
import { firstReport } from "../support/reports.ts";

const ITEM = 44;

describeOnDatabases("consistency checks", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  let reportId: number;

  beforeAll(async () => {
    // 完了 at 80 %: the checks flag it once the secretariat has approved the report.
    const saved = await firstReport(suite.db, ctxOf(cast.editor), ITEM, "submit", {
      ...COMPLETE_REPORT,
      status: "completed",
      progressPercent: "80",
    });
    reportId = saved.reportId;
    await reviewReport(suite.db, ctxOf(cast.admin), { reportId, version: saved.version, decision: "approve" });
  });

  const fieldErrors = (error: { details?: Record<string, unknown> }) =>
    Object.fromEntries((error.details!.zod as z.ZodError).issues.map((i) => [String(i.path[0]), i.message]));

  const input = (over: Record<string, unknown> = {}) => ({
    itemNumber: String(ITEM),
    periodId: String(cast.period.id),
    kind: "completed_below_full",
    kpiId: "",
    text: "  年度末に残りの作業を完了する予定のため、完了として報告された。  ",
    ...over,
  });

  it("raises the finding in the council's view; the public sees no report yet", async () => {
    const internal = await loadSummary(suite.db, { periodId: cast.period.id, internal: true });
    expect(internal.items.find((i) => i.number === ITEM)!.checks).toEqual([
      { kind: "completed_below_full", kpiId: null },
    ]);
    expect(internal.checks.completed_below_full).toBe(1);
    const published = await loadSummary(suite.db, { periodId: cast.period.id });
    expect(published.items.find((i) => i.number === ITEM)!.checks).toEqual([]);
    expect(published.checks.completed_below_full).toBe(0);
  });

  it("refuses an explanation from the council and an editor, audited, changing nothing", async () => {
    for (const actor of [cast.council, cast.editor]) {
      const before = await digest(suite.db);
      const mark = await lastAuditId(suite.db);
      const error = await failureOf(explainCheck(suite.db, ctxOf(actor), input()));
      expect(error).toBeInstanceOf(ServiceError);
      expect(error.code).toBe("forbidden");
      expect(await digest(suite.db)).toBe(before);
      expect(await auditSince(suite.db, mark)).toMatchObject([
        { action: "check.explain", outcome: "denied", actorId: actor.id },
      ]);
    }
  });

  it("refuses what the checks do not raise and an empty explanation", async () => {
    const admin = ctxOf(cast.admin);
    const before = await digest(suite.db);
    expect((await failureOf(explainCheck(suite.db, admin, input({ kind: "past_plan_period" })))).code).toBe(
      "not_found",
    );
    expect((await failureOf(explainCheck(suite.db, admin, input({ itemNumber: "42" })))).code).toBe("not_found");
    expect((await failureOf(explainCheck(suite.db, admin, input({ kind: "made_up" })))).code).toBe("invalid");
    const empty = await failureOf(explainCheck(suite.db, admin, input({ text: " \n " })));
    expect(fieldErrors(empty)).toEqual({ text: "textRequired" });
    const long = await failureOf(explainCheck(suite.db, admin, input({ text: "あ".repeat(1001) })));
    expect(fieldErrors(long)).toEqual({ text: "tooLong" });
    expect(await digest(suite.db)).toBe(before);
  });

  it("keeps the secretariat's explanation, audited, rewrites it, and shows it publicly once published", async () => {
    const admin = ctxOf(cast.admin);
    let mark = await lastAuditId(suite.db);
    expect(await explainCheck(suite.db, admin, input())).toEqual({ itemNumber: ITEM, kind: "completed_below_full" });
    let audit = await auditSince(suite.db, mark);
    expect(audit).toMatchObject([{ action: "check.explain", outcome: "ok", entityType: "CheckExplanation" }]);
    expect(audit[0].before).toBeNull();
    expect(audit[0].after).toMatchObject({ itemNumber: ITEM, kind: "completed_below_full", kpiId: null });

    mark = await lastAuditId(suite.db);
    await explainCheck(suite.db, admin, input({ text: "残作業は3月に完了予定。" }));
    audit = await auditSince(suite.db, mark);
    expect(audit[0].before).toEqual({ text: "年度末に残りの作業を完了する予定のため、完了として報告された。" });
    const explanations = await loadExplanations(suite.db, cast.period.id);
    expect(Object.keys(explanations)).toEqual([`${ITEM}:completed_below_full:0`]);
    expect(explanations[`${ITEM}:completed_below_full:0`].text).toBe("残作業は3月に完了予定。");

    await publishReports(suite.db, admin, { reportIds: [reportId] });
    const published = await loadSummary(suite.db, { periodId: cast.period.id });
    expect(published.items.find((i) => i.number === ITEM)!.checks).toEqual([
      { kind: "completed_below_full", kpiId: null },
    ]);
    // The item counts as explained for its check, and not for a check it is not flagged by.
    expect(explainedItems(published.items, explanations, "completed_below_full")).toEqual({ flagged: 1, explained: 1 });
    expect(explainedItems(published.items, {}, "completed_below_full")).toEqual({ flagged: 1, explained: 0 });
    expect(explainedItems(published.items, explanations, "past_plan_period").flagged).toBe(
      published.items.filter((i) => i.checks.some((f) => f.kind === "past_plan_period")).length,
    );
  });
});
