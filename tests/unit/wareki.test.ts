import { describe, expect, it } from "vitest";
import {
  eraYearToGregorian,
  fiscalYearOf,
  formatDate,
  formatDateTime,
  formatFiscalRange,
  formatFiscalRangeIn,
  formatFiscalYear,
  formatFiscalYearIn,
  formatFiscalYearShort,
  formatFiscalYearShortIn,
  formatJapaneseDate,
  formatJapaneseDateTime,
  parseFiscalYear,
  warekiYear,
} from "../../lib/wareki.ts";

describe("fiscalYearOf", () => {
  it("starts the fiscal year at midnight on April 1 in Japan, not in UTC", () => {
    expect(fiscalYearOf(new Date("2025-03-31T14:59:59.999Z"))).toBe(2024); // 2025-03-31 23:59:59 JST
    expect(fiscalYearOf(new Date("2025-03-31T15:00:00Z"))).toBe(2025); // 2025-04-01 00:00 JST
    expect(fiscalYearOf(new Date("2025-03-31T15:30:00Z"))).toBe(2025);
  });

  it("keeps January to March in the previous fiscal year", () => {
    expect(fiscalYearOf(new Date("2026-01-15T03:00:00Z"))).toBe(2025);
    expect(fiscalYearOf(new Date("2025-12-31T15:00:00Z"))).toBe(2025); // 2026-01-01 JST
  });
});

describe("warekiYear", () => {
  it("labels the first year of an era 元", () => {
    expect(warekiYear(2019)).toEqual({ era: "令和", year: 1, label: "令和元" });
    expect(warekiYear(1989)).toEqual({ era: "平成", year: 1, label: "平成元" });
    expect(warekiYear(1926)).toEqual({ era: "昭和", year: 1, label: "昭和元" });
  });

  it("uses the era in force at the end of the year", () => {
    expect(warekiYear(2018)).toEqual({ era: "平成", year: 30, label: "平成30" });
    expect(warekiYear(1988)).toEqual({ era: "昭和", year: 63, label: "昭和63" });
    expect(warekiYear(2024)).toEqual({ era: "令和", year: 6, label: "令和6" });
  });

  it("rejects years before 昭和 and non-integers", () => {
    expect(() => warekiYear(1925)).toThrow(RangeError);
    expect(() => warekiYear(2024.5)).toThrow(RangeError);
  });
});

describe("fiscal year formats", () => {
  it("formats a fiscal year with its Gregorian year", () => {
    expect(formatFiscalYear(2024)).toBe("令和6年度（2024年度）");
    expect(formatFiscalYear(2019)).toBe("令和元年度（2019年度）");
  });

  it("formats a short fiscal year", () => {
    expect(formatFiscalYearShort(2024)).toBe("令和6年度");
    expect(formatFiscalYearShort(2018)).toBe("平成30年度");
  });

  it("formats a fiscal range", () => {
    expect(formatFiscalRange(2024, 2026)).toBe("令和6年度〜令和8年度（2024〜2026年度）");
    expect(formatFiscalRange(2018, 2019)).toBe("平成30年度〜令和元年度（2018〜2019年度）");
  });
});

describe("formatJapaneseDate", () => {
  it.each([
    [new Date("2025-11-25T05:05:00Z"), "令和7年11月25日"],
    ["2025-11-24T15:00:00Z", "令和7年11月25日"],
    ["2026-03-31", "令和8年3月31日"],
  ])("formats a date in Japan time: %s → %s", (date, expected) => {
    expect(formatJapaneseDate(date)).toBe(expected);
  });

  it.each([
    ["2019-04-30T14:59:59Z", "平成31年4月30日"],
    ["2019-04-30T15:00:00Z", "令和元年5月1日"],
    ["1989-01-07T00:00:00+09:00", "昭和64年1月7日"],
    ["1989-01-08T00:00:00+09:00", "平成元年1月8日"],
    ["1926-12-25T00:00:00+09:00", "昭和元年12月25日"],
  ])("switches era on the exact day: %s → %s", (date, expected) => {
    expect(formatJapaneseDate(date)).toBe(expected);
  });

  it("rejects invalid and pre-昭和 dates", () => {
    expect(() => formatJapaneseDate("not a date")).toThrow(RangeError);
    expect(() => formatJapaneseDate("1926-12-24T00:00:00+09:00")).toThrow(RangeError);
  });
});

describe("formatJapaneseDateTime", () => {
  it.each([
    [new Date("2025-11-25T05:05:00Z"), "令和7年11月25日 14:05"],
    ["2025-11-24T15:00:00Z", "令和7年11月25日 00:00"],
    ["2019-04-30T15:30:00Z", "令和元年5月1日 00:30"],
  ])("formats date and zero-padded 24-hour time in Japan time: %s → %s", (date, expected) => {
    expect(formatJapaneseDateTime(date)).toBe(expected);
  });
});

