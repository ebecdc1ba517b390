import { describe, expect, it } from "vitest";
import { CHANGE_KINDS, diffEditions } from "../../lib/editions/diff-editions.ts";
import {
  buildSnapshot,
  type EditionSnapshot,
  parseSnapshot,
  type SnapshotItem,
  type SnapshotKpi,
} from "../../lib/editions/snapshot.ts";
import { NOT_REPORTED } from "../support/items.ts";

const PERIOD = {
  fiscalYear: 2025,
  term: "first_half" as const,
  dueOn: "2025-10-31",
  openedAt: "2025-04-01T00:00:00.000Z",
  closedAt: "2025-11-01T00:00:00.000Z",
};

function item(number: number, fields: Partial<SnapshotItem> = {}): SnapshotItem {
  return {
    number,
    title: `取組${number}`,
    target: `目標${number}`,
    bureau: "01総務部",
    section: "人事課",
    area: null,
    direction: null,
    classification: null,
    ...NOT_REPORTED,
    measurability: null,
    current: false,
    stale: false,
    kpis: [],
    ...fields,
  };
}

function kpi(id: number, fields: Partial<SnapshotKpi> = {}): SnapshotKpi {
  return {
    id,
    name: `指標${id}`,
    unit: "%",
    direction: "increase",
    baselineValue: 10,
    targetValue: 50,
    targetYear: 2026,
    actual: null,
    actualYear: null,
    ...fields,
  };
}

const snapshot = (...items: SnapshotItem[]): EditionSnapshot => ({ version: 1, period: PERIOD, items });
const reported = (
  status: SnapshotItem["status"],
  evaluation: SnapshotItem["evaluation"],
  extra: Partial<SnapshotItem> = {},
) => ({
  status,
  evaluation,
  progressPercent: 40,
  asOf: "2025-10-01T00:00:00.000Z",
  current: true,
  ...extra,
});

