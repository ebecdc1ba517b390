import { describe, expect, it } from "vitest";
import { kpiAchievementRate, rollup } from "../../lib/rollup/rollup.ts";

describe("rollup", () => {
  it("returns zeros and no mean for an empty set", () => {
    const r = rollup([]);
    expect(r.items).toBe(0);
    expect(r.reported).toBe(0);
    expect(r.meanProgress).toBeNull();
    expect(r.completedShare).toBe(0);
    expect(Object.values(r.byStatus).every((n) => n === 0)).toBe(true);
  });

  it("counts unreported items as 未報告, not as 0 %", () => {
    const r = rollup([
      { status: "not_reported", progressPercent: null },
      { status: "in_progress", progressPercent: 40 },
      { status: "completed", progressPercent: 100 },
      { status: "not_reported", progressPercent: null },
    ]);
    expect(r.byStatus.not_reported).toBe(2);
    expect(r.byStatus.in_progress).toBe(1);
    expect(r.reported).toBe(2);
    // (40 + 100) / 2, not (40 + 100 + 0 + 0) / 4
    expect(r.meanProgress).toBe(70);
    expect(r.completedShare).toBe(0.25);
  });

  it("status counts always sum to the number of items", () => {
    const input = [
      { status: "considering" as const, progressPercent: 10 },
      { status: "suspended" as const, progressPercent: null },
      { status: "not_started" as const, progressPercent: 0 },
    ];
    const r = rollup(input);
    expect(Object.values(r.byStatus).reduce((a, b) => a + b, 0)).toBe(input.length);
    expect(r.meanProgress).toBe(5);
  });

  it("rounds the mean to one decimal", () => {
    const r = rollup([
      { status: "in_progress", progressPercent: 10 },
      { status: "in_progress", progressPercent: 10 },
      { status: "in_progress", progressPercent: 15 },
    ]);
    expect(r.meanProgress).toBe(11.7);
  });
});

describe("rollup by evaluation, achievement and freshness", () => {
  it("counts evaluations with 未報告 and 評価なし so they sum to the items", () => {
    const r = rollup([
      { status: "not_reported", progressPercent: null, evaluation: null },
      { status: "in_progress", progressPercent: 50, evaluation: "A", current: true },
      { status: "in_progress", progressPercent: 30, evaluation: "C", current: true },
      { status: "considering", progressPercent: 10, evaluation: null },
    ]);
    expect(r.byEvaluation).toEqual({ not_reported: 1, A: 1, B: 0, C: 1, D: 0, unrated: 1 });
    expect(r.current).toBe(2);
    expect(r.updateRate).toBe(0.5);
  });

  it("counts the achievement axis apart from the stage, 判定前 by default", () => {
    const r = rollup([
      { status: "completed", progressPercent: 100, achievement: "achieved" },
      { status: "completed", progressPercent: 100, achievement: "partly_achieved" },
      { status: "in_progress", progressPercent: 60 },
    ]);
    expect(r.byAchievement).toEqual({ pending: 1, achieved: 1, partly_achieved: 1, not_achieved: 0 });
  });

  it("gives an empty set an update rate of 0 and no KPI mean", () => {
    const r = rollup([]);
    expect(r.updateRate).toBe(0);
    expect(r.kpi).toEqual({ kpis: 0, measured: 0, achieved: 0, meanRate: null });
  });
});

describe("kpiAchievementRate", () => {
  it("measures an increasing KPI from its baseline", () => {
    // 47.89 → 60 target, actual 53.945: half way.
    expect(
      kpiAchievementRate({ direction: "increase", baselineValue: 47.89, targetValue: 60, actual: 53.945 }),
    ).toBeCloseTo(0.5, 6);
    expect(kpiAchievementRate({ direction: "increase", baselineValue: 10, targetValue: 20, actual: 25 })).toBe(1.5);
    expect(kpiAchievementRate({ direction: "increase", baselineValue: 10, targetValue: 20, actual: 5 })).toBe(0);
  });

  it("measures a decreasing-is-better KPI the other way round", () => {
    // 残業時間 100 → 50 (半減); actual 80 is 40 % of the way, 110 went backwards.
    expect(kpiAchievementRate({ direction: "decrease", baselineValue: 100, targetValue: 50, actual: 80 })).toBeCloseTo(
      0.4,
      6,
    );
    expect(kpiAchievementRate({ direction: "decrease", baselineValue: 100, targetValue: 50, actual: 110 })).toBe(0);
    expect(kpiAchievementRate({ direction: "decrease", baselineValue: 100, targetValue: 50, actual: 50 })).toBe(1);
  });

  it("falls back to actual / target without a baseline, target / actual when decreasing", () => {
    expect(kpiAchievementRate({ direction: "increase", baselineValue: null, targetValue: 12, actual: 9 })).toBe(0.75);
    expect(kpiAchievementRate({ direction: "decrease", baselineValue: null, targetValue: 80, actual: 100 })).toBe(0.8);
  });

  it("treats 維持 as reached while the actual holds the target", () => {
    expect(kpiAchievementRate({ direction: "maintain", baselineValue: 85, targetValue: 85, actual: 86 })).toBe(1);
    expect(kpiAchievementRate({ direction: "maintain", baselineValue: 85, targetValue: 85, actual: 68 })).toBe(0.8);
  });

  it("cannot measure without an actual or a target", () => {
    expect(kpiAchievementRate({ direction: "increase", baselineValue: 1, targetValue: 2, actual: null })).toBeNull();
    expect(kpiAchievementRate({ direction: "increase", baselineValue: 1, targetValue: null, actual: 3 })).toBeNull();
    expect(kpiAchievementRate({ direction: "increase", baselineValue: 2, targetValue: 2, actual: 3 })).toBeNull();
  });

  it("rolls KPIs up with each rate capped at 100 % in the mean", () => {
    const r = rollup([
      {
        status: "in_progress",
        progressPercent: 50,
        kpis: [
          { direction: "increase", baselineValue: 0, targetValue: 10, actual: 20 },
          { direction: "decrease", baselineValue: 100, targetValue: 50, actual: 75 },
          { direction: "increase", baselineValue: 0, targetValue: 10, actual: null },
        ],
      },
    ]);
    // rates 2 → capped 1, and 0.5: mean 0.75; one of two measured reached.
    expect(r.kpi).toEqual({ kpis: 3, measured: 2, achieved: 1, meanRate: 0.75 });
  });
});

describe("rollup freshness", () => {
  it("counts 未更新 items and keeps the newest as-of date", () => {
    const r = rollup([
      { status: "in_progress", progressPercent: 10, stale: true, asOf: "2025-10-01T00:00:00.000Z" },
      { status: "completed", progressPercent: 100, asOf: "2026-04-20T00:00:00.000Z", current: true },
      { status: "not_reported", progressPercent: null, stale: true, asOf: null },
    ]);
    expect(r.stale).toBe(2);
    expect(r.latestAsOf).toBe("2026-04-20T00:00:00.000Z");
    expect(rollup([]).latestAsOf).toBeNull();
  });
});
