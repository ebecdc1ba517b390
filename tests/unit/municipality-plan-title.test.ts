import { describe, expect, it } from "vitest";
import { planTitle } from "../../lib/municipality/plan-title.ts";

describe("planTitle", () => {
  it("keeps a plan name that names the municipality", () => {
    expect(planTitle({ name: "飯塚市", planName: "飯塚市行政経営戦略推進プラン" })).toBe(
      "飯塚市行政経営戦略推進プラン",
    );
    expect(planTitle({ name: "南町", planName: "第3次南町行財政改革実施計画" })).toBe("第3次南町行財政改革実施計画");
  });

  it("leads a plan name that does not with the municipality's name", () => {
    expect(planTitle({ name: "南町", planName: "第3次行財政改革実施計画" })).toBe("南町第3次行財政改革実施計画");
    expect(planTitle({ name: "南町", planName: "行財政改革プラン" })).toBe("南町行財政改革プラン");
  });
});
