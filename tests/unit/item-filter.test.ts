import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { reconcileItems } from "../../lib/importer/canonical.ts";
import { parseSource } from "../../lib/importer/parse-source.ts";
import {
  FILTER_MAX_LENGTH,
  filterItems,
  filterProblemMessage,
  filterToQuery,
  foldSearchText,
  hasFilter,
  parseItemFilter,
  parseItemSort,
  readItemFilter,
  sortItems,
} from "../../lib/items/filter.ts";
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
const numbers = (filter: Record<string, string>, reportText: Record<number, string> = {}) =>
  filterItems(items, parseItemFilter(filter), reportText).map((i) => i.number);

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

  it("finds an item by its section, bureau and category names", () => {
    expect(numbers({ q: "税務課" })).toEqual([42, 43, 44, 56]);
    // Neither title nor text says 行政経営部: the bureau's name does, for all of its items.
    const bureau = items.filter((i) => i.bureau.name === "行政経営部").map((i) => i.number);
    expect(bureau.length).toBeGreaterThan(4);
    expect(numbers({ q: "行政経営部" })).toEqual(bureau);
    // 小分類 as written, 大分類 by the vision's name and as written, プラン取組項目分類.
    expect(numbers({ q: "歳入の適正化" })).toEqual(expect.arrayContaining([78, 80, 117]));
    expect(numbers({ q: "人（職員）の改革" })).toEqual(numbers({ area: "人（職員）の改革" }));
    expect(numbers({ q: "電子契約の推進" })).toContain(20);
    expect(numbers({ q: "税務課 WEB口座振替" })).toEqual([44]);
  });

  it("finds an item by the texts of its published reports", () => {
    const reportText = { 43: "実績：コンビニ納付の周知を行った。\n課題：高齢者への案内" };
    expect(numbers({ q: "高齢者への案内" })).toEqual([]);
    expect(numbers({ q: "高齢者への案内" }, reportText)).toEqual([43]);
    // Terms may come from different texts of one item, but not from two items.
    expect(numbers({ q: "コンビニ納付 税務課" }, reportText)).toEqual([43]);
    expect(numbers({ q: "コンビニ納付 人事課" }, reportText)).toEqual([]);
  });

  it("matches a category written in another width or punctuation, and selects the unassigned ones", () => {
    const people = numbers({ area: "人（職員）の改革" });
    expect(numbers({ area: "人(職員)の改革" })).toEqual(people);
    expect(numbers({ area: "人【職員】の改革" })).toEqual(people);
    expect(numbers({ direction: "unassigned" })).toEqual([20, 78, 80, 87, 117]);
    expect(numbers({ area: "unassigned" })).toEqual([20, 87]);
    expect(numbers({ section: "unassigned" })).toEqual([118]);
    expect(numbers({ classification: "unassigned" })).toEqual([]);
    expect(numbers({ area: "存在しない大分類" })).toEqual([]);
  });

  it("takes a bureau by code, name or name as written", () => {
    const byCode = numbers({ bureau: "02" });
    expect(byCode).toContain(44);
    expect(numbers({ bureau: "行政経営部" })).toEqual(byCode);
    expect(numbers({ bureau: "02行政経営部" })).toEqual(byCode);
    expect(numbers({ bureau: "99" })).toEqual([]);
  });

  it("selects by status and by evaluation, unreported items being 未報告", () => {
    const reported = items.map((item) =>
      item.number === 44 ? { ...item, status: "in_progress" as const, evaluation: "B" as const } : item,
    );
    const select = (filter: Record<string, string>) =>
      filterItems(reported, parseItemFilter(filter)).map((i) => i.number);
    expect(select({ status: "in_progress" })).toEqual([44]);
    expect(select({ status: "実施中" })).toEqual([44]);
    expect(select({ evaluation: "B" })).toEqual([44]);
    expect(select({ evaluation: "Ｂ 概ね順調" })).toEqual([44]);
    expect(select({ evaluation: "概ね順調", bureau: "01" })).toEqual([]);
    expect(select({ evaluation: "not_reported" })).toHaveLength(117);
    expect(select({ evaluation: "未報告" })).toHaveLength(117);
    expect(select({ evaluation: "unrated" })).toEqual([]);
  });

  it("names every malformed value: repeated, too long, or no status or evaluation", () => {
    const read = readItemFilter(
      new URLSearchParams({ status: "bogus", evaluation: "E", q: "x".repeat(FILTER_MAX_LENGTH + 1), page: "2" }),
    );
    expect(read.problems).toEqual([
      { key: "q", problem: "too_long" },
      { key: "status", problem: "unknown_term" },
      { key: "evaluation", problem: "unknown_term" },
    ]);
    expect(read.filter).toEqual({ q: "x".repeat(FILTER_MAX_LENGTH) });
    const twice = readItemFilter(new URLSearchParams("area=財政の改革&area=人（職員）の改革"));
    expect(twice).toEqual({ filter: { area: "財政の改革" }, problems: [{ key: "area", problem: "repeated" }] });
    expect(readItemFilter({ area: " ", status: "完了", evaluation: "a" })).toEqual({
      filter: { status: "completed", evaluation: "A" },
      problems: [],
    });
    const message = filterProblemMessage(read.problems);
    expect(message).toMatch(/^絞り込み条件が正しくありません。/);
    expect(message).toContain(`q は${FILTER_MAX_LENGTH}文字以内`);
    expect(message).toContain("status は not_reported, not_started");
    expect(message).toContain("evaluation は not_reported, A, B, C, D, unrated");
    expect(filterProblemMessage(twice.problems)).toContain("area は1回だけ");
  });

  it("ignores unknown status values and keeps the URL stable", () => {
    const filter = parseItemFilter({ status: "bogus", area: "財政の改革", q: ["  a  ", "b"] });
    expect(filter.status).toBeUndefined();
    expect(filterToQuery(filter)).toBe("q=a&area=%E8%B2%A1%E6%94%BF%E3%81%AE%E6%94%B9%E9%9D%A9");
    expect(hasFilter(parseItemFilter({}))).toBe(false);
    expect(filterToQuery(parseItemFilter({ evaluation: "順調", status: "完了", bureau: "02" }))).toBe(
      "bureau=02&status=completed&evaluation=A",
    );
    expect(filterToQuery(parseItemFilter({ q: "税" }), parseItemSort("updated"))).toBe("q=%E7%A8%8E&sort=updated");
    expect(filterToQuery(parseItemFilter({}), "number")).toBe("");
  });
});

