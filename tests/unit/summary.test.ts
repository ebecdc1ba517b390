import { describe, expect, it } from "vitest";
import { STATUS_KEYS } from "../../lib/reports/vocabulary.ts";
import type { ItemState, PeriodRef } from "../../lib/rollup/item-states.ts";
import { type Dimensions, summarize } from "../../lib/rollup/summary.ts";
import { NOT_REPORTED } from "../support/items.ts";

const BUREAUS = { "01": "総務部", "02": "財務部", "03": "市民協働部" } as const;

function item(number: number, fields: Partial<ItemState> & { bureauCode?: keyof typeof BUREAUS } = {}): ItemState {
  const { bureauCode = "01", ...rest } = fields;
  return {
    number,
    title: `取組${number}`,
    target: "",
    bureau: { code: bureauCode, name: BUREAUS[bureauCode], sourceName: `${bureauCode}${BUREAUS[bureauCode]}` },
    section: null,
    area: null,
    direction: null,
    classification: null,
    ...NOT_REPORTED,
    achievements: "",
    issues: "",
    nextSteps: "",
    endFiscalYear: 2026,
    checks: [],
    reportPeriodId: null,
    reportState: null,
    current: false,
    stale: false,
    measurability: null,
    kpis: [],
    ...rest,
  };
}

const reported = (status: ItemState["status"], progressPercent: number | null, current = true): Partial<ItemState> => ({
  status,
  progressPercent,
  evaluation: "B",
  asOf: "2025-10-01T00:00:00.000Z",
  reportPeriodId: 1,
  reportState: "published",
  current,
});

// Dimensions deliberately not in alphabetical or code order: the plan's own order must be kept.
const dimensions: Dimensions = {
  areas: ["財政の改革", "情報・デジタル化の改革"],
  directions: [
    { name: "歳出の見直し", area: "財政の改革" },
    { name: "行政手続のデジタル化", area: "情報・デジタル化の改革" },
  ],
  bureaus: [
    { code: "02", name: "財務部" },
    { code: "01", name: "総務部" },
    { code: "03", name: "市民協働部" },
  ],
  sections: [
    { name: "財政課", bureauCode: "02" },
    { name: "人事課", bureauCode: "01" },
    { name: "情報政策課", bureauCode: "01" },
  ],
  classifications: ["ICTを活用した事務作業の削減・省略化", "歳入の確保"],
};

const items: ItemState[] = [
  item(1, {
    section: "人事課",
    area: "情報・デジタル化の改革",
    direction: "行政手続のデジタル化",
    classification: "ICTを活用した事務作業の削減・省略化",
    ...reported("in_progress", 40),
  }),
  item(2, {
    section: "人事課",
    area: "情報・デジタル化の改革",
    direction: "行政手続のデジタル化",
    ...reported("completed", 100, false),
  }),
  item(3, {
    section: "情報政策課",
    area: "情報・デジタル化の改革",
    classification: "ICTを活用した事務作業の削減・省略化",
  }),
  item(4, {
    bureauCode: "02",
    section: "財政課",
    area: "財政の改革",
    direction: "歳出の見直し",
    classification: "歳入の確保",
    ...reported("considering", null),
  }),
  item(5, { bureauCode: "02", section: "財政課", area: "財政の改革", direction: "歳出の見直し" }),
  // No section, area, direction or classification: counted overall and in its bureau only.
  item(6, { bureauCode: "01" }),
];

const period: PeriodRef = {
  id: 1,
  fiscalYear: 2025,
  term: "first_half",
  status: "open",
  dueOn: "2025-10-31",
  closedAt: null,
};

