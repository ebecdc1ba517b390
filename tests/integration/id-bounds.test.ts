// Ids beyond PostgreSQL's int4 (or not plain digits) from a form, a URL or a
// client: every entry point that parses one refuses it as the form's typed
// error ("invalid") or ignores it as an unknown filter, and never hands it to
// the database, which would fail (a 500).
import { beforeAll, expect, it } from "vitest";
import { auditFilterSchema, listAudit } from "../../lib/audit/list-audit.ts";
import { answerOpinion, createOpinion } from "../../lib/council/opinions.ts";
import { addItemIndicator, recordVisionValue, setItemMeasurability } from "../../lib/indicators/manage-indicators.ts";
import { setAchievement } from "../../lib/items/set-achievement.ts";
import { updateItem } from "../../lib/items/update-item.ts";
import { markNotificationsRead } from "../../lib/notifications/inbox.ts";
import { setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { correctFinding } from "../../lib/quality/correct-finding.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { withdrawReport } from "../../lib/reports/withdraw-report.ts";
import { approveReports } from "../../lib/review/approve-reports.ts";
import { listReviewQueue } from "../../lib/review/list-review-queue.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { changeUser, createUser } from "../../lib/users/manage-users.ts";
import { describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf, digest, failureOf } from "../support/fixtures.ts";

/** int4's maximum plus one (ten digits), far beyond it, an exponent, and 3 KB of digits. */
const OVERSIZED = ["2147483648", "99999999999999999999", "1e400", "9".repeat(3000)];

/** The fields an `invalid` refusal names: zod's issue paths, or the one field the service gave. */
function refusedFields(error: { details?: Record<string, unknown> }): string[] {
  const zod = error.details?.zod as { issues: { path: PropertyKey[] }[] } | undefined;
  const fields = (zod?.issues ?? []).flatMap((issue) => issue.path.map(String));
  return typeof error.details?.field === "string" ? [...fields, error.details.field] : fields;
}

describeOnDatabases("oversized ids", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  let before: string;

  beforeAll(async () => {
    before = await digest(suite.db);
  });

  it("are the form's typed error in every change, and change nothing", async () => {
    const admin = ctxOf(cast.admin);
    const editor = ctxOf(cast.editor);
    const council = ctxOf(cast.council);
    const kpi = { name: "指標", unit: "件" };
    for (const big of OVERSIZED) {
      // the field the refusal names (saveReport names none: which report the form was based on is no field error)
      const calls: [string, string | null, () => Promise<unknown>][] = [
        ["changeUser", "userId", () => changeUser(suite.db, admin, big, { kind: "disable" })],
        [
          "createUser",
          "sectionId",
          () =>
            createUser(suite.db, admin, {
              email: "big-id@fixture.test",
              name: "大きな番号",
              role: "editor",
              sectionId: big,
              bureauId: "",
              password: "a-long-enough-password-2026",
            }),
        ],
        ["setPeriodStatus", "periodId", () => setPeriodStatus(suite.db, admin, { periodId: big, status: "open" })],
        ["updateItem", "itemNumber", () => updateItem(suite.db, admin, { itemNumber: big, version: "1" })],
        ["setAchievement", "itemNumber", () => setAchievement(suite.db, admin, { itemNumber: big, version: big })],
        ["addItemIndicator", "itemNumber", () => addItemIndicator(suite.db, admin, { itemNumber: big, ...kpi })],
        [
          "setItemMeasurability",
          "itemNumber",
          () => setItemMeasurability(suite.db, admin, { itemNumber: big, measurability: "none" }),
        ],
        [
          "recordVisionValue",
          "indicatorId",
          () => recordVisionValue(suite.db, admin, { indicatorId: big, fiscalYear: "2025", value: "1" }),
        ],
        [
          "reviewReport",
          "reportId",
          () => reviewReport(suite.db, admin, { reportId: big, version: "1", decision: "approve" }),
        ],
        [
          "approveReports",
          "reportId",
          () => approveReports(suite.db, admin, { reports: [{ reportId: big, version: "1" }] }),
        ],
        ["publishReports", "reportIds", () => publishReports(suite.db, admin, { reportIds: [big] })],
        [
          "correctFinding",
          "findingId",
          () =>
            correctFinding(suite.db, admin, {
              findingId: big,
              textDigest: "0".repeat(64),
              correctedText: "直した",
              reason: "誤り",
            }),
        ],
        ["withdrawReport", "reportId", () => withdrawReport(suite.db, editor, { reportId: big, version: "1" })],
        [
          "saveReport",
          null,
          () =>
            saveReport(suite.db, editor, {
              itemNumber: big,
              baseReportId: "0",
              baseVersion: "0",
              intent: "draft",
              fields: {},
            }),
        ],
        [
          "markNotificationsRead",
          "notificationId",
          () => markNotificationsRead(suite.db, editor, { notificationId: big }),
        ],
        ["createOpinion", "item", () => createOpinion(suite.db, council, { target: "item", item: big, body: "意見" })],
        ["answerOpinion", "opinionId", () => answerOpinion(suite.db, admin, { opinionId: big, response: "対応" })],
      ];
      for (const [name, field, call] of calls) {
        const error = await failureOf(call());
        expect(error.code, `${name}(${big.slice(0, 20)}): ${error.message}`).toBe("invalid");
        if (field) expect(refusedFields(error), name).toContain(field);
      }
    }
    expect(await digest(suite.db)).toBe(before);
  });

  it("are no filter where a list takes one", async () => {
    for (const big of OVERSIZED) {
      const audit = await listAudit(suite.db, ctxOf(cast.admin), auditFilterSchema.parse({ item: big }));
      expect(audit.total).toBeGreaterThan(0);
      const queue = await listReviewQueue(suite.db, ctxOf(cast.admin), { section: big });
      expect(queue.filter.section).toBeUndefined();
    }
  });
});
