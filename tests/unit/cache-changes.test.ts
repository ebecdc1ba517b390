import { describe, expect, it } from "vitest";
import { cacheTargets, cacheTargetsOf } from "../../lib/cache/changes.ts";

describe("what a change expires", () => {
  it("keeps unpublished work off the public caches", () => {
    for (const kind of ["report.saved", "report.reviewed", "period.created"] as const) {
      expect(cacheTargets({ kind })).toEqual({ tags: [], paths: [{ path: "/staff", type: "layout" }] });
    }
    expect(cacheTargets({ kind: "opinion.updated" }).tags).toEqual([]);
  });

  it("expires the item lists and each published item's page", () => {
    expect(cacheTargets({ kind: "reports.published", itemNumbers: [44, 56] }).tags).toEqual([
      "items",
      "item:44",
      "item:56",
    ]);
    expect(cacheTargets({ kind: "opinion.published", itemNumber: null }).tags).toEqual(["items"]);
    expect(cacheTargets({ kind: "indicator.updated", itemNumber: 7 }).tags).toEqual(["items", "item:7"]);
  });

  it("expires the editions only when a period closes", () => {
    expect(cacheTargets({ kind: "period.opened" }).tags).toEqual(["items"]);
    expect(cacheTargets({ kind: "period.closed" }).tags).toEqual(["items", "editions"]);
    expect(cacheTargets({ kind: "vision.updated" }).tags).toEqual(["content"]);
  });

  it("names each tag and path once for several changes", () => {
    expect(
      cacheTargetsOf([
        { kind: "item.updated", itemNumber: 3 },
        { kind: "reports.published", itemNumbers: [3, 4] },
        { kind: "report.saved" },
      ]),
    ).toEqual({
      tags: ["items", "item:3", "item:4"],
      paths: [{ path: "/staff", type: "layout" }],
    });
    expect(cacheTargetsOf([])).toEqual({ tags: [], paths: [] });
  });
});
