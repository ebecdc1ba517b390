// The roll-ups behind the dashboard and the summary API follow the workflow:
// approval shows only in the internal view, publication changes the public one,
// and closing a period makes items without a report for it stale (未更新).
import { expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { setAchievement } from "../../lib/items/set-achievement.ts";
import { toOpenDataSummary } from "../../lib/opendata/summary.ts";
import { createPeriod, setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { loadSummary, loadTrend } from "../../lib/rollup/summary.ts";
import { describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf, digest, failureOf } from "../support/fixtures.ts";

const report = (status: string, evaluation: string, progressPercent: string) => ({
  status,
  evaluation,
  progressPercent,
  achievements: "実施した。",
  issues: "",
  nextSteps: "",
});

describeOnDatabases("summary roll-ups", "imported", (suite) => {
  const cast = castIn(suite, { period: true });

  async function submitAndApprove(itemNumber: number, fields: Record<string, string>) {
    const current = await suite.db.progressReport.findFirst({
      where: { item: { number: itemNumber }, period: { status: "open" } },
      orderBy: { revision: "desc" },
    });
    const saved = await saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber,
      baseReportId: current?.state === "published" ? current.id : (current?.id ?? 0),
      baseVersion: current?.version ?? 0,
      intent: "submit",
      fields,
    });
    await reviewReport(suite.db, ctxOf(cast.admin), {
      reportId: saved.reportId,
      version: saved.version,
      decision: "approve",
      comment: "",
    });
    return saved.reportId;
  }

  it("starts with all 118 items 未報告 and the API's counts summing to the items", async () => {
    const summary = await loadSummary(suite.db);
    expect(summary.period?.id).toBe(cast.period.id);
    expect(summary.overall.items).toBe(118);
    expect(summary.overall.byStatus.not_reported).toBe(118);
    expect(summary.overall.meanProgress).toBeNull();
    const api = toOpenDataSummary(summary);
    expect(api.overall.byStatus.未報告).toBe(118);
    // The vision's 4 areas and 8 directions, each kind with its その他・未分類 group last.
    expect(api.areas).toHaveLength(5);
    expect(api.areas.map((a) => a.name)).toContain("財政の改革");
    expect(api.directions).toHaveLength(9);
    expect(api.bureaus).toHaveLength(10);
    expect(api.bureaus[0]).toMatchObject({ code: "01", name: "総務部", unassigned: false });
    expect(api.classifications).toHaveLength(43);
    for (const group of [api.overall, ...api.areas, ...api.directions, ...api.bureaus, ...api.classifications]) {
      expect(Object.values(group.byStatus).reduce((a, b) => a + b, 0)).toBe(group.items);
      expect(Object.values(group.byEvaluation).reduce((a, b) => a + b, 0)).toBe(group.items);
    }
  });

  it("counts every item once in every kind: items outside the plan's groups in その他・未分類", async () => {
    const summary = await loadSummary(suite.db);
    const api = toOpenDataSummary(summary);
    const kinds = {
      areas: api.areas,
      directions: api.directions,
      bureaus: api.bureaus,
      sections: api.sections,
      classifications: api.classifications,
    };
    for (const [kind, groups] of Object.entries(kinds)) {
      expect(
        groups.reduce((n, g) => n + g.items, 0),
        kind,
      ).toBe(118);
      for (const key of ["byStatus", "byEvaluation", "byAchievement"] as const) {
        const counts = groups.flatMap((g) => Object.values(g[key]));
        expect(
          counts.reduce((a, b) => a + b, 0),
          `${kind}.${key}`,
        ).toBe(118);
      }
      // Only the last group may be the unassigned one, and only when it holds items.
      const unassigned = groups.filter((g) => g.unassigned);
      expect(unassigned.every((g) => g === groups.at(-1) && g.items > 0 && g.name === "その他・未分類")).toBe(true);
    }
    // 20 and 87 have no 大分類 or 小分類; 78, 80 and 117 a 小分類 that is none of the vision's (歳入の適正化);
    // 118 has no section. Item 96's 「人(職員)の改革」 counts in the vision's 「人（職員）の改革」.
    const members = (group: { name: string } | undefined, kind: "area" | "direction" | "section") =>
      summary.items
        .filter((i) => (group?.name === "その他・未分類" ? i[kind] === null : i[kind] === group?.name))
        .map((i) => i.number);
    expect(members(api.areas.at(-1), "area")).toEqual([20, 87]);
    expect(members(api.directions.at(-1), "direction")).toEqual([20, 78, 80, 87, 117]);
    expect(api.directions.at(-1)).toMatchObject({ unassigned: true, items: 5, byStatus: { 未報告: 5 } });
    expect(api.sections.at(-1)).toMatchObject({ name: "その他・未分類", unassigned: true, items: 1 });
    expect(members(api.sections.at(-1), "section")).toEqual([118]);
    expect(api.bureaus.some((g) => g.unassigned)).toBe(false);
    expect(api.classifications.some((g) => g.unassigned)).toBe(false);
    const people = api.areas.find((a) => a.name === "人（職員）の改革");
    expect(members(people, "area")).toContain(96);
    expect(people?.items).toBe(members(people, "area").length);
  });

  it("shows an approved report only internally, and publicly once published", async () => {
    const reportId = await submitAndApprove(44, report("in_progress", "B", "40"));
    const publicBefore = await loadSummary(suite.db);
    const internal = await loadSummary(suite.db, { internal: true });
    expect(publicBefore.overall.byStatus.not_reported).toBe(118);
    expect(internal.overall.byStatus.in_progress).toBe(1);
    expect(internal.overall.byEvaluation.B).toBe(1);

    await publishReports(suite.db, ctxOf(cast.admin), { reportIds: [reportId] });
    const after = await loadSummary(suite.db);
    expect(after.overall).toMatchObject({ reported: 1, meanProgress: 40, current: 1 });
    expect(after.overall.byStatus).toMatchObject({ not_reported: 117, in_progress: 1 });
    expect(after.overall.byEvaluation).toMatchObject({ not_reported: 117, B: 1 });
    const item = after.items.find((i) => i.number === 44)!;
    const bureau = after.bureaus.find((b) => b.code === item.bureau.code)!;
    expect(bureau.byStatus.in_progress).toBe(1);
    expect(bureau.updateRate).toBeCloseTo(1 / bureau.items, 10);
    expect(after.sections.find((s) => s.name === "税務課")).toMatchObject({
      current: 1,
      byStatus: expect.objectContaining({ in_progress: 1 }),
    });
    const api = toOpenDataSummary(after);
    expect(api.overall.byStatus).toMatchObject({ 未報告: 117, 実施中: 1 });
    expect(api.overall.byEvaluation).toMatchObject({ B: 1, 未報告: 117 });
    expect(api.period).toMatchObject({ key: "2025-first_half", label: "令和7年度 上半期", status: "open" });
  });

  it("keeps an item's state across periods, marks it stale once a period closes without its report, and records the trend", async () => {
    const other = await submitAndApprove(43, report("considering", "C", "10"));
    await publishReports(suite.db, ctxOf(cast.admin), { reportIds: [other] });
    await setPeriodStatus(suite.db, ctxOf(cast.admin), { periodId: cast.period.id, status: "closed" });
    const second = await createPeriod(suite.db, ctxOf(cast.admin), {
      fiscalYear: 2025,
      term: "year_end",
      dueOn: "2026-04-30",
    });
    await setPeriodStatus(suite.db, ctxOf(cast.admin), { periodId: second.id, status: "open" });

    const now = await loadSummary(suite.db);
    expect(now.period?.id).toBe(second.id);
    const item44 = now.items.find((i) => i.number === 44)!;
    // Still 実施中 from the first half, but not current for the year end; not stale: it reported for the closed period.
    expect(item44).toMatchObject({
      status: "in_progress",
      current: false,
      stale: false,
      reportPeriodId: cast.period.id,
    });
    expect(now.items.find((i) => i.number === 42)).toMatchObject({ status: "not_reported", stale: true });
    expect(now.overall.current).toBe(0);

    const year = await submitAndApprove(44, report("completed", "A", "100"));
    await publishReports(suite.db, ctxOf(cast.admin), { reportIds: [year] });
    const later = await loadSummary(suite.db);
    expect(later.items.find((i) => i.number === 44)).toMatchObject({
      status: "completed",
      evaluation: "A",
      current: true,
    });
    expect(later.overall.completedShare).toBeCloseTo(1 / 118, 10);

    // The first period as it stood: 44 in progress, 43 considering.
    const asOfFirst = await loadSummary(suite.db, { periodId: cast.period.id });
    expect(asOfFirst.overall.byStatus).toMatchObject({ in_progress: 1, considering: 1, completed: 0 });

    const trend = await loadTrend(suite.db);
    expect(trend.map((p) => p.period.id)).toEqual([cast.period.id, second.id]);
    expect(trend.map((p) => p.overall.byEvaluation.A)).toEqual([0, 1]);
    expect(trend.map((p) => p.overall.byEvaluation.C)).toEqual([1, 1]);
  });

  it("counts the secretariat's 達成度 judgement on its own axis; others are refused and change nothing", async () => {
    const item = await suite.db.planItem.findUniqueOrThrow({ where: { number: 60 } });
    // Every judgement is made against the item's version as read above.
    const judge = (actor: Actor | null, achievement: "achieved" | "not_achieved", note: string) =>
      setAchievement(suite.db, ctxOf(actor), { itemNumber: 60, version: item.version, achievement, note });
    const before = await digest(suite.db);
    for (const actor of [cast.editor, cast.council, null]) {
      const error = await failureOf(judge(actor, "achieved", "目標台数を導入した。"));
      expect(["forbidden", "unauthenticated"]).toContain(error.code);
    }
    expect((await failureOf(judge(cast.admin, "achieved", ""))).code).toBe("invalid");
    expect(await digest(suite.db)).toBe(before);

    const result = await judge(cast.admin, "achieved", "目標台数を導入した。");
    expect(result).toMatchObject({ changed: true, version: item.version + 1 });
    expect((await failureOf(judge(cast.admin, "not_achieved", "古い版からの変更"))).code).toBe("conflict");
    const summary = await loadSummary(suite.db);
    expect(summary.overall.byAchievement).toMatchObject({ achieved: 1, pending: 117 });
    expect(summary.items.find((i) => i.number === 60)).toMatchObject({
      achievement: "achieved",
      status: "not_reported",
    });
    expect(toOpenDataSummary(summary).overall.byAchievement).toMatchObject({ 達成: 1, 判定前: 117 });
  });
});
