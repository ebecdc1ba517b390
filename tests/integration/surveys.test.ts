// The Excel downloads' data: the survey workbook (調査票) a section fills in, and
// the period sheet (報告一覧) for the secretariat and the council; who may get which.
import ExcelJS from "exceljs";
import { beforeAll, expect, it } from "vitest";
import { createPeriod, setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { getCurrentSheetPeriod, getPeriodSheetData } from "../../lib/surveys/load-period-sheet.ts";
import { getSurveyData } from "../../lib/surveys/load-survey.ts";
import { buildSurveyWorkbook, META_SHEET, REPORT_SHEET } from "../../lib/surveys/survey-workbook.ts";
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
  openPeriod,
} from "../support/fixtures.ts";
import { confirmedKpi, firstReport } from "../support/reports.ts";

const PERIOD = "2025-first_half";

describeOnDatabases("survey workbook and period sheet", "imported", (suite) => {
  const cast = castIn(suite);
  let kpiId = 0;
  let draft42 = { reportId: 0, version: 0 };

  beforeAll(async () => {
    const { db } = suite;
    const staff = ctxOf(cast.editor);
    const admin = ctxOf(cast.admin);
    // An earlier period, 令和6年度 年度末, with item 42's report published: the survey's 前回.
    const earlier = await openPeriod(db, {
      admin: cast.admin,
      fiscalYear: 2024,
      term: "year_end",
      dueOn: "2025-04-30",
    });
    const submitted = await firstReport(db, staff, 42, "submit", {
      ...COMPLETE_REPORT,
      status: "considering",
      progressPercent: "30",
    });
    await reviewReport(db, admin, { reportId: submitted.reportId, version: submitted.version, decision: "approve" });
    await publishReports(db, admin, { reportIds: [submitted.reportId] });
    await setPeriodStatus(db, admin, { periodId: earlier.id, status: "closed" });

    await openPeriod(db, { admin: cast.admin, fiscalYear: 2025, term: "first_half", dueOn: "2025-10-31" });
    // A confirmed KPI of item 44, as the secretariat would have set it up.
    kpiId = await confirmedKpi(db, 44, {
      name: "WEB口座振替受付サービスの利用率",
      unit: "%",
      baselineValue: 12.5,
      targetValue: 20,
      targetYear: 2027,
    });
    draft42 = await firstReport(db, staff, 42, "draft", { ...COMPLETE_REPORT, achievements: "今期の実績。" });
    await firstReport(db, staff, 44, "submit", { ...COMPLETE_REPORT, [`kpi.${kpiId}`]: "15.5" });
  });

  it("gives an editor their section's items, the draft as it stands and the latest earlier published report", async () => {
    const survey = await getSurveyData(suite.db, ctxOf(cast.editor), { period: PERIOD });
    expect(survey.period).toEqual({ key: PERIOD, fiscalYear: 2025, term: "first_half" });
    expect(survey.section).toBe("税務課");
    expect(survey.rows.map((r) => r.number)).toEqual([42, 43, 44, 56]);
    const [r42, r43, r44] = survey.rows;
    expect(r42).toMatchObject({
      section: "税務課",
      previous: { status: "considering", progressPercent: 30 },
      report: {
        id: draft42.reportId,
        version: draft42.version,
        state: "draft",
        status: "in_progress",
        evaluation: "B",
        progressPercent: 40,
        achievements: "今期の実績。",
      },
    });
    expect(r43).toMatchObject({ previous: null, report: null });
    expect(r44.report).toMatchObject({ state: "submitted" });
    expect(survey.kpis).toContainEqual(
      expect.objectContaining({ number: 44, indicatorId: kpiId, unit: "%", targetValue: 20, value: 15.5 }),
    );
    expect(survey.kpis.every((k) => [42, 43, 44, 56].includes(k.number))).toBe(true);

    // The file made from it carries the base versions for the import.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await buildSurveyWorkbook(survey)).xlsx.writeBuffer());
    expect(book.getWorksheet(REPORT_SHEET)!.rowCount).toBe(5);
    const meta = book.getWorksheet(META_SHEET)!;
    expect(meta.getRow(6).getCell(6).value).toBe(draft42.reportId);
    expect(meta.getRow(6).getCell(7).value).toBe(draft42.version);
  });

  it("lets an editor ask for their own section by name, refuses another section and records the refusal", async () => {
    const own = await getSurveyData(suite.db, ctxOf(cast.editor), { period: PERIOD, section: "税務課" });
    expect(own.rows).toHaveLength(4);
    const other = await suite.db.section.findFirstOrThrow({ where: { name: { not: "税務課" }, items: { some: {} } } });
    const before = await digest(suite.db);
    const mark = await lastAuditId(suite.db);
    const refused = await failureOf(
      getSurveyData(suite.db, ctxOf(cast.editor), { period: PERIOD, section: other.name }),
    );
    expect(refused.code).toBe("forbidden");
    expect(await auditSince(suite.db, mark)).toMatchObject([
      { action: "survey.download", outcome: "denied", actorId: cast.editor.id },
    ]);
    expect(await digest(suite.db)).toBe(before);
    // An unknown section is not theirs either.
    expect(
      (await failureOf(getSurveyData(suite.db, ctxOf(cast.editor), { period: PERIOD, section: "無い課" }))).code,
    ).toBe("forbidden");
  });

  it("gives the secretariat every item in one file, or one section's", async () => {
    const all = await getSurveyData(suite.db, ctxOf(cast.admin), { period: PERIOD });
    expect(all.section).toBeNull();
    expect(all.rows).toHaveLength(118);
    expect(new Set(all.rows.map((r) => r.section)).size).toBeGreaterThan(10);
    const one = await getSurveyData(suite.db, ctxOf(cast.admin), { period: PERIOD, section: "税務課" });
    expect(one.section).toBe("税務課");
    expect(one.rows.map((r) => r.number)).toEqual([42, 43, 44, 56]);
    const unknown = await failureOf(getSurveyData(suite.db, ctxOf(cast.admin), { period: PERIOD, section: "無い課" }));
    expect(unknown.code).toBe("not_found");
  });

  it("answers 404 for an unknown, malformed or still draft period, after the policy", async () => {
    const editor = ctxOf(cast.editor);
    expect((await failureOf(getSurveyData(suite.db, editor, { period: "2030-first_half" }))).code).toBe("not_found");
    expect((await failureOf(getSurveyData(suite.db, editor, { period: "2025-spring" }))).code).toBe("not_found");
    const draft = await createPeriod(suite.db, ctxOf(cast.admin), {
      fiscalYear: 2026,
      term: "first_half",
      dueOn: "2026-10-31",
    });
    expect(draft.status).toBe("draft");
    expect((await failureOf(getSurveyData(suite.db, editor, { period: "2026-first_half" }))).code).toBe("not_found");
    expect((await failureOf(getPeriodSheetData(suite.db, ctxOf(cast.council), "2026-first_half"))).code).toBe(
      "not_found",
    );
    expect((await failureOf(getPeriodSheetData(suite.db, ctxOf(cast.council), "9999-year_end"))).code).toBe(
      "not_found",
    );
    // The council is refused the survey before the period is looked at.
    expect((await failureOf(getSurveyData(suite.db, ctxOf(cast.council), { period: "2030-first_half" }))).code).toBe(
      "forbidden",
    );
  });

  it("refuses the survey to the council and the public, and bad input", async () => {
    expect((await failureOf(getSurveyData(suite.db, ctxOf(cast.council), { period: PERIOD }))).code).toBe("forbidden");
    expect(
      (await failureOf(getSurveyData(suite.db, ctxOf(cast.council), { period: PERIOD, section: "税務課" }))).code,
    ).toBe("forbidden");
    expect((await failureOf(getSurveyData(suite.db, ctxOf(null), { period: PERIOD }))).code).toBe("unauthenticated");
    expect((await failureOf(getSurveyData(suite.db, ctxOf(cast.admin), { period: 2025 }))).code).toBe("invalid");
    const unbound = await makeUser(suite.db, { role: "editor" });
    expect((await failureOf(getSurveyData(suite.db, ctxOf(unbound), { period: PERIOD }))).code).toBe("forbidden");
  });

  it("gives the secretariat and the council the period sheet: every item, its report, KPI actuals, who and when", async () => {
    for (const actor of [cast.admin, cast.council]) {
      const sheet = await getPeriodSheetData(suite.db, ctxOf(actor), PERIOD);
      expect(sheet.rows).toHaveLength(118);
      const byNumber = new Map(sheet.rows.map((r) => [r.number, r]));
      expect(byNumber.get(42)!.report).toMatchObject({
        state: "draft",
        revision: 1,
        achievements: "今期の実績。",
        updatedBy: cast.editor.name,
        submittedBy: null,
      });
      expect(byNumber.get(44)).toMatchObject({
        section: "税務課",
        report: { state: "submitted", submittedBy: cast.editor.name },
        kpis: [{ unit: "%", targetValue: 20, value: 15.5 }],
      });
      expect(byNumber.get(44)!.report!.submittedAt).toBeInstanceOf(Date);
      expect(byNumber.get(1)!.report).toBeNull();
    }
  });

  it("refuses the period sheet to an editor and the public, recording the editor's refusal", async () => {
    const mark = await lastAuditId(suite.db);
    expect((await failureOf(getPeriodSheetData(suite.db, ctxOf(cast.editor), PERIOD))).code).toBe("forbidden");
    expect(await auditSince(suite.db, mark)).toMatchObject([{ action: "reports.export", outcome: "denied" }]);
    expect((await failureOf(getPeriodSheetData(suite.db, ctxOf(null), PERIOD))).code).toBe("unauthenticated");
  });

  it("names the open period as the one the review queue links", async () => {
    expect(await getCurrentSheetPeriod(suite.db, ctxOf(cast.admin))).toEqual({
      key: PERIOD,
      fiscalYear: 2025,
      term: "first_half",
    });
    expect((await failureOf(getCurrentSheetPeriod(suite.db, ctxOf(cast.editor)))).code).toBe("forbidden");
  });
});
