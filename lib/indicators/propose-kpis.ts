/**
 * KPI proposals from an item's target text (3年後の目指す姿（目標）), and how
 * measurable that target is. Pure: no database, no clock.
 *
 * The measurability rule (shown to the council as 数値目標の有無):
 * - **measurable** (数値・期限あり): the text states at least one target figure
 *   that can be checked on its own — an absolute value with its unit (50%,
 *   80日, 50億円, 12台, 73件, 2名 …, a stated baseline allowed) — AND the target
 *   has a deadline. The deadline is the one the text states (令和8年度, R8,
 *   2026年度 …); where it states none, the end of the item's plan period
 *   (`endFiscalYear`, R8 = FY2026 for the first plan): the source column is
 *   「3年後の目指す姿（目標）」, so every target is by definition a target for the
 *   end of the item's period.
 * - **partial** (数値が一部): the text states a figure, but not one that can be
 *   checked on its own: a change relative to an unstated baseline (倍増, 半減,
 *   現在の10倍, 7割削減), a placeholder (〇人), or an absolute figure with no
 *   deadline at all (no stated one and no plan period given).
 * - **none** (数値目標なし): no figure (「受験者数増加」, 「ほぼゼロ」, 「全図面」).
 *
 * Conservative by design: only a number followed by a known unit counts, and
 * numbers that are dates or deadlines (令和8年度, 4月), ordinals (第3次, 1級),
 * scopes (365件のうち) or qualifiers (1週間以上の取得率) are never proposed.
 * Relative targets are proposed as a ratio to the baseline (unit 倍: 倍増 = 2,
 * 半減 = 0.5, 7割削減 = 0.3) with no baseline value, for the secretariat to turn
 * into absolute figures when it confirms them.
 *
 * `proposeKpis` applies the rules below in order; each is one named function.
 */
import { CURRENT_ERA, ERAS, eraYearToGregorian } from "../wareki.ts";
import type { KpiDefinition } from "./kpi-definition.ts";

export type Measurability = "measurable" | "partial" | "none";
export type KpiDirection = KpiDefinition["direction"];

/** A KPI as proposed (targetValue null only for a placeholder figure the text leaves open, 〇人). */
export interface KpiProposal extends Omit<KpiDefinition, "id"> {
  /** the part of the target text the proposal was read from */
  sourceText: string;
}

export interface TargetInput {
  target: string;
  /** the item's title, to name a KPI when the target's words do not */
  title?: string;
  /** last fiscal year of the item's plan period: the implied deadline of its 3-year target */
  endFiscalYear?: number | null;
}

export interface TargetAnalysis {
  measurability: Measurability;
  proposals: KpiProposal[];
  /** the deadline the text states (fiscal year), or null */
  statedDeadline: number | null;
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, spans: Span[]) => spans.some((s) => a.start < s.end && s.start < a.end);

/** A fiscal year the text states, where it states it. */
interface Deadline extends Span {
  year: number;
}

/** A number with its unit, as the text writes it (the unit folded to its stored spelling). */
interface Quantity extends Span {
  value: number;
  /** upper bound of a range (40〜50%), else null */
  high: number | null;
  unit: string;
}

/** The normalized target text, what in it is never a figure, and the name to fall back on. */
interface Reading {
  text: string;
  /** deadlines, dates, ordinals …: spans no figure is read from, and that end a KPI name's clause */
  spans: Span[];
  fallbackName: string;
}

interface Found {
  proposal: Omit<KpiProposal, "targetYear">;
  /** position in the text, to pick the deadline stated before it */
  at: number;
  /** checkable on its own (an absolute value), as opposed to relative or a placeholder */
  absolute: boolean;
}

/** A figure read by one rule, and the span beyond it the rule took (so no later rule reads it again). */
interface Figure extends Found {
  consumed?: Span;
}