describe("diffEditions", () => {
  it("lists nothing when nothing changed", () => {
    const s = snapshot(item(1, reported("in_progress", "B")), item(2));
    const diff = diffEditions(s, s);
    expect(diff.first).toBe(false);
    expect(diff.items).toEqual([]);
    expect(Object.values(diff.counts).every((n) => n === 0)).toBe(true);
  });

  it("reports a change of stage and of evaluation with before and after", () => {
    const before = snapshot(item(1, reported("considering", "B")), item(2, reported("in_progress", "A")));
    const after = snapshot(item(1, reported("in_progress", "B")), item(2, reported("in_progress", "C")));
    const diff = diffEditions(before, after);
    expect(diff.items).toEqual([
      { number: 1, title: "取組1", changes: [{ kind: "stage", from: "considering", to: "in_progress" }] },
      { number: 2, title: "取組2", changes: [{ kind: "evaluation", from: "A", to: "C" }] },
    ]);
    expect(diff.counts).toMatchObject({ stage: 1, evaluation: 1, newly_completed: 0 });
  });

  it("tells a move to 完了 as newly complete, not also as a change of stage", () => {
    const diff = diffEditions(
      snapshot(item(5, reported("in_progress", "A"))),
      snapshot(item(5, reported("completed", "A"))),
    );
    expect(diff.items[0].changes).toEqual([{ kind: "newly_completed", from: "in_progress" }]);
    expect(diff.counts).toMatchObject({ newly_completed: 1, stage: 0 });
  });

  it("reports a changed target with both texts, also for an item never reported", () => {
    const diff = diffEditions(snapshot(item(3)), snapshot(item(3, { target: "利用率50%" })));
    expect(diff.items[0].changes).toEqual([{ kind: "target", from: "目標3", to: "利用率50%" }]);
  });

  it("reports a confirmed KPI's target changed, added or withdrawn between two editions", () => {
    const was = snapshot(
      item(3, { kpis: [kpi(31, { targetValue: 50, targetYear: 2026 }), kpi(32, { targetValue: 10 })] }),
    );
    const now = snapshot(
      item(3, {
        kpis: [kpi(31, { targetValue: 40, targetYear: 2027 }), kpi(33, { targetValue: 5, targetYear: null })],
      }),
    );
    const [change] = diffEditions(was, now).items[0].changes;
    expect(change).toMatchObject({
      kind: "kpi_target",
      targets: [
        { id: 31, from: { value: 50, year: 2026 }, to: { value: 40, year: 2027 } },
        { id: 32, from: { value: 10 }, to: null },
        { id: 33, from: null, to: { value: 5, year: null } },
      ],
    });
    expect(diffEditions(was, was).items).toEqual([]);
    // The first edition has nothing to compare targets with.
    expect(diffEditions(null, now).counts.kpi_target).toBe(0);
  });

  it("judges KPI movements by the KPI's direction", () => {
    const decrease = { direction: "decrease", baselineValue: 80, targetValue: 40 } as const;
    // [item, KPI, how it is judged, actual of 2024, actual of 2025, change, judgement]
    const moves = [
      [1, 11, {}, 20, 35, "up", "good"], // increase, went up
      [2, 21, decrease, 70, 55, "down", "good"], // decrease, went down
      [3, 31, {}, 30, 25, "down", "bad"], // increase, went down
      [3, 32, decrease, 60, 65, "up", "bad"], // decrease, went up
    ] as const;
    const editionOf = (actualYear: 2024 | 2025) =>
      snapshot(
        ...[1, 2, 3].map((number) => {
          const kpis = moves
            .filter((move) => move[0] === number)
            .map(([, id, judged, in2024, in2025]) =>
              kpi(id, { ...judged, actual: actualYear === 2024 ? in2024 : in2025, actualYear }),
            );
          return item(number, reported("in_progress", "B", { kpis }));
        }),
      );
    const diff = diffEditions(editionOf(2024), editionOf(2025));
    const movements = diff.items.flatMap((i) => i.changes.flatMap((c) => (c.kind === "kpi" ? c.movements : [])));
    expect(movements.map((m) => [m.id, m.before, m.after, m.change, m.judgement])).toEqual(
      moves.map(([, id, , before, after, change, judgement]) => [id, before, after, change, judgement]),
    );
    expect(movements[0]).toMatchObject({ beforeYear: 2024, afterYear: 2025, name: "指標11", unit: "%" });
    expect(diff.counts.kpi).toBe(3);
  });

  it("judges a 維持 KPI by whether it stays at its target, and a first actual as neutral", () => {
    const maintain = (actual: number | null, actualYear: number | null) =>
      kpi(41, { direction: "maintain", baselineValue: 100, targetValue: 100, actual, actualYear });
    const before = snapshot(item(4, reported("in_progress", "B", { kpis: [maintain(100, 2024), kpi(42)] })));
    const after = snapshot(
      item(4, reported("in_progress", "B", { kpis: [maintain(98, 2025), kpi(42, { actual: 12, actualYear: 2025 })] })),
    );
    const [change] = diffEditions(before, after).items[0].changes;
    expect(change).toMatchObject({
      kind: "kpi",
      movements: [
        { id: 41, change: "down", judgement: "bad" },
        { id: 42, before: null, after: 12, change: "first", judgement: "neutral" },
      ],
    });
  });

  it("lists a KPI with the same value but a newer year as flat, and ignores one without an actual", () => {
    const before = snapshot(
      item(6, reported("in_progress", "B", { kpis: [kpi(61, { actual: 30, actualYear: 2024 }), kpi(62)] })),
    );
    const after = snapshot(
      item(6, reported("in_progress", "B", { kpis: [kpi(61, { actual: 30, actualYear: 2025 }), kpi(62)] })),
    );
    const [change] = diffEditions(before, after).items[0].changes;
    expect(change).toMatchObject({ kind: "kpi", movements: [{ id: 61, change: "flat", judgement: "neutral" }] });
  });

  it("marks newly reported items and items that became 未更新", () => {
    const before = snapshot(item(7), item(8, reported("in_progress", "B")));
    const after = snapshot(
      item(7, reported("considering", "C", { progressPercent: 10 })),
      item(8, reported("in_progress", "B", { current: false, stale: true })),
    );
    const diff = diffEditions(before, after);
    expect(diff.items).toEqual([
      {
        number: 7,
        title: "取組7",
        changes: [{ kind: "newly_reported", status: "considering", evaluation: "C", progressPercent: 10 }],
      },
      {
        number: 8,
        title: "取組8",
        changes: [{ kind: "became_stale", status: "in_progress", asOf: "2025-10-01T00:00:00.000Z" }],
      },
    ]);
    // Still stale one edition later is not news again.
    expect(diffEditions(after, after).items).toEqual([]);
  });

  it("compares the first edition with an empty one: everything published is newly reported", () => {
    const first = snapshot(
      item(1, reported("in_progress", "A")),
      item(2, reported("completed", "A", { kpis: [kpi(21, { actual: 45, actualYear: 2025 })] })),
      item(3),
      // Never reported and without a report this period: 未報告, not 未更新.
      item(4, { stale: true }),
    );
    const diff = diffEditions(null, first);
    expect(diff.first).toBe(true);
    expect(diff.items.map((i) => [i.number, i.changes.map((c) => c.kind)])).toEqual([
      [1, ["newly_reported"]],
      [2, ["newly_completed", "kpi", "newly_reported"]],
    ]);
    expect(diff.counts).toEqual({
      newly_completed: 1,
      kpi_target: 0,
      stage: 0,
      evaluation: 0,
      target: 0,
      kpi: 1,
      newly_reported: 2,
      became_stale: 0,
    });
  });

  it("compares an item missing from the previous edition like one never reported", () => {
    const diff = diffEditions(snapshot(item(1)), snapshot(item(1), item(119, reported("not_started", "D"))));
    expect(diff.items).toEqual([
      { number: 119, title: "取組119", changes: [expect.objectContaining({ kind: "newly_reported" })] },
    ]);
  });

  it("orders items by number and changes in the page's order of kinds", () => {
    const before = snapshot(item(9, reported("considering", "A")), item(2, reported("in_progress", "A")));
    const after = snapshot(
      item(9, reported("in_progress", "B", { target: "新目標" })),
      item(2, reported("in_progress", "B")),
    );
    const diff = diffEditions(before, after);
    expect(diff.items.map((i) => i.number)).toEqual([2, 9]);
    expect(diff.items[1].changes.map((c) => c.kind)).toEqual(["stage", "evaluation", "target"]);
    expect([...CHANGE_KINDS].sort()).toEqual(Object.keys(diff.counts).sort());
  });
});

