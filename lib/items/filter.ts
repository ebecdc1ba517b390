import { foldLabel, foldText } from "../importer/canonical.ts";
import { EVALUATION_TERMS, STATUS_KEYS, STATUS_TERMS, type StatusKey } from "../reports/vocabulary.ts";
import { EVALUATION_KEYS, type EvaluationKey, evaluationKeyOf } from "../rollup/rollup.ts";
import type { ItemSummary } from "./types.ts";

/**
 * The item filters, one module for the /items page and GET /api/v1/items.
 * In the URL: q, area, direction, bureau, section, classification, status, evaluation.
 */
export const FILTER_KEYS = [
  "q",
  "area",
  "direction",
  "bureau",
  "section",
  "classification",
  "status",
  "evaluation",
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The orders of the list: by number (the plan's order, the default), by progress (highest
 * first) or by the latest published report (newest first); items without one come last. In
 * the URL as `sort`.
 */
export const ITEM_SORTS = ["number", "progress", "updated"] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

/** Every parameter the list reads from its URL: the filters and the order. */
export const ITEM_QUERY_KEYS: readonly string[] = [...FILTER_KEYS, "sort"];

/** The order a `sort` value asks for; anything else is the plan's order. */
export function parseItemSort(value: unknown): ItemSort {
  return ITEM_SORTS.find((sort) => sort === value) ?? "number";
}

/**
 * The items in the asked order (a new array). Ties keep the plan's order, so a sorted list
 * reads the same on every visit.
 */
export function sortItems<T extends ItemSummary>(items: readonly T[], sort: ItemSort): T[] {
  const byNumber = (a: T, b: T) => a.number - b.number;
  const sorted = [...items];
  if (sort === "progress")
    return sorted.sort((a, b) => (b.progressPercent ?? -1) - (a.progressPercent ?? -1) || byNumber(a, b));
  if (sort === "updated") return sorted.sort((a, b) => (b.asOf ?? "").localeCompare(a.asOf ?? "") || byNumber(a, b));
  return sorted.sort(byNumber);
}

/** The value of area, direction, section or classification that selects the items outside every group (その他・未分類). */
export const UNASSIGNED = "unassigned";

/** Longest value read; longer ones are cut on the page and refused by the API. */
export const FILTER_MAX_LENGTH = 100;

export interface ItemFilter {
  q?: string;
  area?: string;
  direction?: string;
  bureau?: string;
  section?: string;
  classification?: string;
  status?: StatusKey;
  evaluation?: EvaluationKey;
}

/** Why a value was not taken as given: the API refuses it, the page drops or cuts it. */
export type FilterProblem = "repeated" | "too_long" | "unknown_term";

export interface ReadFilter {
  filter: ItemFilter;
  problems: { key: FilterKey; problem: FilterProblem }[];
}

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** Every spelling a vocabulary value may come in (key, Japanese term, "A 順調"), folded → key. */
function vocabulary<K extends string>(entries: [K, ...string[]][]): Map<string, K> {
  return new Map(entries.flatMap(([key, ...aliases]) => [key, ...aliases].map((alias) => [foldText(alias), key])));
}

const STATUS_BY_TERM = vocabulary(STATUS_KEYS.map((key) => [key, STATUS_TERMS[key]]));
const EVALUATION_BY_TERM = vocabulary<EvaluationKey>(
  EVALUATION_KEYS.map((key) => {
    if (key === "not_reported") return [key, STATUS_TERMS.not_reported];
    if (key === "unrated") return [key, "評価なし"];
    return [key, EVALUATION_TERMS[key], `${key} ${EVALUATION_TERMS[key]}`];
  }),
);

function valuesOf(params: Params, key: FilterKey): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Reads the filters from a query. Text values are trimmed (empty = no filter);
 * status and evaluation take their key (`in_progress`, `B`) or the plan's term
 * (`実施中`, `概ね順調`, `B 概ね順調`, as the open data writes them). A value given twice,
 * longer than FILTER_MAX_LENGTH or not a status/evaluation is a problem: the
 * filter keeps the first value, cut to length, and drops an unknown term, so the
 * page shows something, while the API refuses the request. Other parameters are
 * ignored. A well-formed value that names no category, bureau or section is not
 * a problem: it matches nothing.
 */
export function readItemFilter(params: Params): ReadFilter {
  const filter: ItemFilter = {};
  const problems: ReadFilter["problems"] = [];
  for (const key of FILTER_KEYS) {
    const values = valuesOf(params, key);
    if (values.length > 1) problems.push({ key, problem: "repeated" });
    const value = values[0]?.trim();
    if (!value) continue;
    if (value.length > FILTER_MAX_LENGTH) problems.push({ key, problem: "too_long" });
    const text = value.slice(0, FILTER_MAX_LENGTH);
    if (key === "status" || key === "evaluation") {
      const term = (key === "status" ? STATUS_BY_TERM : EVALUATION_BY_TERM).get(foldText(text));
      if (term === undefined) problems.push({ key, problem: "unknown_term" });
      else Object.assign(filter, { [key]: term });
    } else {
      filter[key] = text;
    }
  }
  return { filter, problems };
}

const VALID_TERMS: Record<"status" | "evaluation", string> = {
  status: `${STATUS_KEYS.join(", ")}、または ${Object.values(STATUS_TERMS).join("・")}`,
  evaluation: `${EVALUATION_KEYS.join(", ")}、または ${Object.values(EVALUATION_TERMS).join("・")}・未報告・評価なし`,
};

/** The API's Japanese refusal of a query's filters, naming each parameter and what it takes. */
export function filterProblemMessage(problems: ReadFilter["problems"]): string {
  const reasons = problems.map(({ key, problem }) => {
    if (problem === "repeated") return `${key} は1回だけ指定してください。`;
    if (problem === "too_long") return `${key} は${FILTER_MAX_LENGTH}文字以内で指定してください。`;
    return `${key} は ${VALID_TERMS[key === "status" ? "status" : "evaluation"]} のいずれかで指定してください。`;
  });
  return `絞り込み条件が正しくありません。${reasons.join("")}`;
}

/** The filters of a page's URL: what can be read of them (problems dropped, see readItemFilter). */
export function parseItemFilter(params: Params): ItemFilter {
  return readItemFilter(params).filter;
}

/**
 * Text as the keyword search compares it: foldText (width, case, spaces) and katakana read as
 * hiragana, so that 「でじたる」 finds 「デジタル」 and 「ｼｽﾃﾑ」 finds 「システム」.
 */
export function foldSearchText(text: string): string {
  return foldText(text).replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

/** Search terms split on spaces (of either width); every term must occur in one of the item's texts. */
function searchTerms(q: string | undefined): string[] {
  return (q ?? "").normalize("NFKC").split(/\s+/).map(foldSearchText).filter(Boolean);
}

/** A category value as asked against the item's canonical name and its label as written, both folded. */
function matchesCategory(wanted: string, canonical: string | null, label: string | null = null): boolean {
  if (wanted === UNASSIGNED) return canonical === null;
  const folded = foldLabel(wanted);
  return [canonical, label].some((name) => name !== null && foldLabel(name) === folded);
}

/** What the keyword search reads of an item, beside its published report texts. */
function itemTexts(item: ItemSummary): string[] {
  return [
    item.title,
    item.purpose,
    item.content,
    item.target,
    item.section,
    item.bureau.name,
    item.bureau.sourceName,
    item.area,
    item.areaLabel,
    item.direction,
    item.directionLabel,
    item.classification,
  ].filter((text): text is string => text !== null && text !== "");
}

/**
 * The items a filter selects, in the given order. `reportText` holds, by item
 * number, the texts of the item's published reports (実績, 課題, 今後の取組), which
 * the keyword search reads too.
 */
export function filterItems<T extends ItemSummary>(
  items: readonly T[],
  filter: ItemFilter,
  reportText: Readonly<Record<number, string>> = {},
): T[] {
  const terms = searchTerms(filter.q);
  return items.filter((item) => {
    if (filter.area && !matchesCategory(filter.area, item.area, item.areaLabel)) return false;
    if (filter.direction && !matchesCategory(filter.direction, item.direction, item.directionLabel)) return false;
    if (
      filter.bureau &&
      filter.bureau !== item.bureau.code &&
      !matchesCategory(filter.bureau, item.bureau.name, item.bureau.sourceName)
    )
      return false;
    if (filter.section && !matchesCategory(filter.section, item.section)) return false;
    if (filter.classification && !matchesCategory(filter.classification, item.classification)) return false;
    if (filter.status && item.status !== filter.status) return false;
    if (filter.evaluation && evaluationKeyOf(item) !== filter.evaluation) return false;
    if (terms.length > 0) {
      const texts = [...itemTexts(item), reportText[item.number] ?? ""].map(foldSearchText);
      if (!terms.every((term) => texts.some((text) => text.includes(term)))) return false;
    }
    return true;
  });
}

/** Whether any filter is set, for the "clear filters" link and the result heading. */
export function hasFilter(filter: ItemFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

/** The query string that reproduces a filter and an order (stable key order, defaults and empty values dropped). */
export function filterToQuery(filter: ItemFilter, sort: ItemSort = "number"): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  if (sort !== "number") params.set("sort", sort);
  return params.toString();
}