const UNITS = [
  "%",
  "割",
  "倍",
  "億円",
  "万円",
  "千円",
  "円",
  "件",
  "台",
  "日間",
  "日",
  "時間",
  "分",
  "週間",
  "か月",
  "ヶ月",
  "カ月",
  "人",
  "名",
  "回",
  "部署",
  "センター",
  "施設",
  "事業",
  "校",
  "社",
  "団体",
  "地区",
  "世帯",
  "箇所",
  "か所",
  "カ所",
  "つ",
];
const UNIT_PATTERN = UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const QUANTITY = new RegExp(String.raw`(${NUMBER})(千)?(?:\s*[~〜]\s*(${NUMBER})(千)?)?\s*(${UNIT_PATTERN})`, "g");
const PLACEHOLDER = new RegExp(String.raw`[〇○◯]+\s*(${UNIT_PATTERN})`, "g");
/** 「2割(73件)」: the absolute figure a share is annotated with. */
const ANNOTATION = new RegExp(String.raw`^\((${NUMBER})(千)?(${UNIT_PATTERN})\)`);
/** 「の払下げを実現」, 「の公民共創事業を実施」: the noun a count counts, and what is done to it. */
const COUNTED_NOUN = "の([^をがはにで、。()]+?)(?:を|が|は|に)(実施|導入|設置|開催|配備)?";
const COUNTED_AFTER = new RegExp(`^${COUNTED_NOUN}`);
const COUNTED_AFTER_BRACKET = new RegExp(String.raw`^\)${COUNTED_NOUN}`);

const eraYear = (m: RegExpMatchArray) => eraYearToGregorian(CURRENT_ERA.era, m[1]);
/** Deadlines: a year of the current era (令和8年度, R8) or a Gregorian one (2026年度), with an optional month. */
const DEADLINE_PATTERNS: [RegExp, (m: RegExpMatchArray) => number | null][] = [
  [new RegExp(String.raw`${CURRENT_ERA.era}(\d+|元)年度?(?:(\d{1,2})月)?`, "g"), eraYear],
  [new RegExp(String.raw`(?<![A-Za-z])${CURRENT_ERA.initial}(\d{1,2})(?:年度?)?(?:(\d{1,2})月)?`, "g"), eraYear],
  [/(20\d\d)年度?(?:(\d{1,2})月)?/g, (m) => Number(m[1])],
];

/**
 * Numbers that are never figures: ordinals (第3次, 1級), months and days, durations (3年間), item numbers
 * (No.44), years of earlier eras (平成30年度: a past year, never a deadline) and 年度末.
 */
const NON_FIGURE_PATTERNS = [
  /第\d+[次期回号条]?/g,
  /\d+級/g,
  /\d+月(?:\d+日)?/g,
  /\d+年(?:間|後|前|度)?/g,
  /(?:No\.|№)\s*\d+/gi,
  new RegExp(
    String.raw`(?:${ERAS.filter((e) => e !== CURRENT_ERA)
      .map((e) => e.era)
      .join("|")})(?:\d+|元)年度?`,
    "g",
  ),
  /年度(?:末|内|中)/g,
];

/** Units as a KPI stores them (the text's spelling, with duration suffixes folded). */
const UNIT_AS_STORED: Record<string, string> = {
  日間: "日",
  ヶ月: "か月",
  カ月: "か月",
  か所: "箇所",
  カ所: "箇所",
  つ: "件",
};
const storedUnit = (unit: string) => UNIT_AS_STORED[unit] ?? unit;

/** What a count in a unit measures, to name a KPI whose text names only the thing counted. */
function measureNoun(unit: string): string {
  switch (unit) {
    case "%":
      return "割合";
    case "日":
      return "日数";
    case "件":
      return "件数";
    case "台":
      return "台数";
    case "人":
    case "名":
      return "人数";
    case "回":
      return "回数";
    case "円":
    case "千円":
    case "万円":
    case "億円":
      return "金額";
    case "時間":
    case "分":
    case "週間":
    case "か月":
      return "期間";
    default:
      return `${unit}数`;
  }
}

/** Words that already name a measure (利用率, 寄附額, 端末数, 満足度, 期間 …). */
const MEASURE_END = /(率|数|額|量|度|時間|期間|金|費|割合)$/;

const BOUNDARY = /[。、,()「」:;]/;
const DECREASE_WORDS = /(削減|縮減|減少|短縮|軽減|抑制|低減|縮小)/;
const MAINTAIN_WORDS = /維持/;