describe("edition snapshot", () => {
  it("round-trips through JSON and rejects an unknown version", () => {
    const s = snapshot(item(1, reported("in_progress", "B", { kpis: [kpi(1, { actual: 3, actualYear: 2025 })] })));
    expect(parseSnapshot(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(() => parseSnapshot({ ...s, version: 2 })).toThrow();
  });

  it("is built from item states in number order with what the edition needs", () => {
    const state = {
      number: 2,
      title: "電子申請の拡充",
      target: "100件",
      bureau: { code: "01", name: "総務部", sourceName: "01総務部" },
      section: "業務改善・DX推進課",
      area: "情報・デジタル化の改革",
      direction: null,
      classification: null,
      status: "in_progress" as const,
      evaluation: "B" as const,
      progressPercent: 40,
      achievements: "実績",
      issues: "内部の課題",
      nextSteps: "次の取組",
      endFiscalYear: 2026,
      checks: [],
      asOf: "2025-10-01T00:00:00.000Z",
      reportPeriodId: 1,
      reportState: "published" as const,
      current: true,
      stale: false,
      achievement: "pending" as const,
      measurability: "measurable" as const,
      kpis: [
        {
          id: 5,
          name: "件数",
          unit: "件",
          direction: "increase" as const,
          baselineValue: 0,
          baselineYear: 2023,
          targetValue: 100,
          targetYear: 2026,
          actual: 40,
          actualYear: 2025,
          previous: null,
        },
      ],
    };
    const built = buildSnapshot(PERIOD, [state, { ...state, number: 1, kpis: [] }]);
    expect(built.version).toBe(1);
    expect(built.items.map((i) => i.number)).toEqual([1, 2]);
    expect(built.items[1]).toEqual({
      number: 2,
      title: "電子申請の拡充",
      target: "100件",
      bureau: "01総務部",
      section: "業務改善・DX推進課",
      area: "情報・デジタル化の改革",
      direction: null,
      classification: null,
      status: "in_progress",
      evaluation: "B",
      progressPercent: 40,
      achievement: "pending",
      measurability: "measurable",
      asOf: "2025-10-01T00:00:00.000Z",
      current: true,
      stale: false,
      kpis: [
        {
          id: 5,
          name: "件数",
          unit: "件",
          direction: "increase",
          baselineValue: 0,
          targetValue: 100,
          targetYear: 2026,
          actual: 40,
          actualYear: 2025,
        },
      ],
    });
    expect(parseSnapshot(built)).toEqual(built);
  });
});
