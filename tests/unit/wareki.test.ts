import { describe, expect, it } from "vitest";
import {
  fiscalYearOf,
  formatFiscalRange,
  formatFiscalYear,
  formatFiscalYearShort,
  formatJapaneseDate,
  formatJapaneseDateTime,
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
  it("formats a date in Japan time", () => {
    expect(formatJapaneseDate(new Date("2025-11-25T05:05:00Z"))).toBe("令和7年11月25日");
    expect(formatJapaneseDate("2025-11-24T15:00:00Z")).toBe("令和7年11月25日");
    expect(formatJapaneseDate("2026-03-31")).toBe("令和8年3月31日");
  });

  it("switches era on the exact day", () => {
    expect(formatJapaneseDate("2019-04-30T14:59:59Z")).toBe("平成31年4月30日");
    expect(formatJapaneseDate("2019-04-30T15:00:00Z")).toBe("令和元年5月1日");
    expect(formatJapaneseDate("1989-01-07T00:00:00+09:00")).toBe("昭和64年1月7日");
    expect(formatJapaneseDate("1989-01-08T00:00:00+09:00")).toBe("平成元年1月8日");
    expect(formatJapaneseDate("1926-12-25T00:00:00+09:00")).toBe("昭和元年12月25日");
  });

  it("rejects invalid and pre-昭和 dates", () => {
    expect(() => formatJapaneseDate("not a date")).toThrow(RangeError);
    expect(() => formatJapaneseDate("1926-12-24T00:00:00+09:00")).toThrow(RangeError);
  });
});

describe("formatJapaneseDateTime", () => {
  it("formats date and zero-padded 24-hour time in Japan time", () => {
    expect(formatJapaneseDateTime(new Date("2025-11-25T05:05:00Z"))).toBe("令和7年11月25日 14:05");
    expect(formatJapaneseDateTime("2025-11-24T15:00:00Z")).toBe("令和7年11月25日 00:00");
    expect(formatJapaneseDateTime("2019-04-30T15:30:00Z")).toBe("令和元年5月1日 00:30");
  });
});
