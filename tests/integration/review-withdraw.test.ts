// 提出を取り消す: a submitted report nobody has reviewed yet goes back to 下書き, version-checked,
// audited, and only for whoever may submit on the item.
import { expect, it } from "vitest";
import { ServiceError } from "../../lib/auth/errors.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { withdrawReport } from "../../lib/reports/withdraw-report.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import {
  auditSince,
  COMPLETE_REPORT,
  castIn,
  ctxOf,
  digest,
  failureOf,
  lastAuditId,
  makeUser,
} from "../support/fixtures.ts";

describeOnDatabases("review: withdraw a submission", "imported", (suite) => {
  const cast = castIn(suite, { period: true });

  async function submit(itemNumber: number, base = { reportId: 0, version: 0 }) {
    const saved = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber,
      baseReportId: base.reportId,
      baseVersion: base.version,
      intent: "submit",
      fields: COMPLETE_REPORT,
    });
    return { reportId: saved.reportId, version: saved.version };
  }

  /** Expects the call to be refused with `code`, changing nothing. */
  async function expectRefused(call: () => Promise<unknown>, code: string) {
    // The call starts only after the digest, so "nothing changed" compares before and after it.
    const before = await digest(suite.db);
    const failure = await failureOf(call());
    expect(failure).toBeInstanceOf(ServiceError);
    expect(failure.code).toBe(code);
    expect(await digest(suite.db)).toBe(before);
  }

  it("returns a submitted report to 下書き, audited, and the section can edit and submit it again", async () => {
    const submitted = await submit(42);
    const mark = await lastAuditId(suite.db);
    const withdrawn = await withdrawReport(suite.db, ctxOf(cast.editor), submitted);
    expect(withdrawn).toEqual({
      reportId: submitted.reportId,
      version: submitted.version + 1,
      state: "draft",
      itemNumber: 42,
    });
    const row = await suite.db.progressReport.findUniqueOrThrow({ where: { id: submitted.reportId } });
    expect(row).toMatchObject({ state: "draft", submittedAt: null, submittedById: null, updatedById: cast.editor.id });
    expect(row.achievements).toBe(COMPLETE_REPORT.achievements);

    const audit = await auditSince(suite.db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "report.withdraw",
      entityType: "ProgressReport",
      entityId: String(submitted.reportId),
      actorId: cast.editor.id,
      outcome: "ok",
      before: { state: "submitted", version: submitted.version },
      after: { state: "draft", version: submitted.version + 1, itemNumber: 42 },
    });

    // The draft is the section's again: a save from the new version is accepted.
    const again = await submit(42, withdrawn);
    expect(again).toEqual({ reportId: submitted.reportId, version: withdrawn.version + 1 });
  });

  it("refuses once the secretariat has reviewed it, and a withdrawal based on another version", async () => {
    const submitted = await submit(43);
    await expectRefused(
      () => withdrawReport(suite.db, ctxOf(cast.editor), { ...submitted, version: submitted.version + 5 }),
      "conflict",
    );
    await reviewReport(suite.db, ctxOf(cast.admin), { ...submitted, decision: "approve" });
    await expectRefused(
      () => withdrawReport(suite.db, ctxOf(cast.editor), { ...submitted, version: submitted.version + 1 }),
      "invalid_state",
    );
    // A draft was never submitted: nothing to withdraw.
    const draft = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: 44,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { achievements: "途中" },
    });
    await expectRefused(() => withdrawReport(suite.db, ctxOf(cast.editor), draft), "invalid_state");
  });

  it("refuses another section's editor, the council and the signed-out, and records the refusal", async () => {
    const submitted = await submit(56);
    const otherEditor = await makeUser(suite.db, { role: "editor", section: "業務改善・DX推進課" });
    for (const [actor, code] of [
      [otherEditor, "forbidden"],
      [cast.council, "forbidden"],
      [null, "unauthenticated"],
    ] as const) {
      const mark = await lastAuditId(suite.db);
      await expectRefused(() => withdrawReport(suite.db, ctxOf(actor), submitted), code);
      const audit = await auditSince(suite.db, mark);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ action: "report.withdraw", outcome: "denied", after: { reason: code } });
    }
    // The secretariat may submit on every item, so it may withdraw too.
    expect((await withdrawReport(suite.db, ctxOf(cast.admin), submitted)).state).toBe("draft");
  });

  it.each([
    ["no version", { reportId: 1 }],
    ["a report id that is not a number", { reportId: "abc", version: 1 }],
    ["a negative version", { reportId: 1, version: -1 }],
  ])("refuses %s as invalid input", async (_name, input) => {
    const mark = await lastAuditId(suite.db);
    await expectRefused(() => withdrawReport(suite.db, ctxOf(cast.editor), input), "invalid");
    expect(await auditSince(suite.db, mark)).toEqual([]);
  });

  it("answers not_found for an unknown report", async () => {
    await expectRefused(
      () => withdrawReport(suite.db, ctxOf(cast.editor), { reportId: 999_999, version: 1 }),
      "not_found",
    );
  });

  it("refuses once the period is closed: the draft could never be submitted again", async () => {
    const report = await suite.db.progressReport.findFirstOrThrow({ where: { item: { number: 42 } } });
    expect(report.state).toBe("submitted");
    // Closed directly: the period's own close service would also freeze an edition, which is not the point here.
    await suite.db.reportingPeriod.update({ where: { id: report.periodId }, data: { status: "closed" } });
    await expectRefused(
      () => withdrawReport(suite.db, ctxOf(cast.editor), { reportId: report.id, version: report.version }),
      "no_open_period",
    );
  });
});
