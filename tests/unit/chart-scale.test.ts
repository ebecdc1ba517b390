import { describe, expect, it } from "vitest";
import { fractionOf, niceTicks, percentOf } from "@/components/charts/scale";

describe("niceTicks", () => {
  it.each([
    [0, 100, false, [0, 25, 50, 75, 100]],
    [0, 118, true, [0, 50, 100, 150]],
    [0, 3, true, [0, 1, 2, 3]],
    [0, 7, true, [0, 2, 4, 6, 8]],
    [0, 0, true, [0, 1]],
    [0, 0.3, false, [0, 0.1, 0.2, 0.3]],
    [-12, 30, false, [-20, 0, 20, 40]],
    [0, 1_234, false, [0, 500, 1_000, 1_500]],
  ])("%d to %d (integers %s) → %j", (min, max, integers, expected) => {
    expect(niceTicks(min, max, { integers })).toEqual(expected);
  });

  it("starts at or below the smallest value and ends at or above the largest", () => {
    for (const [min, max] of [
      [0, 59],
      [3.2, 8.7],
      [-0.4, 0.45],
    ]) {
      const ticks = niceTicks(min, max);
      expect(ticks[0]).toBeLessThanOrEqual(min);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });

  it("never steps by a fraction when counting", () => {
    expect(niceTicks(0, 2, { integers: true })).toEqual([0, 1, 2]);
    expect(niceTicks(0, 10, { integers: true })).toEqual([0, 5, 10]);
  });
});

describe("positions on an axis", () => {
  it("measures from the first tick to the last", () => {
    expect(fractionOf(50, [0, 50, 100])).toBe(0.5);
    expect(fractionOf(0, [-10, 0, 10, 20, 30])).toBe(0.25);
    expect(percentOf(1, [0, 1, 2, 3])).toBe("33.333%");
  });
});
