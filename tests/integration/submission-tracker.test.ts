// 提出状況: who has submitted what for a period, per bureau and section, as the
// secretariat and an editor see it.
import { beforeAll, expect, it } from "vitest";
import { ServiceError } from "../../lib/auth/errors.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { getSubmissionTracker } from "../../lib/reports/submission-tracker.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, ctxOf, failureOf, lastAuditId } from "../support/fixtures.ts";

describeOnDatabases("submission tracker", "imported", (suite) => {
  const cast = castIn(suite, { period: { dueOn: "2025-10-31" } });

  beforeAll(async () => {
    // 税務課 (items 42, 43, 44, 56): 42 submitted, 43 a draft, 44 returned, 56 not started.
    const save = (itemNumber: number, intent: "draft" | "submit") =>
      saveReport(suite.db, ctxOf(cast.editor), {
        itemNumber,
        baseReportId: 0,
        baseVersion: 0,
        intent,
        fields: COMPLETE_REPORT,
      });
    await save(42, "submit");
    await save(43, "draft");
    const r44 = await save(44, "submit");
    await reviewReport(suite.db, ctxOf(cast.admin), {
      reportId: r44.reportId,
      version: r44.version,
      decision: "return",
      comment: "追記してください。",
    });
  });

  it("shows the secretariat every section with the counts at each step and the days left", async () => {
    const tracker = await getSubmissionTracker(suite.db, ctxOf(cast.admin), {}, new Date("2025-10-24T03:00:00Z"));
    expect(tracker.scope).toBe("all");
    expect(tracker.period).toMatchObject({ key: "2025-first_half", status: "open", dueOn: "2025-10-31", daysLeft: 7 });
    expect(tracker.totals).toEqual({
      items: 118,
      unsubmitted: 117,
      none: 115,
      draft: 1,
      submitted: 1,
      returned: 1,
      approved: 0,
      published: 0,
    });
    expect(tracker.bureaus).toHaveLength(10);
    expect(tracker.bureaus.reduce((n, b) => n + b.sections.reduce((m, s) => m + s.items.length, 0), 0)).toBe(118);
    const zeimu = tracker.bureaus.flatMap((b) => b.sections).find((s) => s.name === "税務課")!;
    expect(zeimu.counts).toEqual({
      items: 4,
      unsubmitted: 3,
      none: 1,
      draft: 1,
      submitted: 1,
      returned: 1,
      approved: 0,
      published: 0,
    });
    expect(zeimu.items.map((i) => [i.number, i.state])).toEqual([
      [42, "submitted"],
      [43, "draft"],
      [44, "returned"],
      [56, "none"],
    ]);
  });

  it("shows an editor their own section only, and filters to sections with reports still owed", async () => {
    const mine = await getSubmissionTracker(suite.db, ctxOf(cast.editor));
    expect(mine.scope).toBe("own");
    expect(mine.bureaus.flatMap((b) => b.sections).map((s) => s.name)).toEqual(["税務課"]);
    expect(mine.totals.items).toBe(4);

    const owed = await getSubmissionTracker(suite.db, ctxOf(cast.admin), { unsubmittedOnly: true });
    const sections = owed.bureaus.flatMap((b) => b.sections);
    expect(sections.every((s) => s.counts.unsubmitted > 0)).toBe(true);
    expect(owed.totals.items).toBe(118);
  });

  it("finds an earlier period by its key and refuses an unknown one, the public and the council", async () => {
    expect((await getSubmissionTracker(suite.db, ctxOf(cast.admin), { period: "2025-first_half" })).period?.key).toBe(
      "2025-first_half",
    );
    expect((await failureOf(getSubmissionTracker(suite.db, ctxOf(cast.admin), { period: "2024-year_end" }))).code).toBe(
      "not_found",
    );
    expect((await failureOf(getSubmissionTracker(suite.db, ctxOf(cast.admin), { period: "前期" }))).code).toBe(
      "not_found",
    );
    const mark = await lastAuditId(suite.db);
    const anonymous = await failureOf(getSubmissionTracker(suite.db, ctxOf(null)));
    expect(anonymous).toBeInstanceOf(ServiceError);
    expect(anonymous.code).toBe("unauthenticated");
    expect((await failureOf(getSubmissionTracker(suite.db, ctxOf(cast.council)))).code).toBe("forbidden");
    expect((await auditSince(suite.db, mark)).map((r) => [r.action, r.outcome])).toEqual([
      ["tracker.read", "denied"],
      ["tracker.read", "denied"],
    ]);
  });
});
