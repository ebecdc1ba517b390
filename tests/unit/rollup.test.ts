import { describe, expect, it } from "vitest";
import { rollup } from "../../lib/rollup/rollup.ts";

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