describe("keyword normalization", () => {
  it("reads katakana as hiragana, half-width as full-width, and ignores case and spaces", () => {
    expect(foldSearchText("デジタル")).toBe("でじたる");
    expect(foldSearchText("ﾃﾞｼﾞﾀﾙ")).toBe("でじたる");
    expect(foldSearchText("ＤＸ 推進")).toBe("dx推進");
    // The prolonged sound mark and kanji stay as they are.
    expect(foldSearchText("データ・センター")).toBe("でーた・せんたー");
  });

  it("finds the same items in hiragana, katakana and half-width katakana", () => {
    const katakana = numbers({ q: "デジタル" });
    expect(katakana.length).toBeGreaterThan(60);
    expect(numbers({ q: "でじたる" })).toEqual(katakana);
    expect(numbers({ q: "ﾃﾞｼﾞﾀﾙ" })).toEqual(katakana);
  });
});

describe("item order", () => {
  const sample = [
    { ...items[2], progressPercent: 40, asOf: "2026-10-01T00:00:00.000Z" },
    { ...items[0], progressPercent: null, asOf: null },
    { ...items[1], progressPercent: 80, asOf: "2026-11-01T00:00:00.000Z" },
    { ...items[3], progressPercent: 40, asOf: null },
  ];
  const order = (sort: string) => sortItems(sample, parseItemSort(sort)).map((i) => i.number);

  it("is the plan's order by default and for any unknown value", () => {
    expect(order("number")).toEqual([1, 2, 3, 4]);
    expect(order("")).toEqual([1, 2, 3, 4]);
    expect(order("random")).toEqual([1, 2, 3, 4]);
  });

  it("puts the highest progress first, ties in the plan's order, unreported last", () => {
    expect(order("progress")).toEqual([2, 3, 4, 1]);
  });

  it("puts the latest published report first, items without one last", () => {
    expect(order("updated")).toEqual([2, 3, 1, 4]);
  });

  it("leaves the given list as it was", () => {
    sortItems(sample, "progress");
    expect(sample.map((i) => i.number)).toEqual([3, 1, 2, 4]);
  });
});