/** Reads the target text; see the module comment for the rule. */
export function proposeKpis(input: TargetInput): TargetAnalysis {
  const text = normalize(input.target ?? "");
  const { deadlines, spans } = findDeadlines(text);
  const reading: Reading = {
    text,
    spans: [...spans, ...findNonFigures(text)],
    fallbackName: input.title ? normalize(input.title) : "目標",
  };
  // Figures in text order: numbers with a unit, then 倍増/半減 in words, then placeholders (〇人).
  const quantities = findQuantities(reading);
  const { figures, used } = readFigures(reading, quantities);
  const found = [...figures, ...readRelativeWords(reading, quantities, used), ...readPlaceholders(reading)].sort(
    (a, b) => a.at - b.at,
  );

  // Each figure's deadline: stated before it in its sentence, else the latest stated, else the plan's end.
  const statedDeadline = deadlines.length === 0 ? null : Math.max(...deadlines.map((d) => d.year));
  const defaultDeadline = statedDeadline ?? input.endFiscalYear ?? null;
  const proposals = dedupe(
    found.map((f) => ({ ...f.proposal, targetYear: deadlineBefore(text, deadlines, f.at) ?? defaultDeadline })),
  );
  return { measurability: measurabilityOf(found, defaultDeadline !== null), proposals, statedDeadline };
}

// --- what the text states ---------------------------------------------------

/** NFKC plus the spellings the patterns expect. */
function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/パーセント/g, "%")
    .replace(/[～]/g, "~");
}

/**
 * The deadlines the text states, as fiscal years (令和8年度 → 2026; a year with a month is the fiscal year
 * of that month: 令和9年3月 → 2026), and the span of every year written, where no figure is read.
 */
function findDeadlines(text: string): { deadlines: Deadline[]; spans: Span[] } {
  const deadlines: Deadline[] = [];
  const spans: Span[] = [];
  for (const [pattern, yearOf] of DEADLINE_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index, end: m.index + m[0].length };
      spans.push(span);
      const year = yearOf(m);
      // 令和0 is a year written, but no year at all: never a figure, never a deadline.
      if (year === null) continue;
      const isFiscal = m[0].includes("年度");
      const month = m[2] !== undefined ? Number(m[2]) : null;
      deadlines.push({ ...span, year: isFiscal ? year : fiscalYearOfMonth(year, month) });
    }
  }
  return { deadlines, spans };
}

const fiscalYearOfMonth = (year: number, month: number | null) => (month !== null && month <= 3 ? year - 1 : year);

/** Spans of dates, ordinals, durations, item numbers and earlier eras: numbers there are never figures. */
function findNonFigures(text: string): Span[] {
  return NON_FIGURE_PATTERNS.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
}

/**
 * What counts as a figure: a number followed by a known unit (50%, 4千万円, 40〜50人), outside any
 * non-figure span, and not the tail of a longer number or code (a digit glued to a preceding one).
 */
function findQuantities({ text, spans }: Reading): Quantity[] {
  const quantities: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, spans)) continue;
    if (span.start > 0 && /[\d.]/.test(text[span.start - 1])) continue;
    quantities.push({
      ...span,
      value: toNumber(m[1], m[2]),
      high: m[3] !== undefined ? toNumber(m[3], m[4]) : null,
      unit: storedUnit(m[5]),
    });
  }
  return quantities;
}

const toNumber = (digits: string, thousand?: string) => Number(digits.replace(/,/g, "")) * (thousand ? 1000 : 1);

// --- what a figure means ------------------------------------------------------

/**
 * Reads each figure by the first rule that applies: a scope or a qualifier is skipped, then a baseline with
 * its target, a share annotated with its absolute figure, a relative change, else an absolute target.
 * Also returns the spans the rules took beyond a figure (a baseline's target, a share's annotation).
 */
function readFigures(reading: Reading, quantities: Quantity[]): { figures: Found[]; used: Span[] } {
  const figures: Found[] = [];
  const used: Span[] = [];
  quantities.forEach((q, i) => {
    if (overlaps(q, used) || isScope(reading.text, q) || isQualifier(reading.text, q)) return;
    const { consumed, ...figure } =
      readBaselineAndTarget(reading, q, quantities[i + 1]) ??
      readAnnotatedShare(reading, q) ??
      readRelativeChange(reading, q) ??
      readAbsoluteTarget(reading, q);
    figures.push(figure);
    if (consumed) used.push(consumed);
  });
  return { figures, used };
}

