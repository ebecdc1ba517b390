import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { reconcileItems } from "../../lib/importer/canonical.ts";
import { parseSource } from "../../lib/importer/parse-source.ts";
import { filterItems, filterToQuery, hasFilter, parseItemFilter } from "../../lib/items/filter.ts";
import type { ItemSummary } from "../../lib/items/types.ts";
import { NOT_REPORTED, PLAN_YEARS } from "../support/items.ts";

const source = parseSource(
  fs.readFileSync(new URL("../../prisma/data/iizuka-plan-source.md", import.meta.url), "utf8"),
);
const items: ItemSummary[] = reconcileItems(source.rows, source.areas).map((item) => ({
  number: item.number,
  title: item.fields.title,
  bureau: { code: item.fields.bureau.slice(0, 2), name: item.fields.bureau.slice(2), sourceName: item.fields.bureau },
  section: item.fields.section || null,
  purpose: item.fields.purpose,
  content: item.fields.content,
  target: item.fields.target,
  areaLabel: item.areaLabel || null,
  directionLabel: item.directionLabel || null,
  area: item.areaName,
  direction: item.directionName,
  classification: item.classification || null,
  ...PLAN_YEARS,
  ...NOT_REPORTED,
  stale: false,
}));
const numbers = (filter: Record<string, string>) => filterItems(items, parseItemFilter(filter)).map((i) => i.number);

describe("item filter", () => {
  it("finds Japanese substrings with width folded", () => {
    expect(numbers({ q: "キャッシュレス" })).toEqual([59, 60, 61, 62, 114]);
    expect(numbers({ q: "ｷｬｯｼｭﾚｽ" })).toEqual([59, 60, 61, 62, 114]);
    // 「ＡＩ」 in full width matches the half-width "AI" of the source
    expect(numbers({ q: "ＡＩ" }).length).toBeGreaterThan(0);
    expect(numbers({ q: "ＡＩ" })).toEqual(numbers({ q: "ai" }));
  });

  it("requires every space-separated term", () => {
    const both = numbers({ q: "キャッシュレス　公民館" });
    expect(both).toEqual([114]);
  });

  it("filters by area including labels written in another width", () => {
    const people = numbers({ area: "人（職員）の改革" });
    expect(people).toContain(96);
    expect(numbers({ area: "財政の改革", q: "キャッシュレス" })).toEqual([]);
  });

  it("filters by a direction that is not one of the vision's eight", () => {
    expect(numbers({ direction: "歳入の適正化" })).toEqual([78, 80, 117]);
  });

  it("combines bureau and section", () => {
    const tax = numbers({ bureau: "02", section: "税務課" });
    expect(tax).toContain(44);
    expect(numbers({ bureau: "01", section: "税務課" })).toEqual([]);
  });

  it("ignores unknown status values and keeps the URL stable", () => {
    const filter = parseItemFilter({ status: "bogus", area: "財政の改革", q: ["  a  ", "b"] });
    expect(filter.status).toBeUndefined();
    expect(filterToQuery(filter)).toBe("q=a&area=%E8%B2%A1%E6%94%BF%E3%81%AE%E6%94%B9%E9%9D%A9");
    expect(hasFilter(parseItemFilter({}))).toBe(false);
  });
});
