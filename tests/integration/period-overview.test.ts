// 期間の報告一覧: every item's latest report for a period with its texts, as the
// secretariat reads and prints it, its filters, and who may not see it.
import { beforeAll, expect, it } from "vitest";
import { ServiceError } from "../../lib/auth/errors.ts";
import { getPeriodOverview } from "../../lib/reports/period-overview.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { describeOnDatabases } from "../support/db.ts";
import {
  auditSince,
  bureauCodeOf,
  COMPLETE_REPORT,
  castIn,
  ctxOf,
  failureOf,
  lastAuditId,
} from "../support/fixtures.ts";

const PERIOD = "2025-first_half";

describeOnDatabases("period overview", "imported", (suite) => {
  const cast = castIn(suite, { period: { dueOn: "2025-10-31" } });

  beforeAll(async () => {
    // 税務課 (items 42, 43, 44, 56): 42 published and corrected in a second draft, 43 a draft
    // without an evaluation, 44 returned, 56 not started; item 1 (another section) rated C.
    const save = (itemNumber: number, intent: "draft" | "submit", fields = COMPLETE_REPORT, base = [0, 0]) =>
      saveReport(suite.db, ctxOf(cast.editor), {
        itemNumber,
        baseReportId: base[0],
        baseVersion: base[1],
        intent,
        fields,
      });
    const approve = async (saved: { reportId: number; version: number }) =>
      reviewReport(suite.db, ctxOf(cast.admin), {
        reportId: saved.reportId,
        version: saved.version,
        decision: "approve",
      });

    const r42 = await approve(await save(42, "submit"));
    await publishReports(suite.db, ctxOf(cast.admin), { reportIds: [r42.reportId] });
    const published = await suite.db.progressReport.findUniqueOrThrow({ where: { id: r42.reportId } });
    await save(42, "draft", { ...COMPLETE_REPORT, achievements: "第2版の実績。" }, [published.id, published.version]);
    await save(43, "draft", { ...COMPLETE_REPORT, evaluation: "" });
    const r44 = await save(44, "submit");
    await reviewReport(suite.db, ctxOf(cast.admin), {
      reportId: r44.reportId,
      version: r44.version,
      decision: "return",
      comment: "追記してください。",
    });
    await saveReport(suite.db, ctxOf(cast.admin), {
      itemNumber: 1,
      baseReportId: 0,
      baseVersion: 0,
      intent: "submit",
      fields: { ...COMPLETE_REPORT, evaluation: "C", issues: "予算の確保。\n人員の不足。" },
    });
  });

  const overview = (filter: Record<string, string | string[]> = {}, period = PERIOD) =>
    getPeriodOverview(suite.db, ctxOf(cast.admin), { period, filter });
  const numbers = (result: { items: { number: number }[] }) => result.items.map((i) => i.number);

  it("gives the secretariat every item with its latest report's texts, and the not reported ones without", async () => {
    const result = await overview();
    expect(result.period).toEqual({
      key: PERIOD,
      fiscalYear: 2025,
      term: "first_half",
      status: "open",
      dueOn: "2025-10-31",
    });
    expect(result.total).toBe(118);
    expect(result.items).toHaveLength(118);
    expect(numbers(result)).toEqual([...numbers(result)].sort((a, b) => a - b));
    const byNumber = new Map(result.items.map((i) => [i.number, i]));

    expect(byNumber.get(42)).toMatchObject({
      section: "税務課",
      state: "draft",
      report: {
        revision: 2,
        state: "draft",
        status: "in_progress",
        evaluation: "B",
        progressPercent: 40,
        achievements: "第2版の実績。",
        issues: COMPLETE_REPORT.issues,
        nextSteps: COMPLETE_REPORT.nextSteps,
      },
    });
    expect(byNumber.get(43)?.report).toMatchObject({ revision: 1, state: "draft", evaluation: null });
    expect(byNumber.get(44)).toMatchObject({
      state: "returned",
      report: { state: "returned", reviewComment: "追記してください。" },
    });
    expect(byNumber.get(56)).toMatchObject({ section: "税務課", state: "none", report: null });
    expect(byNumber.get(1)?.report).toMatchObject({
      state: "submitted",
      evaluation: "C",
      issues: "予算の確保。\n人員の不足。",
    });
    expect(result.items.filter((i) => i.report !== null).map((i) => i.number)).toEqual([1, 42, 43, 44]);

    // The filter's choices: every bureau, its sections in order, whatever is chosen.
    const zeimuBureau = await bureauCodeOf(suite.db, "税務課");
    expect(result.bureaus).toHaveLength(10);
    expect(result.bureaus.find((b) => b.code === zeimuBureau)?.sections).toContain("税務課");
    expect((await overview({ section: "税務課" })).bureaus).toEqual(result.bureaus);
  });

  it("filters by bureau, section, state and evaluation, together", async () => {
    expect(numbers(await overview({ section: "税務課" }))).toEqual([42, 43, 44, 56]);
    expect(numbers(await overview({ section: "税務課", state: "returned" }))).toEqual([44]);
    expect(numbers(await overview({ section: "税務課", state: "none" }))).toEqual([56]);
    expect(numbers(await overview({ section: "税務課", evaluation: "B" }))).toEqual([42, 44]);
    expect(numbers(await overview({ section: "税務課", evaluation: "none" }))).toEqual([43, 56]);
    expect(numbers(await overview({ evaluation: "C" }))).toEqual([1]);
    expect(numbers(await overview({ state: "submitted" }))).toEqual([1]);

    const zeimuBureau = await bureauCodeOf(suite.db, "税務課");
    const bureau = await overview({ bureau: zeimuBureau });
    expect(numbers(bureau)).toEqual(expect.arrayContaining([42, 43, 44, 56]));
    expect(bureau.items.length).toBeLessThan(118);
    expect(bureau.total).toBe(118);
    const otherBureau = (await overview()).bureaus.find((b) => b.code !== zeimuBureau)!.code;
    expect(numbers(await overview({ bureau: otherBureau, section: "税務課" }))).toEqual([]);

    // An unknown section matches nothing; a state or evaluation that is no choice is no filter.
    expect(numbers(await overview({ section: "存在しない課" }))).toEqual([]);
    const loose = await overview({ section: ["税務課", "x"], state: "bogus", evaluation: "E" });
    expect(loose.filter).toEqual({ bureau: undefined, section: "税務課", state: undefined, evaluation: undefined });
    expect(numbers(loose)).toEqual([42, 43, 44, 56]);
  });

  it("finds an unknown period only for the secretariat, and refuses editors, the council and the public", async () => {
    for (const key of ["2024-year_end", "前期", ""]) {
      expect((await failureOf(overview({}, key))).code).toBe("not_found");
    }
    const mark = await lastAuditId(suite.db);
    const anonymous = await failureOf(getPeriodOverview(suite.db, ctxOf(null), { period: PERIOD }));
    expect(anonymous).toBeInstanceOf(ServiceError);
    expect(anonymous.code).toBe("unauthenticated");
    expect((await failureOf(getPeriodOverview(suite.db, ctxOf(cast.editor), { period: PERIOD }))).code).toBe(
      "forbidden",
    );
    expect((await failureOf(getPeriodOverview(suite.db, ctxOf(cast.council), { period: PERIOD }))).code).toBe(
      "forbidden",
    );
    // The policy is asked before the period is looked up: no probing for periods.
    expect((await failureOf(getPeriodOverview(suite.db, ctxOf(cast.editor), { period: "2024-year_end" }))).code).toBe(
      "forbidden",
    );
    expect((await auditSince(suite.db, mark)).map((r) => [r.action, r.outcome, r.entityId])).toEqual([
      ["report.overview", "denied", PERIOD],
      ["report.overview", "denied", PERIOD],
      ["report.overview", "denied", PERIOD],
      ["report.overview", "denied", "2024-year_end"],
    ]);
  });
});
