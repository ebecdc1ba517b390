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
 */

export type Measurability = "measurable" | "partial" | "none";
export type KpiDirection = "increase" | "decrease" | "maintain";

export interface KpiProposal {
  name: string;
  unit: string;
  /** null only for a placeholder figure the text leaves open (〇人) */
  targetValue: number | null;
  targetYear: number | null;
  direction: KpiDirection;
  baselineValue: number | null;
  baselineYear: number | null;
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

interface Quantity extends Span {
  value: number;
  /** upper bound of a range (40〜50%), else null */
  high: number | null;
  unit: string;
}

const REIWA_OFFSET = 2018;

const UNITS = [
  "%", "割", "倍", "億円", "万円", "千円", "円", "件", "台", "日間", "日", "時間", "分", "週間", "か月", "ヶ月", "カ月",
  "人", "名", "回", "部署", "センター", "施設", "事業", "校", "社", "団体", "地区", "世帯", "箇所", "か所", "カ所", "つ",
];
const UNIT_PATTERN = UNITS.map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const QUANTITY = new RegExp(String.raw`(${NUMBER})(千)?(?:\s*[~〜]\s*(${NUMBER})(千)?)?\s*(${UNIT_PATTERN})`, "g");
const PLACEHOLDER = new RegExp(String.raw`[〇○◯]+\s*(${UNIT_PATTERN})`, "g");

/** Units as a KPI stores them (the text's spelling, with duration suffixes folded). */
const UNIT_AS_STORED: Record<string, string> = { 日間: "日", ヶ月: "か月", カ月: "か月", か所: "箇所", カ所: "箇所", つ: "件" };

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

/** NFKC plus the spellings the patterns expect. */
function normalize(text: string): string {
  return text.normalize("NFKC").replace(/パーセント/g, "%").replace(/[～]/g, "~");
}

const toNumber = (digits: string, thousand?: string) => Number(digits.replace(/,/g, "")) * (thousand ? 1000 : 1);
const fiscalYearOf = (year: number, month: number | null) => (month !== null && month <= 3 ? year - 1 : year);

/** Deadlines the text states, and every date-like span that must not be read as a figure. */
function findDates(text: string): { deadlines: (Span & { year: number })[]; spans: Span[] } {
  const deadlines: (Span & { year: number })[] = [];
  const spans: Span[] = [];
  const patterns: [RegExp, (m: RegExpExecArray) => number][] = [
    [/令和(\d+|元)年度?(?:(\d{1,2})月)?/g, (m) => REIWA_OFFSET + (m[1] === "元" ? 1 : Number(m[1]))],
    [/(?<![A-Za-z])R(\d{1,2})(?:年度?)?(?:(\d{1,2})月)?/g, (m) => REIWA_OFFSET + Number(m[1])],
    [/(20\d\d)年度?(?:(\d{1,2})月)?/g, (m) => Number(m[1])],
  ];
  for (const [pattern, yearOf] of patterns) {
    for (const m of text.matchAll(pattern)) {
      const year = yearOf(m as RegExpExecArray);
      const isFiscal = m[0].includes("年度");
      const month = m[2] !== undefined ? Number(m[2]) : null;
      const span = { start: m.index!, end: m.index! + m[0].length };
      spans.push(span);
      deadlines.push({ ...span, year: isFiscal ? year : fiscalYearOf(year, month) });
    }
  }
  // Other numbers that are not figures: ordinals (第3次, 1級), months and days, durations, item numbers, other eras.
  for (const pattern of [/第\d+[次期回号条]?/g, /\d+級/g, /\d+月(?:\d+日)?/g, /\d+年(?:間|後|前|度)?/g, /(?:No\.|№)\s*\d+/gi, /(?:平成|昭和)(?:\d+|元)年度?/g, /年度(?:末|内|中)/g]) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return { deadlines, spans };
}

const overlaps = (a: Span, spans: Span[]) => spans.some((s) => a.start < s.end && s.start < a.end);

/** Start of the clause a position belongs to: after the nearest boundary or date span before it. */
function clauseStart(text: string, index: number, spans: Span[]): number {
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

/** The words just before a figure, without the particles and adverbial lead-ins around them. */
function cleanPhrase(phrase: string): string {
  return phrase
    .replace(/^(?:時点|末|中|まで|までに|には|で|に|は)+/, "")
    .replace(/^.*(?:により|によって|を通じて|を活用して)/, "")
    .trim();
}

/** End of the clause a position belongs to (the next 。 or 、, or the text's end). */
function clauseEnd(text: string, index: number): number {
  const rest = text.slice(index).search(/[。、]/);
  return rest === -1 ? text.length : index + rest;
}

function directionOf(after: string, fallback: KpiDirection = "increase"): KpiDirection {
  if (/^(以上|超)/.test(after)) return "increase";
  if (/^(以下|未満|以内)/.test(after)) return "decrease";
  if (DECREASE_WORDS.test(after)) return "decrease";
  if (MAINTAIN_WORDS.test(after)) return "maintain";
  return fallback;
}

/** A name for a figure's KPI from the words around it (the secretariat edits it when it confirms). */
function nameFor(text: string, q: Span & { unit: string }, spans: Span[], fallback: string): string {
  const unit = q.unit;
  const measure = measureNoun(unit);
  const withMeasure = (words: string, joiner = "") => (MEASURE_END.test(words) ? words : `${words}${joiner}${measure}`);
  const before = text.slice(0, q.start);
  const after = text.slice(q.end);

  // 「配備するドローン数:2台」: a label before a colon.
  if (before.endsWith(":")) {
    const label = cleanPhrase(text.slice(clauseStart(text, q.start - 1, spans), q.start - 1));
    if (label) return withMeasure(label, "の");
  }
  // 「配備したタブレット端末数(40台)」, 「職場環境の整備(2部署)」, 「職員数(年間累計〇人)」: a figure in brackets after what it counts.
  const open = before.lastIndexOf("(");
  const close = before.lastIndexOf(")");
  if (open > close) {
    const inner = text.slice(open + 1, q.start);
    const qualifier = inner.match(/^(年間累計|年間|累計)$/)?.[1];
    // 「うち割(73件)の払下げを実現」: the bracket counts the noun after it.
    const countedAfter = after.match(/^\)の([^をがはにで、。()]+?)(?:を|が|は|に)(実施|導入|設置|開催|配備)?/);
    if (inner === "" && countedAfter) return `${countedAfter[1]}の${countedAfter[2] ?? ""}${measure}`;
    if (inner === "" || qualifier || /^現行/.test(inner)) {
      const outer = cleanPhrase(text.slice(clauseStart(text, open, spans), open));
      if (outer) {
        const base = MEASURE_END.test(outer) ? outer : `${outer}（${measure}）`;
        return qualifier ? `${base}（${qualifier}）` : base;
      }
    }
  }
  const phrase = cleanPhrase(text.slice(clauseStart(text, q.start, spans), q.start));

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
  const counted = after.match(/^の([^をがはにで、。()]+?)(?:を|が|は|に)(実施|導入|設置|開催|配備)?/);
  if (counted) return `${phrase}${counted[1]}の${counted[2] ?? ""}${measure}`;
  // Words ending in a verb form (「計画に基づき」) do not name what is counted: fall back to the item's title.
  if (phrase && !/[きしてりいるたえ]$/.test(phrase)) return withMeasure(phrase, "の");
  return `${fallback}（${measure}）`;
}

interface Found {
  proposal: Omit<KpiProposal, "targetYear">;
  /** position in the text, to pick the deadline stated before it */
  at: number;
  /** checkable on its own (an absolute value), as opposed to relative or a placeholder */
  absolute: boolean;
}

function sentenceAround(text: string, index: number): string {
  const start = text.lastIndexOf("。", index - 1) + 1;
  const end = text.indexOf("。", index);
  return text.slice(start, end === -1 ? text.length : end + 1).trim();
}

/** Reads the target text; see the module comment for the rule. */
export function proposeKpis(input: TargetInput): TargetAnalysis {
  const text = normalize(input.target ?? "");
  const fallbackName = input.title ? normalize(input.title) : "目標";
  const { deadlines, spans } = findDates(text);
  const found: Found[] = [];
  const used: Span[] = [];

  const quantities: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (overlaps(span, spans)) continue;
    // A digit glued to a preceding number-like token (e.g. part of a code) is not a figure.
    if (span.start > 0 && /[\d.]/.test(text[span.start - 1])) continue;
    quantities.push({
      ...span,
      value: toNumber(m[1], m[2]),
      high: m[3] !== undefined ? toNumber(m[3], m[4]) : null,
      unit: m[5],
    });
  }

  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i];
    if (overlaps(q, used)) continue;
    const after = text.slice(q.end);
    const unit = UNIT_AS_STORED[q.unit] ?? q.unit;
    const sourceText = sentenceAround(text, q.start);

    // 「365件のうち」: the whole a target is a part of.
    if (/^(?:の)?うち/.test(after)) continue;
    // 「1週間以上の取得率」: a qualifier of another figure.
    if (/^(?:以上|以下|未満|超|以内)の/.test(after)) continue;
    // 「現行1名から2名」: a baseline for the figure that follows.
    const next = quantities[i + 1];
    if (/^(?:から|より)/.test(after) && next && next.start - q.end <= 3) {
      const nextUnit = UNIT_AS_STORED[next.unit] ?? next.unit;
      if (nextUnit === unit) {
        const nextAfter = text.slice(next.end);
        found.push({
          proposal: {
            name: nameFor(text, { ...q, unit }, spans, fallbackName),
            unit,
            targetValue: next.value,
            direction: directionOf(nextAfter, next.value >= q.value ? "increase" : "decrease"),
            baselineValue: q.value,
            baselineYear: null,
            sourceText,
          },
          at: q.start,
          absolute: true,
        });
        used.push(next);
        continue;
      }
    }
    // 「2割(73件)」: the absolute figure in brackets is the one to check.
    const annotated = after.match(new RegExp(String.raw`^\((${NUMBER})(千)?(${UNIT_PATTERN})\)`));
    if ((unit === "割" || unit === "%") && annotated) {
      const innerUnit = UNIT_AS_STORED[annotated[3]] ?? annotated[3];
      const end = q.end + annotated[0].length;
      const rest = text.slice(end);
      const counted = rest.match(/^の([^をがはにで、。()]+?)(?:を|が|は|に)(実施|導入|設置|開催|配備)?/);
      found.push({
        proposal: {
          name: counted ? `${counted[1]}の${counted[2] ?? ""}${measureNoun(innerUnit)}` : nameFor(text, { start: q.start, end, unit: innerUnit }, spans, fallbackName),
          unit: innerUnit,
          targetValue: toNumber(annotated[1], annotated[2]),
          direction: directionOf(rest),
          baselineValue: null,
          baselineYear: null,
          sourceText,
        },
        at: q.start,
        absolute: true,
      });
      used.push({ start: q.start, end });
      continue;
    }
    const name = nameFor(text, { ...q, unit }, spans, fallbackName);
    // 「7割削減」, 「30%削減」, 「10倍以上」: relative to the (unstated) current value.
    const relativeCut = (unit === "割" || unit === "%") && /^(?:以上)?(?:の)?(?:削減|減少|縮減|低減|カット|減)/.test(after);
    const relativeRise = (unit === "割" && /^(?:以上)?(?:の)?(?:増|向上)/.test(after)) || (unit === "%" && /^(?:以上)?(?:の)?増/.test(after));
    if (unit === "倍" || relativeCut || relativeRise) {
      const share = unit === "割" ? q.value / 10 : q.value / 100;
      const ratio = unit === "倍" ? q.value : relativeCut ? 1 - share : 1 + share;
      found.push({
        proposal: {
          name: relativeName(text, q, spans, fallbackName),
          unit: "倍",
          targetValue: round(ratio),
          direction: relativeCut ? "decrease" : "increase",
          baselineValue: null,
          baselineYear: null,
          sourceText,
        },
        at: q.start,
        absolute: false,
      });
      continue;
    }
    const direction = directionOf(text.slice(q.end, clauseEnd(text, q.end)));
    const value = unit === "割" ? q.value * 10 : q.value;
    const high = q.high === null ? null : unit === "割" ? q.high * 10 : q.high;
    found.push({
      proposal: {
        name,
        unit: unit === "割" ? "%" : unit,
        // A range: the bound the direction must at least reach.
        targetValue: high === null ? value : direction === "decrease" ? high : value,
        direction,
        baselineValue: null,
        baselineYear: null,
        sourceText,
      },
      at: q.start,
      absolute: true,
    });
  }

  // 倍増 / 半減: relative targets in words.
  for (const m of text.matchAll(/(倍増|半減)/g)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    if (overlaps(span, used) || quantities.some((q) => q.end === span.start)) continue;
    const doubling = m[1] === "倍増";
    found.push({
      proposal: {
        name: relativeName(text, { ...span, unit: "倍" }, spans, fallbackName),
        unit: "倍",
        targetValue: doubling ? 2 : 0.5,
        direction: doubling ? "increase" : "decrease",
        baselineValue: null,
        baselineYear: null,
        sourceText: sentenceAround(text, span.start),
      },
      at: span.start,
      absolute: false,
    });
  }

  // 「年間累計〇人」: a figure the text leaves open.
  for (const m of text.matchAll(PLACEHOLDER)) {
    const span = { start: m.index!, end: m.index! + m[0].length };
    const unit = UNIT_AS_STORED[m[1]] ?? m[1];
    found.push({
      proposal: {
        name: nameFor(text, { ...span, unit }, spans, fallbackName),
        unit,
        targetValue: null,
        direction: "increase",
        baselineValue: null,
        baselineYear: null,
        sourceText: sentenceAround(text, span.start),
      },
      at: span.start,
      absolute: false,
    });
  }

  found.sort((a, b) => a.at - b.at);
  const statedDeadline = deadlines.length === 0 ? null : Math.max(...deadlines.map((d) => d.year));
  const deadlineFor = (at: number) => {
    const sentenceStart = text.lastIndexOf("。", at - 1) + 1;
    const before = deadlines.filter((d) => d.start >= sentenceStart && d.end <= at);
    return before.length > 0 ? before.at(-1)!.year : (statedDeadline ?? input.endFiscalYear ?? null);
  };
  const proposals = dedupe(found.map((f) => ({ ...f.proposal, targetYear: deadlineFor(f.at) })));
  const hasDeadline = statedDeadline !== null || (input.endFiscalYear ?? null) !== null;
  const measurability: Measurability =
    found.length === 0 ? "none" : hasDeadline && found.some((f) => f.absolute) ? "measurable" : "partial";
  return { measurability, proposals, statedDeadline };
}

/** The subject of a relative target (「過年度未収金を半減」, 「登録者数が現在の10倍」), named as a ratio to now. */
function relativeName(text: string, q: Span & { unit: string }, spans: Span[], fallback: string): string {
  const phrase = cleanPhrase(text.slice(clauseStart(text, q.start, spans), q.start)).replace(/(?:が|を|は)?(?:現在|現状|現行)の$/, "");
  const subject = phrase.replace(/[をがは]$/, "") || fallback;
  const counted = /者$/.test(subject) ? `${subject}数` : subject;
  return `${counted}（現状比）`;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** One proposal per name: a text that repeats a figure proposes it once. */
function dedupe(proposals: KpiProposal[]): KpiProposal[] {
  const seen = new Set<string>();
  return proposals.filter((p) => {
    if (seen.has(p.name)) return false;
    seen.add(p.name);
    return true;
  });
}
