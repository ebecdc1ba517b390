export type Era = "令和" | "平成" | "昭和";

export type WarekiYear = { era: Era; year: number; label: string };

type TokyoParts = { year: number; month: number; day: number; hour: number; minute: number };

// First day of each era (Gregorian, in Japan), newest first.
const ERAS: readonly { era: Era; start: { year: number; month: number; day: number } }[] = [
  { era: "令和", start: { year: 2019, month: 5, day: 1 } },
  { era: "平成", start: { year: 1989, month: 1, day: 8 } },
  { era: "昭和", start: { year: 1926, month: 12, day: 25 } },
];

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
  const parts = Object.fromEntries(
    tokyoFormat.formatToParts(date).map((part) => [part.type, part.value]),
  );
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

function toWareki(era: (typeof ERAS)[number], gregorianYear: number): WarekiYear {
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

/** "令和7年11月25日 14:05" (Japan time). */
export function formatJapaneseDateTime(date: Date | string): string {
  const value = toDate(date);
  const { hour, minute } = tokyoParts(value);
  return `${formatJapaneseDate(value)} ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}