/** 「365件のうち」: the whole a target is a part of, not a target. */
function isScope(text: string, q: Quantity): boolean {
  return /^(?:の)?うち/.test(text.slice(q.end));
}

/** 「1週間以上の取得率」: a qualifier of another figure, not a target. */
function isQualifier(text: string, q: Quantity): boolean {
  return /^(?:以上|以下|未満|超|以内)の/.test(text.slice(q.end));
}

/** 「現行1名から2名」: a baseline and the target right after it, in the same unit. */
function readBaselineAndTarget(reading: Reading, q: Quantity, next: Quantity | undefined): Figure | null {
  const { text } = reading;
  if (!/^(?:から|より)/.test(text.slice(q.end)) || !next || next.start - q.end > 3 || next.unit !== q.unit) return null;
  return {
    proposal: proposal(text, q.start, {
      name: nameFor(reading, q),
      unit: q.unit,
      targetValue: next.value,
      direction: directionOf(text.slice(next.end), next.value >= q.value ? "increase" : "decrease"),
      baselineValue: q.value,
    }),
    at: q.start,
    absolute: true,
    consumed: next,
  };
}

/** 「2割(73件)」: a share annotated with the absolute figure, which is the one to check. */
function readAnnotatedShare(reading: Reading, q: Quantity): Figure | null {
  const { text } = reading;
  const annotated = text.slice(q.end).match(ANNOTATION);
  if ((q.unit !== "割" && q.unit !== "%") || !annotated) return null;
  const unit = storedUnit(annotated[3]);
  const end = q.end + annotated[0].length;
  const rest = text.slice(end);
  const counted = rest.match(COUNTED_AFTER);
  return {
    proposal: proposal(text, q.start, {
      name: counted ? countName(counted, unit) : nameFor(reading, { start: q.start, end, unit }),
      unit,
      targetValue: toNumber(annotated[1], annotated[2]),
      direction: directionOf(rest),
    }),
    at: q.start,
    absolute: true,
    consumed: { start: q.start, end },
  };
}

/**
 * 「7割削減」, 「30%削減」, 「3割増」, 「10倍以上」: a change relative to the (unstated) current value,
 * proposed as a ratio to it (unit 倍: 7割削減 = 0.3).
 */
function readRelativeChange(reading: Reading, q: Quantity): Figure | null {
  const after = reading.text.slice(q.end);
  const cut = (q.unit === "割" || q.unit === "%") && /^(?:以上)?(?:の)?(?:削減|減少|縮減|低減|カット|減)/.test(after);
  const rise =
    (q.unit === "割" && /^(?:以上)?(?:の)?(?:増|向上)/.test(after)) ||
    (q.unit === "%" && /^(?:以上)?(?:の)?増/.test(after));
  if (q.unit !== "倍" && !cut && !rise) return null;
  const share = q.unit === "割" ? q.value / 10 : q.value / 100;
  const ratio = q.unit === "倍" ? q.value : cut ? 1 - share : 1 + share;
  return {
    proposal: proposal(reading.text, q.start, {
      name: relativeName(reading, q),
      unit: "倍",
      targetValue: round(ratio),
      direction: cut ? "decrease" : "increase",
    }),
    at: q.start,
    absolute: false,
  };
}

/** Any other figure is an absolute target (割 stored as %); of a range, the bound its direction must reach. */
function readAbsoluteTarget(reading: Reading, q: Quantity): Figure {
  const { text } = reading;
  const direction = directionOf(text.slice(q.end, clauseEnd(text, q.end)));
  const toStored = (n: number) => (q.unit === "割" ? n * 10 : n);
  const value = toStored(q.value);
  return {
    proposal: proposal(text, q.start, {
      name: nameFor(reading, q),
      unit: q.unit === "割" ? "%" : q.unit,
      targetValue: q.high !== null && direction === "decrease" ? toStored(q.high) : value,
      direction,
    }),
    at: q.start,
    absolute: true,
  };
}

