// 承認 of several submitted reports at once: each checked against the version the reviewer read,
// per-report outcomes, one audit record per approved report, and every refusal changing nothing.
import { expect, it } from "vitest";
import type { z } from "zod";
import { ServiceError } from "../../lib/auth/errors.ts";
import { fieldErrorsOf } from "../../lib/reports/report-schema.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { withdrawReport } from "../../lib/reports/withdraw-report.ts";
import { approveReports } from "../../lib/review/approve-reports.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, COMPLETE_REPORT, castIn, ctxOf, digest, failureOf, lastAuditId } from "../support/fixtures.ts";

describeOnDatabases("review: bulk approve", "imported", (suite) => {
  const cast = castIn(suite, { period: true });

  /** Submits the item's report as 税務課's editor and returns its id and version. */
  async function submit(itemNumber: number, base = { reportId: 0, version: 0 }) {
    const saved = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber,
      baseReportId: base.reportId,
      baseVersion: base.version,
      intent: "submit",
      fields: { ...COMPLETE_REPORT, achievements: `No.${itemNumber} の実績` },
    });
    return { reportId: saved.reportId, version: saved.version };
  }

  it("approves the reports read, skips the ones changed or withdrawn since, and audits each approval", async () => {
    const [first, withdrawn, changed] = [await submit(42), await submit(43), await submit(56)];
    // After the reviewer read the queue: 43 is withdrawn, 56 withdrawn and submitted again (a newer version).
    const back = await withdrawReport(suite.db, ctxOf(cast.editor), withdrawn);
    expect(back.state).toBe("draft");
    const draft56 = await withdrawReport(suite.db, ctxOf(cast.editor), changed);
    const resubmitted = await submit(56, { reportId: draft56.reportId, version: draft56.version });

    const mark = await lastAuditId(suite.db);
    const notificationsBefore = await suite.db.notification.count();
    const result = await approveReports(suite.db, ctxOf(cast.admin), {
      reports: [first, withdrawn, changed, { reportId: 999_999, version: 1 }],
    });

    expect(result.approved).toEqual([{ reportId: first.reportId, itemNumber: 42, version: first.version + 1 }]);
    expect(result.skipped).toEqual([
      { reportId: 999_999, itemNumber: null, reason: "not_found" },
      { reportId: withdrawn.reportId, itemNumber: 43, reason: "invalid_state" },
      { reportId: changed.reportId, itemNumber: 56, reason: "conflict" },
    ]);
    const rows = await suite.db.progressReport.findMany({
      where: { id: { in: [first.reportId, withdrawn.reportId, changed.reportId] } },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => [r.id, r.state, r.version])).toEqual([
      [first.reportId, "approved", first.version + 1],
      [withdrawn.reportId, "draft", back.version],
      [changed.reportId, "submitted", resubmitted.version],
    ]);
    expect(rows[0]).toMatchObject({ reviewedById: cast.admin.id, reviewComment: null });

    const audit = await auditSince(suite.db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "report.approve",
      entityType: "ProgressReport",
      entityId: String(first.reportId),
      actorId: cast.admin.id,
      outcome: "ok",
      before: { state: "submitted", version: first.version },
      after: { state: "approved", version: first.version + 1, itemNumber: 42 },
    });
    // As a single 承認: nobody is notified of an approval.
    expect(await suite.db.notification.count()).toBe(notificationsBefore);

    // The reviewer reloads and approves 56 at the version now shown.
    const second = await approveReports(suite.db, ctxOf(cast.admin), { reports: [resubmitted] });
    expect(second).toEqual({
      approved: [{ reportId: changed.reportId, itemNumber: 56, version: resubmitted.version + 1 }],
      skipped: [],
    });
    // Approving again is refused per report: it is no longer submitted.
    const again = await approveReports(suite.db, ctxOf(cast.admin), { reports: [first] });
    expect(again).toEqual({
      approved: [],
      skipped: [{ reportId: first.reportId, itemNumber: 42, reason: "invalid_state" }],
    });
  });

  it("refuses editors, the council and the signed-out, records the refusal and changes nothing", async () => {
    const report = await suite.db.progressReport.findFirstOrThrow({ where: { state: "draft" } });
    const input = { reports: [{ reportId: report.id, version: report.version }] };
    for (const [actor, code] of [
      [cast.editor, "forbidden"],
      [cast.council, "forbidden"],
      [null, "unauthenticated"],
    ] as const) {
      const before = await digest(suite.db);
      const mark = await lastAuditId(suite.db);
      const failure = await failureOf(approveReports(suite.db, ctxOf(actor), input));
      expect(failure).toBeInstanceOf(ServiceError);
      expect(failure.code).toBe(code);
      expect(await digest(suite.db)).toBe(before);
      const audit = await auditSince(suite.db, mark);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: "report.approve", outcome: "denied", after: { reason: code } });
    }
  });

  it.each([
    ["nothing selected", { reports: [] }, { reports: "noneSelected" }],
    [
      "the same report twice",
      {
        reports: [
          { reportId: 1, version: 1 },
          { reportId: "1", version: 2 },
        ],
      },
      { reports: "duplicate" },
    ],
    ["a version that is not a number", { reports: [{ reportId: 1, version: "x" }] }, {}],
    ["no list at all", {}, {}],
  ])("refuses %s as invalid input and changes nothing", async (_name, input, fieldErrors) => {
    const before = await digest(suite.db);
    const mark = await lastAuditId(suite.db);
    const failure = await failureOf(approveReports(suite.db, ctxOf(cast.admin), input));
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure.code).toBe("invalid");
    expect(fieldErrorsOf(failure.details!.zod as z.ZodError)).toMatchObject(fieldErrors);
    expect(await digest(suite.db)).toBe(before);
    expect(await auditSince(suite.db, mark)).toEqual([]);
  });
});
