// The life of a progress report: draft → submit → return → fix → resubmit →
// approve → publish, a correction after publication, and what is refused on the way.
import { expect, it } from "vitest";
import type { z } from "zod";
import type { Actor } from "../../lib/auth/actor.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { listMyItems } from "../../lib/reports/list-my-items.ts";
import { fieldErrorsOf, REPORT_LIMITS } from "../../lib/reports/report-schema.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { REPORT_FIELD_NAMES } from "../../lib/reports/snapshot.ts";
import { listReviewQueue } from "../../lib/review/list-review-queue.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, ctxOf, digest, failureOf, lastAuditId } from "../support/fixtures.ts";

// 税務課 reports on items 42, 43, 44 and 56.
const FLOW_ITEM = 44;

describeOnDatabases("report workflow", "imported", (suite) => {
  const cast = castIn(suite, { period: true });

  const reportsOf = async (number: number) =>
    suite.db.progressReport.findMany({ where: { item: { number } }, orderBy: { revision: "asc" } });

  /** The single audit row a successful step wrote, with its before/after. */
  async function expectAudited(since: number, action: string, reportId: number, actor: Actor) {
    const rows = (await auditSince(suite.db, since)).filter((r) => r.action === action);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      outcome: "ok",
      entityType: "ProgressReport",
      entityId: String(reportId),
      actorId: actor.id,
      actorRole: actor.role,
    });
    expect(rows[0].after).not.toBeNull();
    return rows[0] as (typeof rows)[0] & { before: Record<string, unknown> | null; after: Record<string, unknown> };
  }

  it("goes draft → submit → return → resubmit → approve → publish, and a later save is a new revision", async () => {
    const staff = ctxOf(cast.editor);
    const secretariat = ctxOf(cast.admin);

    // 下書き
    let mark = await lastAuditId(suite.db);
    const draft = await saveReport(suite.db, staff, {
      itemNumber: FLOW_ITEM,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { achievements: "途中まで" },
    });
    expect(draft).toMatchObject({ state: "draft", version: 1, revision: 1 });
    let audit = await expectAudited(mark, "report.save_draft", draft.reportId, cast.editor);
    expect(audit.before).toBeNull();
    expect(audit.after).toMatchObject({ state: "draft", achievements: "途中まで", version: 1 });

    // 提出
    mark = await lastAuditId(suite.db);
    const submitted = await saveReport(suite.db, staff, {
      itemNumber: FLOW_ITEM,
      baseReportId: draft.reportId,
      baseVersion: draft.version,
      intent: "submit",
      fields: COMPLETE_REPORT,
    });
    expect(submitted).toMatchObject({ reportId: draft.reportId, state: "submitted", version: 2, revision: 1 });
    audit = await expectAudited(mark, "report.submit", draft.reportId, cast.editor);
    expect(audit.before).toMatchObject({ state: "draft", achievements: "途中まで" });
    expect(audit.after).toMatchObject({
      state: "submitted",
      achievements: COMPLETE_REPORT.achievements,
      progressPercent: 40,
      status: "in_progress",
      evaluation: "B",
    });

    // The secretariat's queue lists it; nothing was published before, so every filled field counts as changed.
    let queue = await listReviewQueue(suite.db, ctxOf(cast.admin));
    expect(queue.submitted.map((e) => e.item.number)).toEqual([FLOW_ITEM]);
    expect(queue.submitted[0]).toMatchObject({
      previous: null,
      submittedBy: cast.editor.name,
      report: { id: draft.reportId, version: 2 },
    });
    expect(queue.submitted[0].changed).toEqual([...REPORT_FIELD_NAMES]);

    // 差戻し without a comment is invalid and changes nothing.
    const beforeReturn = await digest(suite.db);
    mark = await lastAuditId(suite.db);
    const noComment = await failureOf(
      reviewReport(suite.db, secretariat, { reportId: draft.reportId, version: 2, decision: "return", comment: "   " }),
    );
    expect(noComment).toBeInstanceOf(ServiceError);
    expect(noComment.code).toBe("invalid");
    expect(fieldErrorsOf(noComment.details!.zod as z.ZodError)).toMatchObject({ comment: "commentRequired" });
    expect(await digest(suite.db)).toBe(beforeReturn);
    expect(await auditSince(suite.db, mark)).toEqual([]);

    // 差戻し with a comment.
    const comment = "達成率の根拠を記載してください。";
    const returned = await reviewReport(suite.db, secretariat, {
      reportId: draft.reportId,
      version: 2,
      decision: "return",
      comment,
    });
    expect(returned).toMatchObject({ state: "returned", version: 3 });
    audit = await expectAudited(mark, "report.return", draft.reportId, cast.admin);
    expect(audit.before).toMatchObject({ state: "submitted", reviewComment: null });
    expect(audit.after).toMatchObject({ state: "returned", reviewComment: comment });
    expect((await listReviewQueue(suite.db, ctxOf(cast.admin))).submitted).toEqual([]);

    // The section sees the returned report first, with the comment.
    const mine = await listMyItems(suite.db, ctxOf(cast.editor));
    expect(mine.period).not.toBeNull();
    const own = await suite.db.planItem.findMany({
      where: { section: { name: "税務課" } },
      orderBy: { number: "asc" },
    });
    expect(own.map((i) => i.number)).toEqual([42, 43, 44, 56]);
    expect(mine.items.map((i) => i.number).sort((a, b) => a - b)).toEqual([42, 43, 44, 56]);
    expect(mine.items[0]).toMatchObject({ number: FLOW_ITEM, state: "returned", reviewComment: comment });
    expect(mine.items.slice(1).every((i) => i.reviewComment === null)).toBe(true);

    // Fixed and resubmitted.
    mark = await lastAuditId(suite.db);
    const fixed = {
      ...COMPLETE_REPORT,
      progressPercent: "45",
      achievements: "電子申告の対象税目を3税目拡大した（利用率45%）。",
    };
    const resubmitted = await saveReport(suite.db, staff, {
      itemNumber: FLOW_ITEM,
      baseReportId: draft.reportId,
      baseVersion: 3,
      intent: "submit",
      fields: fixed,
    });
    expect(resubmitted).toMatchObject({ state: "submitted", version: 4, revision: 1 });
    audit = await expectAudited(mark, "report.submit", draft.reportId, cast.editor);
    expect(audit.before).toMatchObject({ state: "returned", progressPercent: 40 });
    expect(audit.after).toMatchObject({ state: "submitted", progressPercent: 45 });

    // 承認
    mark = await lastAuditId(suite.db);
    const approved = await reviewReport(suite.db, secretariat, {
      reportId: draft.reportId,
      version: 4,
      decision: "approve",
    });
    expect(approved).toMatchObject({ state: "approved", version: 5 });
    audit = await expectAudited(mark, "report.approve", draft.reportId, cast.admin);
    expect(audit.before).toMatchObject({ state: "submitted" });
    expect(audit.after).toMatchObject({ state: "approved" });
    queue = await listReviewQueue(suite.db, ctxOf(cast.admin));
    expect(queue.submitted).toEqual([]);
    expect(queue.approved.map((e) => e.report.id)).toEqual([draft.reportId]);

    // 公開 (all approved ones)
    mark = await lastAuditId(suite.db);
    const publishedAt0 = Date.now();
    const published = await publishReports(suite.db, secretariat, { all: true });
    expect(published).toEqual({ published: 1, itemNumbers: [FLOW_ITEM] });
    audit = await expectAudited(mark, "report.publish", draft.reportId, cast.admin);
    expect(audit.before).toMatchObject({ state: "approved" });
    expect(audit.after).toMatchObject({ state: "published", itemNumber: FLOW_ITEM });
    const [first] = await reportsOf(FLOW_ITEM);
    expect(first).toMatchObject({
      state: "published",
      version: 6,
      progressPercent: 45,
      publishedById: cast.admin.id,
      submittedById: cast.editor.id,
      reviewedById: cast.admin.id,
    });
    expect(first.publishedAt).toBeInstanceOf(Date);
    expect(first.publishedAt!.getTime()).toBeGreaterThanOrEqual(publishedAt0 - 60_000);
    expect((await listReviewQueue(suite.db, ctxOf(cast.admin))).approved).toEqual([]);
    expect((await listMyItems(suite.db, ctxOf(cast.editor))).items.find((i) => i.number === FLOW_ITEM)?.state).toBe(
      "published",
    );

    // A save after publication is a correction: revision 2; revision 1 stays published, untouched.
    mark = await lastAuditId(suite.db);
    const correction = await saveReport(suite.db, staff, {
      itemNumber: FLOW_ITEM,
      baseReportId: first.id,
      baseVersion: first.version,
      intent: "draft",
      fields: { ...fixed, progressPercent: "50", achievements: "訂正: 4税目に拡大した。" },
    });
    expect(correction).toMatchObject({ state: "draft", revision: 2, version: 1 });
    expect(correction.reportId).not.toBe(first.id);
    audit = await expectAudited(mark, "report.save_draft", correction.reportId, cast.editor);
    expect(audit.before).toMatchObject({ id: first.id, state: "published", revision: 1 });
    expect(audit.after).toMatchObject({ id: correction.reportId, state: "draft", revision: 2 });
    const both = await reportsOf(FLOW_ITEM);
    expect(both).toHaveLength(2);
    expect(both[0]).toEqual(first);
    expect(both[1]).toMatchObject({ revision: 2, state: "draft", progressPercent: 50, publishedAt: null });

    // Submitting the correction: the queue compares it with the published revision 1.
    const correctionSubmitted = await saveReport(suite.db, staff, {
      itemNumber: FLOW_ITEM,
      baseReportId: correction.reportId,
      baseVersion: correction.version,
      intent: "submit",
      fields: { ...fixed, progressPercent: "50", achievements: "訂正: 4税目に拡大した。" },
    });
    expect(correctionSubmitted).toMatchObject({ state: "submitted", revision: 2, version: 2 });
    queue = await listReviewQueue(suite.db, ctxOf(cast.admin));
    expect(queue.submitted).toHaveLength(1);
    expect(queue.submitted[0].report).toMatchObject({ id: correction.reportId, revision: 2, progressPercent: 50 });
    expect(queue.submitted[0].previous).toMatchObject({
      id: first.id,
      revision: 1,
      state: "published",
      progressPercent: 45,
    });
    expect(queue.submitted[0].changed).toEqual(["progressPercent", "achievements"]);
    expect(await reportsOf(FLOW_ITEM).then((r) => r[0])).toEqual(first);
  });

  it("the section cannot change a submitted report (invalid_state), nothing is written", async () => {
    const staff = ctxOf(cast.editor);
    const draft = await saveReport(suite.db, staff, {
      itemNumber: 42,
      baseReportId: 0,
      baseVersion: 0,
      intent: "submit",
      fields: COMPLETE_REPORT,
    });
    expect(draft).toMatchObject({ state: "submitted", version: 1 });
    for (const intent of ["draft", "submit"] as const) {
      const before = await digest(suite.db);
      const mark = await lastAuditId(suite.db);
      const error = await failureOf(
        saveReport(suite.db, staff, {
          itemNumber: 42,
          baseReportId: draft.reportId,
          baseVersion: draft.version,
          intent,
          fields: { ...COMPLETE_REPORT, achievements: "書き換え" },
        }),
      );
      expect(error).toBeInstanceOf(ServiceError);
      expect(error.code).toBe("invalid_state");
      expect(error.details).toMatchObject({ state: "submitted" });
      expect(await digest(suite.db)).toBe(before);
      expect(await auditSince(suite.db, mark)).toEqual([]);
    }
    expect((await reportsOf(42))[0]).toMatchObject({
      state: "submitted",
      achievements: COMPLETE_REPORT.achievements,
      version: 1,
    });
  });

  it("rejects invalid input with field errors and saves nothing", async () => {
    const staff = ctxOf(cast.editor);
    const cases: { intent: "draft" | "submit"; fields: Record<string, unknown>; errors: Record<string, string> }[] = [
      {
        intent: "draft",
        fields: { ...COMPLETE_REPORT, progressPercent: "150" },
        errors: { progressPercent: "progressPercent" },
      },
      {
        intent: "draft",
        fields: { ...COMPLETE_REPORT, progressPercent: "-1" },
        errors: { progressPercent: "progressPercent" },
      },
      {
        intent: "draft",
        fields: { ...COMPLETE_REPORT, progressPercent: "12.5" },
        errors: { progressPercent: "progressPercent" },
      },
      {
        intent: "draft",
        fields: { ...COMPLETE_REPORT, achievements: "あ".repeat(REPORT_LIMITS.achievements + 1) },
        errors: { achievements: "tooLong" },
      },
      {
        intent: "draft",
        fields: { ...COMPLETE_REPORT, issues: "あ".repeat(REPORT_LIMITS.issues + 1) },
        errors: { issues: "tooLong" },
      },
      { intent: "draft", fields: { ...COMPLETE_REPORT, evaluation: "E" }, errors: { evaluation: "evaluation" } },
      { intent: "submit", fields: { ...COMPLETE_REPORT, status: "" }, errors: { status: "required" } },
      {
        intent: "submit",
        fields: { achievements: "" },
        errors: { status: "required", evaluation: "required", progressPercent: "required", achievements: "required" },
      },
    ];
    for (const { intent, fields, errors } of cases) {
      const before = await digest(suite.db);
      const mark = await lastAuditId(suite.db);
      const error = await failureOf(
        saveReport(suite.db, staff, { itemNumber: 56, baseReportId: 0, baseVersion: 0, intent, fields }),
      );
      expect(error, JSON.stringify(errors)).toBeInstanceOf(ServiceError);
      expect(error.code).toBe("invalid");
      expect(fieldErrorsOf(error.details!.zod as z.ZodError)).toEqual(errors);
      expect(await digest(suite.db)).toBe(before);
      expect(await auditSince(suite.db, mark)).toEqual([]);
    }
    expect(await reportsOf(56)).toEqual([]);
    // The limit itself is accepted (trimmed text of exactly the maximum length).
    const ok = await saveReport(suite.db, staff, {
      itemNumber: 56,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { achievements: ` ${"あ".repeat(REPORT_LIMITS.achievements)} ` },
    });
    expect(ok).toMatchObject({ state: "draft", revision: 1 });
    expect((await reportsOf(56))[0].achievements).toHaveLength(REPORT_LIMITS.achievements);
  });

  it("a decision on a report that is not submitted is invalid_state", async () => {
    // Item 1 (人事課): the secretariat may report on any item.
    const saved = await saveReport(suite.db, ctxOf(cast.admin), {
      itemNumber: 1,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: COMPLETE_REPORT,
    });
    const before = await digest(suite.db);
    for (const decision of ["approve", "return"] as const) {
      const error = await failureOf(
        reviewReport(suite.db, ctxOf(cast.admin), {
          reportId: saved.reportId,
          version: saved.version,
          decision,
          comment: "x",
        }),
      );
      expect(error.code).toBe("invalid_state");
    }
    const stale = await failureOf(
      reviewReport(suite.db, ctxOf(cast.admin), {
        reportId: saved.reportId,
        version: saved.version + 1,
        decision: "approve",
      }),
    );
    expect(stale.code).toBe("conflict");
    const publishDraft = await failureOf(publishReports(suite.db, ctxOf(cast.admin), { reportIds: [saved.reportId] }));
    expect(publishDraft.code).toBe("invalid_state");
    expect(await digest(suite.db)).toBe(before);
  });
});
