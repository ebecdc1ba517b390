import { describe, expect, it } from "vitest";
import { type CheckedKpi, type CheckInput, checkItem, movesAway, unmet } from "@/lib/consistency/checks";

const kpi = (over: Partial<CheckedKpi> = {}): CheckedKpi => ({
  id: 1,
  direction: "increase",
  baselineValue: 10,
  targetValue: 50,
  actual: 30,
  previous: 20,
  ...over,
});

const item = (over: Partial<CheckInput> = {}): CheckInput => ({
  status: "in_progress",
  evaluation: "B",
  progressPercent: 50,
  achievements: "説明会を2回開催した。",
  current: true,
  endFiscalYear: 2026,
  kpis: [],
  ...over,
});

const kinds = (input: CheckInput, fiscalYear: number | null = 2026) => checkItem(input, fiscalYear).map((f) => f.kind);

describe("movesAway", () => {
  it("compares the latest actual with the one before it, or with the baseline for the first", () => {
    expect(movesAway(kpi({ actual: 19, previous: 20 }))).toBe(true);
    expect(movesAway(kpi({ actual: 20, previous: 20 }))).toBe(false);
    expect(movesAway(kpi({ actual: 9, previous: null }))).toBe(true);
    expect(movesAway(kpi({ actual: 10, previous: null }))).toBe(false);
    expect(movesAway(kpi({ actual: 9, previous: null, baselineValue: null }))).toBe(false);
    expect(movesAway(kpi({ actual: null }))).toBe(false);
  });

  it("follows the direction: a decrease KPI moves away when it rises", () => {
    const fewer = { direction: "decrease" as const, baselineValue: 100, targetValue: 60 };
    expect(movesAway(kpi({ ...fewer, previous: 80, actual: 81 }))).toBe(true);
    expect(movesAway(kpi({ ...fewer, previous: 80, actual: 79 }))).toBe(false);
  });

  it("does not count a KPI that stays at or beyond its target", () => {
    expect(movesAway(kpi({ previous: 70, actual: 55 }))).toBe(false);
    expect(movesAway(kpi({ previous: 70, actual: 50 }))).toBe(false);
    expect(movesAway(kpi({ previous: 70, actual: 49.9 }))).toBe(true);
  });

  it("without a target value reads the direction alone; a KPI to keep never moves away", () => {
    expect(movesAway(kpi({ targetValue: null, previous: 20, actual: 19 }))).toBe(true);
    expect(movesAway(kpi({ targetValue: null, direction: "decrease", previous: 20, actual: 21 }))).toBe(true);
    expect(movesAway(kpi({ targetValue: null, direction: "maintain", previous: 20, actual: 1 }))).toBe(false);
  });
});

describe("unmet", () => {
  it("is a KPI with an actual short of its target", () => {
    expect(unmet(kpi({ actual: 49 }))).toBe(true);
    expect(unmet(kpi({ actual: 50 }))).toBe(false);
    expect(unmet(kpi({ actual: null }))).toBe(false);
    expect(unmet(kpi({ targetValue: null }))).toBe(false);
  });
});

describe("checkItem", () => {
  it("passes a report whose rating, stage and evidence agree", () => {
    expect(kinds(item({ evaluation: "A", kpis: [kpi()] }))).toEqual([]);
  });

  it("flags 順調 (A) while a KPI moves away from its target, naming the KPI", () => {
    const away = kpi({ id: 7, previous: 30, actual: 25 });
    expect(checkItem(item({ evaluation: "A", kpis: [kpi(), away] }), 2026)).toEqual([
      { kind: "on_track_kpi_away", kpiId: 7 },
    ]);
    expect(kinds(item({ evaluation: "B", kpis: [away] }))).toEqual([]);
  });

  it("flags 完了 below 100 % progress, not at 100 % or without a figure", () => {
    expect(kinds(item({ status: "completed", progressPercent: 99 }))).toEqual(["completed_below_full"]);
    expect(kinds(item({ status: "completed", progressPercent: 100 }))).toEqual([]);
    expect(kinds(item({ status: "completed", progressPercent: null }))).toEqual([]);
    expect(kinds(item({ status: "in_progress", progressPercent: 99 }))).toEqual([]);
  });

  it("flags 完了 with a KPI short of its target", () => {
    const short = kpi({ id: 3, actual: 49 });
    expect(checkItem(item({ status: "completed", progressPercent: 100, kpis: [short] }), 2026)).toEqual([
      { kind: "completed_kpi_unmet", kpiId: 3 },
    ]);
    expect(kinds(item({ status: "completed", progressPercent: 100, kpis: [kpi({ actual: 50 })] }))).toEqual([]);
  });

  it("flags an item past its plan period that is not 完了, from the year after its last", () => {
    expect(kinds(item({ endFiscalYear: 2026 }), 2027)).toEqual(["past_plan_period"]);
    expect(kinds(item({ endFiscalYear: 2026 }), 2026)).toEqual([]);
    expect(kinds(item({ endFiscalYear: 2026, status: "not_reported", current: false }), 2027)).toEqual([
      "past_plan_period",
    ]);
    expect(kinds(item({ endFiscalYear: 2026, status: "completed", progressPercent: 100 }), 2027)).toEqual([]);
    expect(kinds(item({ endFiscalYear: 2026 }), null)).toEqual([]);
  });

  it("flags a report for the period with nothing in 実績, spaces counting as nothing", () => {
    expect(kinds(item({ achievements: " \n　" }))).toEqual(["no_achievements"]);
    expect(kinds(item({ achievements: "" }))).toEqual(["no_achievements"]);
    expect(kinds(item({ achievements: "", current: false }))).toEqual([]);
    expect(kinds(item({ achievements: "実施" }))).toEqual([]);
  });
});
