/**
 * Japanese eras (和暦): the one era table of the code base, its formats (令和6年度, 令和7年11月25日) and
 * its parsers (令和7 / R7 / 2025 → 2025). The importer and the KPI proposals read era years through it.
 * English pages get the same dates in the Gregorian calendar (formatDate and the …In formatters).
 */

import type { Locale } from "./i18n/config.ts";

export type Era = "令和" | "平成" | "昭和";

export type WarekiYear = { era: Era; year: number; label: string };

export interface EraDefinition {
  era: Era;
  /** the Latin initial documents abbreviate the era with (R7 = 令和7) */
  initial: "R" | "H" | "S";
  /** first day of the era (Gregorian, in Japan) */
  start: { year: number; month: number; day: number };
}

type TokyoParts = { year: number; month: number; day: number; hour: number; minute: number };

/** Every supported era, newest first. */
export const ERAS: readonly EraDefinition[] = [
  { era: "令和", initial: "R", start: { year: 2019, month: 5, day: 1 } },
  { era: "平成", initial: "H", start: { year: 1989, month: 1, day: 8 } },
  { era: "昭和", initial: "S", start: { year: 1926, month: 12, day: 25 } },
];

/** The era in force: the only one a target can still be due in. */
export const CURRENT_ERA: EraDefinition = ERAS[0];

/** Era names as a regular-expression alternation ("令和|平成|昭和"), for parsers of era-dated text. */
export const ERA_NAME_PATTERN = ERAS.map((e) => e.era).join("|");

// Built once: constructing Intl.DateTimeFormat is comparatively expensive.
const tokyoFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: "Asia/Tokyo",
  calendar: "gregory",
  numberingSystem: "latn",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

function toDate(date: Date | string): Date {
  const value = typeof date === "string" ? new Date(date) : date;
  if (Number.isNaN(value.getTime())) throw new RangeError(`Invalid date: ${String(date)}`);
  return value;
}