/** 倍増 / 半減: relative targets in words (2 and 0.5 times the current value). */
function readRelativeWords(reading: Reading, quantities: Quantity[], used: Span[]): Found[] {
  const found: Found[] = [];
  for (const m of reading.text.matchAll(/(倍増|半減)/g)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, used) || quantities.some((q) => q.end === span.start)) continue;
    const doubling = m[1] === "倍増";
    found.push({
      proposal: proposal(reading.text, span.start, {
        name: relativeName(reading, span),
        unit: "倍",
        targetValue: doubling ? 2 : 0.5,
        direction: doubling ? "increase" : "decrease",
      }),
      at: span.start,
      absolute: false,
    });
  }
  return found;
}

/** 「年間累計〇人」: a figure the text leaves open, proposed without a target value. */
function readPlaceholders(reading: Reading): Found[] {
  return [...reading.text.matchAll(PLACEHOLDER)].map((m) => {
    const unit = storedUnit(m[1]);
    return {
      proposal: proposal(reading.text, m.index, {
        name: nameFor(reading, { start: m.index, end: m.index + m[0].length, unit }),
        unit,
        targetValue: null,
        direction: "increase",
      }),
      at: m.index,
      absolute: false,
    };
  });
}

/** A proposal read at a position: no baseline unless stated, and the sentence around it as its source. */
function proposal(
  text: string,
  at: number,
  fields: Pick<KpiProposal, "name" | "unit" | "targetValue" | "direction"> & { baselineValue?: number },
): Omit<KpiProposal, "targetYear"> {
  return { baselineValue: null, baselineYear: null, ...fields, sourceText: sentenceAround(text, at) };
}

function sentenceAround(text: string, index: number): string {
  const start = text.lastIndexOf("。", index - 1) + 1;
  const end = text.indexOf("。", index);
  return text.slice(start, end === -1 ? text.length : end + 1).trim();
}