describe("summarize", () => {
  const summary = summarize(items, dimensions, period, [period]);
  const sum = (record: Record<string, number>) => Object.values(record).reduce((a, b) => a + b, 0);

  it("keeps the period it was given", () => {
    expect(summary.period).toEqual(period);
    expect(summary.periods).toEqual([period]);
  });

  it("lists groups in the order of the dimensions, including empty ones, その他・未分類 last", () => {
    expect(summary.areas.map((g) => g.name)).toEqual(["財政の改革", "情報・デジタル化の改革", "その他・未分類"]);
    expect(summary.bureaus.map((g) => g.code)).toEqual(["02", "01", "03"]);
    expect(summary.sections.map((g) => g.name)).toEqual(["財政課", "人事課", "情報政策課", "その他・未分類"]);
    expect(summary.classifications.map((g) => g.name)).toEqual([
      "ICTを活用した事務作業の削減・省略化",
      "歳入の確保",
      "その他・未分類",
    ]);
    const empty = summary.bureaus.find((g) => g.code === "03")!;
    expect(empty.items).toBe(0);
    expect(empty.updateRate).toBe(0);
    expect(empty.meanProgress).toBeNull();
  });

  it("counts every item of a group exactly once by status", () => {
    for (const group of [
      ...summary.areas,
      ...summary.directions,
      ...summary.bureaus,
      ...summary.sections,
      ...summary.classifications,
    ]) {
      expect(sum(group.byStatus)).toBe(group.items);
      expect(sum(group.byEvaluation)).toBe(group.items);
      expect(sum(group.byAchievement)).toBe(group.items);
    }
    expect(sum(summary.overall.byStatus)).toBe(items.length);
    expect(Object.keys(summary.overall.byStatus)).toEqual([...STATUS_KEYS]);
  });

  it("groups bureaus by code and names them from the dimensions", () => {
    const soumu = summary.bureaus.find((g) => g.code === "01")!;
    expect(soumu).toMatchObject({ kind: "bureau", name: "総務部", items: 4, reported: 2, parent: null });
    expect(soumu.byStatus.not_reported).toBe(2);
  });

  it("puts sections under their bureau", () => {
    expect(summary.sections.map((g) => [g.name, g.parent, g.items])).toEqual([
      ["財政課", "02", 2],
      ["人事課", "01", 2],
      ["情報政策課", "01", 1],
      ["その他・未分類", null, 1],
    ]);
    // A bureau's sections hold at most its items; the item without a section is only in the bureau.
    const soumuSections = summary.sections.filter((g) => g.parent === "01");
    expect(soumuSections.reduce((n, g) => n + g.items, 0)).toBe(3);
  });

  it("links directions to their area", () => {
    expect(summary.directions.map((g) => [g.name, g.parent, g.items])).toEqual([
      ["歳出の見直し", "財政の改革", 2],
      ["行政手続のデジタル化", "情報・デジタル化の改革", 2],
      ["その他・未分類", null, 2],
    ]);
  });

  it("counts items outside every group of a kind in its その他・未分類 group, so each kind adds up to the whole", () => {
    expect(summary.overall.items).toBe(6);
    for (const groups of [
      summary.areas,
      summary.directions,
      summary.bureaus,
      summary.sections,
      summary.classifications,
    ])
      expect(groups.reduce((n, g) => n + g.items, 0)).toBe(6);
    expect(summary.areas.at(-1)).toMatchObject({ unassigned: true, items: 1, code: null, parent: null });
    expect(summary.classifications.at(-1)).toMatchObject({ unassigned: true, items: 3 });
    expect(summary.areas.filter((g) => g.unassigned)).toHaveLength(1);
    // Every item has a bureau: no unassigned bureau group.
    expect(summary.bureaus.some((g) => g.unassigned)).toBe(false);
  });

  it("rates updates as items with a report for the period over all items of the group", () => {
    // Items 1 and 4 reported for the period; item 2's report is from an earlier one.
    expect(summary.overall.current).toBe(2);
    expect(summary.overall.updateRate).toBeCloseTo(2 / 6);
    const jinji = summary.sections.find((g) => g.name === "人事課")!;
    expect(jinji.current).toBe(1);
    expect(jinji.updateRate).toBe(0.5);
    expect(summary.sections.find((g) => g.name === "情報政策課")!.updateRate).toBe(0);
    expect(summary.bureaus.find((g) => g.code === "02")!.updateRate).toBe(0.5);
  });

  it("averages progress over reported items only and counts unreported items as not complete", () => {
    const soumu = summary.bureaus.find((g) => g.code === "01")!;
    expect(soumu.meanProgress).toBe(70); // (40 + 100) / 2, not / 4
    expect(soumu.completedShare).toBe(0.25);
    // Item 4 is reported without a percentage: no mean, but not 0 % either.
    expect(summary.bureaus.find((g) => g.code === "02")!.meanProgress).toBeNull();
  });

  it("defaults to no period when none is given", () => {
    const bare = summarize([], dimensions);
    expect(bare.period).toBeNull();
    expect(bare.overall.items).toBe(0);
    expect(bare.areas.every((g) => g.items === 0 && !g.unassigned)).toBe(true);
  });
});