describe("eraYearToGregorian", () => {
  it("converts an era year, 元 being the first", () => {
    expect(eraYearToGregorian("令和", 7)).toBe(2025);
    expect(eraYearToGregorian("令和", "元")).toBe(2019);
    expect(eraYearToGregorian("平成", "30")).toBe(2018);
    expect(eraYearToGregorian("昭和", 64)).toBe(1989);
  });

  it("accepts an era's last year, shared with the next era's first, and nothing after it", () => {
    expect(eraYearToGregorian("平成", 31)).toBe(2019);
    expect(eraYearToGregorian("平成", 32)).toBeNull();
    expect(eraYearToGregorian("昭和", 65)).toBeNull();
  });

  it("refuses year 0, fractions and unknown eras", () => {
    expect(eraYearToGregorian("令和", 0)).toBeNull();
    expect(eraYearToGregorian("令和", 1.5)).toBeNull();
    expect(eraYearToGregorian("大正", 10)).toBeNull();
  });

  it("agrees with warekiYear on every supported year", () => {
    for (let year = 1926; year <= 2100; year++) {
      const { era, year: eraYear } = warekiYear(year);
      expect(eraYearToGregorian(era, eraYear)).toBe(year);
    }
  });
});

describe("parseFiscalYear", () => {
  it.each([
    ["2025", 2025],
    ["2025年度", 2025],
    ["令和7", 2025],
    ["令和7年", 2025],
    ["令和7年度", 2025],
    ["R7", 2025],
    ["r7", 2025],
    ["R07年度", 2025],
    ["H30", 2018],
    ["平成31年度", 2019],
    ["令和元年度", 2019],
    ["令和元年", 2019],
    ["令和 7 年度", 2025],
    [" 令和7年度 ", 2025],
  ])("reads %s as %i", (input, year) => {
    expect(parseFiscalYear(input)).toBe(year);
  });

  it("folds full-width digits, letters and the era ligature", () => {
    expect(parseFiscalYear("２０２５")).toBe(2025);
    expect(parseFiscalYear("令和７年度")).toBe(2025);
    expect(parseFiscalYear("Ｒ７")).toBe(2025);
    expect(parseFiscalYear("㋿7")).toBe(2025);
    expect(parseFiscalYear("㍻30年度")).toBe(2018);
  });

  it("reads back what formatFiscalYear and formatFiscalYearShort write", () => {
    for (const fy of [1989, 2018, 2019, 2025, 2030]) {
      expect(parseFiscalYear(formatFiscalYear(fy))).toBe(fy);
      expect(parseFiscalYear(formatFiscalYearShort(fy))).toBe(fy);
    }
    expect(parseFiscalYear("令和7(2025)")).toBe(2025);
  });

  it.each([
    [""],
    ["abc"],
    ["7"],
    ["25"],
    ["元年"],
    ["令和0"],
    ["R0"],
    ["平成32"],
    ["大正10"],
    ["1925"],
    ["令和7年度（2024年度）"],
    ["令和7年4月"],
    ["2025-04-01"],
    ["X7"],
  ])("refuses %j", (input) => {
    expect(parseFiscalYear(input)).toBeNull();
  });
});

describe("dates in the UI's language", () => {
  it("writes 和暦 on Japanese pages and the Gregorian calendar on English ones, in Japan's time", () => {
    // 2026-11-30T15:30Z is 1 December, 00:30 in Japan.
    const at = "2026-11-30T15:30:00.000Z";
    expect(formatDate(at, "ja")).toBe("令和8年12月1日");
    expect(formatDate(at, "en")).toBe("1 December 2026");
    expect(formatDateTime(at, "ja")).toBe("令和8年12月1日 00:30");
    expect(formatDateTime(at, "en")).toBe("1 December 2026, 00:30");
    expect(formatDate("2019-04-30T12:00:00+09:00", "en")).toBe("30 April 2019");
  });

  it("names fiscal years as 年度 or FY", () => {
    expect(formatFiscalYearIn(2024, "ja")).toBe("令和6年度（2024年度）");
    expect(formatFiscalYearIn(2024, "en")).toBe("FY2024");
    expect(formatFiscalYearShortIn(2024, "en")).toBe("FY2024");
    expect(formatFiscalYearShortIn(2024, "ja")).toBe("令和6年度");
    expect(formatFiscalRangeIn(2024, 2026, "ja")).toBe("令和6年度〜令和8年度（2024〜2026年度）");
    expect(formatFiscalRangeIn(2024, 2026, "en")).toBe("FY2024–FY2026");
  });
});