/** The direction the words after a figure give it (以上, 以内, 削減, 維持 …). */
function directionOf(after: string, fallback: KpiDirection = "increase"): KpiDirection {
  if (/^(以上|超)/.test(after)) return "increase";
  if (/^(以下|未満|以内)/.test(after)) return "decrease";
  if (DECREASE_WORDS.test(after)) return "decrease";
  if (MAINTAIN_WORDS.test(after)) return "maintain";
  return fallback;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

// --- deadline and measurability -----------------------------------------------

/**
 * The deadline stated earlier in the same sentence as a figure (the last one found), or null: the caller
 * then falls back to the latest deadline stated anywhere, then to the end of the plan period.
 */
function deadlineBefore(text: string, deadlines: Deadline[], at: number): number | null {
  const sentenceStart = text.lastIndexOf("。", at - 1) + 1;
  return deadlines.filter((d) => d.start >= sentenceStart && d.end <= at).at(-1)?.year ?? null;
}

/** measurable: an absolute figure and a deadline; partial: figures, but none of both; none: no figure. */
function measurabilityOf(found: Found[], hasDeadline: boolean): Measurability {
  if (found.length === 0) return "none";
  return hasDeadline && found.some((f) => f.absolute) ? "measurable" : "partial";
}

/** One proposal per name: a text that repeats a figure proposes it once. */
function dedupe(proposals: KpiProposal[]): KpiProposal[] {
  const seen = new Set<string>();
  return proposals.filter((p) => {
    if (seen.has(p.name)) return false;
    seen.add(p.name);
    return true;
  });
}

// --- naming -------------------------------------------------------------------

/** Start of the clause a position belongs to: after the nearest boundary or non-figure span before it. */
function clauseStart({ text, spans }: Reading, index: number): number {
  let start = 0;
  for (let i = index - 1; i >= 0; i--) {
    if (BOUNDARY.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  for (const s of spans) if (s.end <= index && s.end > start) start = s.end;
  return start;
}

/** End of the clause a position belongs to (the next 。 or 、, or the text's end). */
function clauseEnd(text: string, index: number): number {
  const rest = text.slice(index).search(/[。、]/);
  return rest === -1 ? text.length : index + rest;
}

/** The words just before a figure, without the particles and adverbial lead-ins around them. */
function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/^(?:時点|末|中|まで|までに|には|で|に|は)+/, "")
    .replace(/^.*(?:により|によって|を通じて|を活用して)/, "")
    .trim();
}

/** 「払下げの件数」, 「公民共創事業の実施件数」: a count named after the noun it counts. */
const countName = (counted: RegExpMatchArray, unit: string) => `${counted[1]}の${counted[2] ?? ""}${measureNoun(unit)}`;

/** A name for a figure's KPI from the words around it (the secretariat edits it when it confirms). */
function nameFor(reading: Reading, q: Span & { unit: string }): string {
  const { text, fallbackName } = reading;
  const unit = q.unit;
  const measure = measureNoun(unit);
  const withMeasure = (words: string, joiner = "") => (MEASURE_END.test(words) ? words : `${words}${joiner}${measure}`);
  const before = text.slice(0, q.start);
  const after = text.slice(q.end);

  // 「配備するドローン数:2台」: a label before a colon.
  if (before.endsWith(":")) {
    const label = cleanPhrase(text.slice(clauseStart(reading, q.start - 1), q.start - 1));
    if (label) return withMeasure(label, "の");
  }
  // 「配備したタブレット端末数(40台)」, 「職場環境の整備(2部署)」, 「職員数(年間累計〇人)」: a figure in brackets after what it counts.
  const open = before.lastIndexOf("(");
  const close = before.lastIndexOf(")");
  if (open > close) {
    const inner = text.slice(open + 1, q.start);
    const qualifier = inner.match(/^(年間累計|年間|累計)$/)?.[1];
    // 「うち割(73件)の払下げを実現」: the bracket counts the noun after it.
    const countedAfter = after.match(COUNTED_AFTER_BRACKET);
    if (inner === "" && countedAfter) return countName(countedAfter, unit);
    if (inner === "" || qualifier || /^現行/.test(inner)) {
      const outer = cleanPhrase(text.slice(clauseStart(reading, open), open));
      if (outer) {
        const base = MEASURE_END.test(outer) ? outer : `${outer}（${measure}）`;
        return qualifier ? `${base}（${qualifier}）` : base;
      }
    }
  }
  const phrase = cleanPhrase(text.slice(clauseStart(reading, q.start), q.start));

  // 「契約の50%以上を電子契約とする」: a share of a whole.
  const share = phrase.match(/^(.+?)(?:のうち|の)$/);
  if (share && unit === "%") {
    const object = after.match(/^(?:以上|以下)?を(.+?)(?:とする|にする|で行う|で開催する|で実施する|化する)/);
    return object ? `${share[1]}に占める${object[1]}の割合` : `${share[1]}の割合`;
  }
  // 「寄附額年間4千万円」: a yearly figure.
  const yearly = phrase.match(/^(.+?)(年間|年度)$/);
  if (yearly) return `${withMeasure(yearly[1], "の")}（年間）`;
  // 「開催を80日間確保」, 「満足度を50%以上」: the subject before a particle.
  const subject = phrase.match(/^(.+?)[をがは]$/);
  if (subject) return withMeasure(subject[1]);
  // 「20件の評価を実施」, 「4つの公民共創事業を実施」: a count of the noun that follows.
  const counted = after.match(COUNTED_AFTER);
  if (counted) return `${phrase}${countName(counted, unit)}`;
  // Words ending in a verb form (「計画に基づき」) do not name what is counted: fall back to the item's title.
  if (phrase && !/[きしてりいるたえ]$/.test(phrase)) return withMeasure(phrase, "の");
  return `${fallbackName}（${measure}）`;
}

/** The subject of a relative target (「過年度未収金を半減」, 「登録者数が現在の10倍」), named as a ratio to now. */
function relativeName(reading: Reading, q: Span): string {
  const phrase = cleanPhrase(reading.text.slice(clauseStart(reading, q.start), q.start)).replace(
    /(?:が|を|は)?(?:現在|現状|現行)の$/,
    "",
  );
  const subject = phrase.replace(/[をがは]$/, "") || reading.fallbackName;
  const counted = /者$/.test(subject) ? `${subject}数` : subject;
  return `${counted}（現状比）`;
}
