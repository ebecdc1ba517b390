// What each step of the reporting cycle tells whom, written in the same
// transaction as the step (a refused step tells no one).
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { createPeriod, setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import { COMPLETE_REPORT, castIn, ctxOf, failureOf, makeUser } from "../support/fixtures.ts";

describeOnDatabases("notifications of the reporting cycle", "imported", (suite) => {
  const cast = castIn(suite);
  let bureauEditor: Actor;
  let elsewhere: Actor;

  beforeAll(async () => {
    bureauEditor = await makeUser(suite.db, { role: "editor", bureau: "02" });
    elsewhere = await makeUser(suite.db, { role: "editor", section: "業務改善・DX推進課" });
  });

  const inbox = (user: Actor) => suite.db.notification.findMany({ where: { userId: user.id }, orderBy: { id: "asc" } });
  const kinds = async (user: Actor) => (await inbox(user)).map((n) => n.kind);

  it("tells the right people at each step, in the app, with links to where they act", async () => {
    const period = await createPeriod(suite.db, ctxOf(cast.admin), {
      fiscalYear: 2025,
      term: "first_half",
      dueOn: "2025-10-31",
    });
    await setPeriodStatus(suite.db, ctxOf(cast.admin), { periodId: period.id, status: "open" });
    for (const user of [cast.editor, bureauEditor, elsewhere]) expect(await kinds(user)).toEqual(["period_opened"]);
    expect(await kinds(cast.admin)).toEqual([]);
    const opened = (await inbox(cast.editor))[0];
    expect(opened).toMatchObject({
      subject: "【受付開始】令和7年度 上半期の進捗報告（締切 令和7年10月31日）",
      link: "/staff",
      mailStatus: "none",
      readAt: null,
    });

    const draft = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: 44,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: COMPLETE_REPORT,
    });
    expect(await kinds(cast.admin)).toEqual([]);
    const submitted = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: 44,
      baseReportId: draft.reportId,
      baseVersion: draft.version,
      intent: "submit",
      fields: COMPLETE_REPORT,
    });
    expect(await inbox(cast.admin)).toMatchObject([
      { kind: "report_submitted", subject: "【提出】No.44 WEB口座振替受付サービスの推進", link: "/staff/review" },
    ]);
    expect((await inbox(cast.admin))[0].body).toContain(
      "税務課から No.44 WEB口座振替受付サービスの推進 の令和7年度 上半期の報告が提出されました。",
    );

    // A refused return (no comment) tells no one.
    await failureOf(
      reviewReport(suite.db, ctxOf(cast.admin), {
        reportId: submitted.reportId,
        version: submitted.version,
        decision: "return",
        comment: "",
      }),
    );
    expect(await kinds(cast.editor)).toEqual(["period_opened"]);

    const returned = await reviewReport(suite.db, ctxOf(cast.admin), {
      reportId: submitted.reportId,
      version: submitted.version,
      decision: "return",
      comment: "根拠を追記してください。",
    });
    // The section's editors and the bureau's — not another section's.
    for (const user of [cast.editor, bureauEditor])
      expect(await kinds(user)).toEqual(["period_opened", "report_returned"]);
    expect(await kinds(elsewhere)).toEqual(["period_opened"]);
    const back = (await inbox(cast.editor))[1];
    expect(back).toMatchObject({
      subject: "【差戻し】No.44 WEB口座振替受付サービスの推進",
      link: "/staff/items/44/report",
    });
    expect(back.body).toContain("根拠を追記してください。");

    const resubmitted = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: 44,
      baseReportId: draft.reportId,
      baseVersion: returned.version,
      intent: "submit",
      fields: COMPLETE_REPORT,
    });
    expect(await kinds(cast.admin)).toEqual(["report_submitted", "report_submitted"]);
    const approved = await reviewReport(suite.db, ctxOf(cast.admin), {
      reportId: resubmitted.reportId,
      version: resubmitted.version,
      decision: "approve",
    });
    expect(approved.state).toBe("approved");
    expect(await kinds(cast.editor)).toEqual(["period_opened", "report_returned"]);

    await publishReports(suite.db, ctxOf(cast.admin), { all: true });
    expect((await inbox(cast.editor)).at(-1)).toMatchObject({ kind: "report_published", link: "/items/44" });

    await setPeriodStatus(suite.db, ctxOf(cast.admin), { periodId: period.id, status: "closed" });
    expect(await inbox(cast.council)).toMatchObject([
      { kind: "period_closed", link: "/council/report/2025-first_half" },
    ]);
    expect(await kinds(cast.editor)).toEqual(["period_opened", "report_returned", "report_published"]);
  });
});
