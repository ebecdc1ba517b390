// The review page's forms through their Server Actions: the bulk 承認 reads its ticked
// checkboxes, every 公開 needs its confirmation checked on the server and publishes exactly the
// reports it named, and 提出を取り消す works from its form.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { saveReport } from "../../lib/reports/save-report.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import { COMPLETE_REPORT, castIn, ctxOf, digest } from "../support/fixtures.ts";
import { next, signInAs } from "../support/next-request.ts";

vi.mock("next/headers", async () =>
  (await import("../support/next-request.ts")).nextHeaders("req-review-actions", "192.0.2.30"),
);
vi.mock("next/cache", async () => (await import("../support/next-request.ts")).nextCache());
vi.mock("../../lib/db/client.ts", async () => (await import("../support/next-request.ts")).dbClient());

const { approveReportsAction } = await import("../../lib/actions/review/approve-reports-action.ts");
const { publishReportsAction } = await import("../../lib/actions/review/publish-reports-action.ts");
const { withdrawReportAction } = await import("../../lib/actions/reports/withdraw-report-action.ts");
const { INITIAL_STATE } = await import("../../lib/actions/action-state.ts");

/** Signed in and seen this second. */
const JUST_NOW = { signedInAgo: 0, seenAgo: 0 };

/** A form as the browser sends it: a name may repeat (ticked checkboxes). */
function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of fields) data.append(key, value);
  return data;
}

describeOnDatabases("review: form actions", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  const submitted: Record<number, { reportId: number; version: number }> = {};

  beforeAll(async () => {
    for (const itemNumber of [42, 43, 56]) {
      const saved = await saveReport(suite.db, ctxOf(cast.editor), {
        itemNumber,
        baseReportId: 0,
        baseVersion: 0,
        intent: "submit",
        fields: COMPLETE_REPORT,
      });
      submitted[itemNumber] = { reportId: saved.reportId, version: saved.version };
    }
  });

  beforeEach(() => {
    next.db = suite.db;
    next.expired = [];
  });

  it("approves every ticked report (id:version) and expires the staff pages", async () => {
    await signInAs(suite.db, cast.admin, JUST_NOW);
    const ticked = [42, 43].map((n): [string, string] => [
      "report",
      `${submitted[n].reportId}:${submitted[n].version}`,
    ]);
    const state = await approveReportsAction(INITIAL_STATE, form([["op", "approveMany"], ...ticked]));
    expect(state).toMatchObject({
      ok: true,
      message: "approvedMany",
      result: {
        approved: [
          { itemNumber: 42, version: submitted[42].version + 1 },
          { itemNumber: 43, version: submitted[43].version + 1 },
        ],
        skipped: [],
      },
    });
    expect(next.expired).toEqual(["path:/staff:layout"]);
  });

  it("refuses a bulk 承認 with nothing ticked or a malformed checkbox, changing nothing", async () => {
    await signInAs(suite.db, cast.admin, JUST_NOW);
    const before = await digest(suite.db);
    expect(await approveReportsAction(INITIAL_STATE, form([["op", "approveMany"]]))).toMatchObject({
      ok: false,
      message: "invalid",
      fieldErrors: { reports: "noneSelected" },
    });
    expect(await approveReportsAction(INITIAL_STATE, form([["report", "42"]]))).toMatchObject({
      ok: false,
      message: "invalid",
    });
    expect(await digest(suite.db)).toBe(before);
  });

  it("publishes only with the confirmation ticked, and exactly the reports the form named", async () => {
    await signInAs(suite.db, cast.admin, JUST_NOW);
    const ids = [submitted[42].reportId, submitted[43].reportId].join(",");
    const before = await digest(suite.db);
    const unconfirmed = await publishReportsAction(INITIAL_STATE, form([["reportIds", ids]]));
    expect(unconfirmed).toMatchObject({ ok: false, message: "invalid", fieldErrors: { confirm: "required" } });
    expect(await digest(suite.db)).toBe(before);
    expect(next.expired).toEqual([]);

    // 56 is approved after the page named 42 and 43: publishing them leaves 56 waiting.
    await reviewReport(suite.db, ctxOf(cast.admin), { ...submitted[56], decision: "approve" });
    const published = await publishReportsAction(
      INITIAL_STATE,
      form([
        ["reportIds", ids],
        ["confirm", "yes"],
      ]),
    );
    expect(published).toMatchObject({
      ok: true,
      message: "published",
      result: { published: 2, itemNumbers: [42, 43] },
    });
    expect(next.expired).toEqual(["tag:items", "tag:item:42", "tag:item:43", "path:/staff:layout"]);
    const still = await suite.db.progressReport.findUniqueOrThrow({ where: { id: submitted[56].reportId } });
    expect(still.state).toBe("approved");
  });

  it("withdraws a submission from the report page's form", async () => {
    await signInAs(suite.db, cast.editor, JUST_NOW);
    const report = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: 44,
      baseReportId: 0,
      baseVersion: 0,
      intent: "submit",
      fields: COMPLETE_REPORT,
    });
    const state = await withdrawReportAction(
      INITIAL_STATE,
      form([
        ["reportId", String(report.reportId)],
        ["version", String(report.version)],
      ]),
    );
    expect(state).toMatchObject({ ok: true, message: "withdrawn", result: { state: "draft", itemNumber: 44 } });
    expect(next.expired).toEqual(["path:/staff:layout"]);
    const stale = await withdrawReportAction(
      INITIAL_STATE,
      form([
        ["reportId", String(report.reportId)],
        ["version", String(report.version)],
      ]),
    );
    expect(stale).toMatchObject({ ok: false, message: "invalid_state" });
  });
});
