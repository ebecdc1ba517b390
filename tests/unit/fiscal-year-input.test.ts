import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fiscalYearInput } from "../../lib/validation/fiscal-year.ts";

// As the period and KPI schemas use it: a required year within a range, with the field's own message.
const schema = z.preprocess(fiscalYearInput, z.number({ error: "year" }).int({ error: "year" }).min(2024).max(2040));
const optional = z.preprocess(fiscalYearInput, z.number({ error: "year" }).nullable());

describe("fiscalYearInput", () => {
  it.each([
    ["2025", 2025],
    ["２０２５", 2025],
    ["2025年度", 2025],
    ["令和7", 2025],
    ["令和７", 2025],
    ["令和7年度", 2025],
    ["令和７年度", 2025],
    ["R7", 2025],
    ["r7", 2025],
    ["Ｒ７", 2025],
    [" R 7 ", 2025],
    ["令和6年度（2024年度）", 2024],
  ])("reads %j as %i", (text, year) => {
    expect(fiscalYearInput(text)).toBe(year);
    expect(schema.parse(text)).toBe(year);
  });

  it("passes numbers through untouched, for callers that send them as such", () => {
    expect(schema.parse(2026)).toBe(2026);
    expect(fiscalYearInput(undefined)).toBeUndefined();
  });

  it("turns an empty field into null: no year, which an optional field accepts and a required one refuses", () => {
    expect(fiscalYearInput("  ")).toBeNull();
    expect(optional.parse("")).toBeNull();
    expect(schema.safeParse("").error?.issues[0].message).toBe("year");
  });

  it.each(["令和100", "令和0", "平成32", "R", "2025年度（令和8年度）", "7", "next year", "２０２５年度です"])(
    "refuses %j with the field's message instead of guessing",
    (text) => {
      expect(Number.isNaN(fiscalYearInput(text))).toBe(true);
      expect(schema.safeParse(text).error?.issues[0].message).toBe("year");
    },
  );

  it("leaves the range to the schema: a real year outside it is refused there", () => {
    expect(fiscalYearInput("平成30")).toBe(2018);
    expect(schema.safeParse("平成30").success).toBe(false);
  });
});