function tokyoParts(date: Date): TokyoParts {
  const parts = Object.fromEntries(tokyoFormat.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

function eraLabel(era: Era, year: number): string {
  return `${era}${year === 1 ? "元" : year}`;
}

function toWareki(era: EraDefinition, gregorianYear: number): WarekiYear {
  const year = gregorianYear - era.start.year + 1;
  return { era: era.era, year, label: eraLabel(era.era, year) };
}

/** 年度 (April–March) of the given instant, as observed in Japan. */
export function fiscalYearOf(date: Date): number {
  const { year, month } = tokyoParts(toDate(date));
  return month >= 4 ? year : year - 1;
}

/**
 * Era of a whole Gregorian year (or the 年度 starting in it): the era in force at the year's end,
 * which is how Japanese administrations label years (2019 → 令和元, not 平成31).
 */
export function warekiYear(year: number): WarekiYear {
  const era = ERAS.find((candidate) => candidate.start.year <= year);
  if (!Number.isInteger(year) || !era) throw new RangeError(`No supported era for year ${year}`);
  return toWareki(era, year);
}

function warekiOfDay({ year, month, day }: TokyoParts): WarekiYear {
  const key = year * 10000 + month * 100 + day;
  const era = ERAS.find(({ start }) => start.year * 10000 + start.month * 100 + start.day <= key);
  if (!era) throw new RangeError(`No supported era for ${year}-${month}-${day}`);
  return toWareki(era, year);
}

/** "令和6年度（2024年度）" */
export function formatFiscalYear(fy: number): string {
  return `${warekiYear(fy).label}年度（${fy}年度）`;
}

/** "令和6年度" */
export function formatFiscalYearShort(fy: number): string {
  return `${warekiYear(fy).label}年度`;
}

/** "令和6年度〜令和8年度（2024〜2026年度）" */
export function formatFiscalRange(from: number, to: number): string {
  return `${formatFiscalYearShort(from)}〜${formatFiscalYearShort(to)}（${from}〜${to}年度）`;
}

/** "令和7年11月25日", using the era in force on that day in Japan. */
export function formatJapaneseDate(date: Date | string): string {
  const parts = tokyoParts(toDate(date));
  return `${warekiOfDay(parts).label}年${parts.month}月${parts.day}日`;
}

/** "14:05", Japan time. */
function clockOf(date: Date): string {
  const { hour, minute } = tokyoParts(date);
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** "令和7年11月25日 14:05" (Japan time). */
export function formatJapaneseDateTime(date: Date | string): string {
  const value = toDate(date);
  return `${formatJapaneseDate(value)} ${clockOf(value)}`;
}

// English dates: the day in Japan, in British order ("25 November 2025"). Built once, as tokyoFormat.
const englishDayFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Asia/Tokyo",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "令和7年11月25日" on Japanese pages (和暦), "25 November 2025" on English ones (Japan's date). */
export function formatDate(date: Date | string, locale: Locale): string {
  return locale === "ja" ? formatJapaneseDate(date) : englishDayFormat.format(toDate(date));
}

/** "令和7年11月25日 14:05", or in English "25 November 2025, 14:05" (Japan time). */
export function formatDateTime(date: Date | string, locale: Locale): string {
  if (locale === "ja") return formatJapaneseDateTime(date);
  const value = toDate(date);
  return `${formatDate(value, "en")}, ${clockOf(value)}`;
}

/** "令和6年度（2024年度）", or in English "FY2024". */
export function formatFiscalYearIn(fy: number, locale: Locale): string {
  return locale === "ja" ? formatFiscalYear(fy) : `FY${fy}`;
}

/** "令和6年度", or in English "FY2024". */
export function formatFiscalYearShortIn(fy: number, locale: Locale): string {
  return locale === "ja" ? formatFiscalYearShort(fy) : `FY${fy}`;
}

/** "令和6年度〜令和8年度（2024〜2026年度）", or in English "FY2024–FY2026". */
export function formatFiscalRangeIn(from: number, to: number, locale: Locale): string {
  return locale === "ja" ? formatFiscalRange(from, to) : `FY${from}–FY${to}`;
}

/**
 * Gregorian year of an era year: ("令和", 7) → 2025, ("平成", "元") → 1989. Null for an unknown era or a
 * year the era never had (令和0, 平成32); an era's last year is the next one's first (平成31 = 令和元 = 2019).
 */
export function eraYearToGregorian(era: string, year: number | string): number | null {
  const index = ERAS.findIndex((candidate) => candidate.era === era);
  const n = year === "元" ? 1 : Number(year);
  if (index < 0 || !Number.isInteger(n) || n < 1) return null;
  const gregorian = ERAS[index].start.year + n - 1;
  return index > 0 && gregorian > ERAS[index - 1].start.year ? null : gregorian;
}

const INITIALS = ERAS.map((e) => e.initial).join("");
// 「令和7」「令和元年度」「R7」「H30年」, optionally followed by the Gregorian year in brackets (「令和7年度（2025年度）」).
const ERA_YEAR = new RegExp(
  String.raw`^(?:(${ERA_NAME_PATTERN})\s*(元|\d{1,2})|([${INITIALS}])\s*(\d{1,2}))\s*(?:年度?)?` +
    String.raw`(?:\s*\(\s*(\d{4})\s*(?:年度?)?\s*\))?$`,
  "i",
);
const GREGORIAN_YEAR = /^(\d{4})\s*(?:年度?)?$/;

/**
 * A fiscal year (年度) as people write it in a form or a spreadsheet cell: 「2025」「2025年度」「令和7」
 * 「令和7年度」「R7」「令和元年度」「令和7年度（2025年度）」, full-width digits and letters and the era ligature
 * ㋿ included. Null when the text is no year or an impossible one (令和0, 平成32, a year before 昭和, an era year
 * and a Gregorian year that disagree).
 */
export function parseFiscalYear(input: string): number | null {
  const text = input.normalize("NFKC").trim();
  const gregorian = GREGORIAN_YEAR.exec(text);
  if (gregorian) {
    const year = Number(gregorian[1]);
    return year >= ERAS.at(-1)!.start.year ? year : null;
  }
  const m = ERA_YEAR.exec(text);
  if (!m) return null;
  const era = m[1] ?? ERAS.find((e) => e.initial === m[3].toUpperCase())!.era;
  const year = eraYearToGregorian(era, m[2] ?? m[4]);
  return m[5] !== undefined && Number(m[5]) !== year ? null : year;
}
