import { describe, expect, it } from "vitest";
import { DEFAULT_LICENCE, municipalitySchema } from "../../lib/municipality/municipality-schema.ts";

// A 「団体」 sheet's row as the plan importer reads it: every cell a string.
const ROW = {
  name: " 飯塚市 ",
  code: "４０２０５２",
  planName: "飯塚市行政経営戦略推進プラン",
  startFiscalYear: "令和6",
  endFiscalYear: "R10",
};

const messagesOf = (input: unknown) =>
  municipalitySchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("municipalitySchema", () => {
  it("reads the sheet's cells: trimmed names, a full-width code, 和暦 years, the default licence", () => {
    expect(municipalitySchema.parse(ROW)).toEqual({
      name: "飯塚市",
      code: "402052",
      planName: "飯塚市行政経営戦略推進プラン",
      startFiscalYear: 2024,
      endFiscalYear: 2028,
      licenceName: "CC BY 4.0",
      licenceUrl: "https://creativecommons.org/licenses/by/4.0/deed.ja",
      secretariat: "",
    });
    expect(municipalitySchema.parse({ ...ROW, startFiscalYear: 2024, endFiscalYear: "2024年度" })).toMatchObject({
      startFiscalYear: 2024,
      endFiscalYear: 2024,
    });
    expect(municipalitySchema.parse({ ...ROW, licenceName: " ", licenceUrl: "" })).toMatchObject({
      licenceName: DEFAULT_LICENCE.name,
      licenceUrl: DEFAULT_LICENCE.url,
    });
  });

  it("keeps a licence the plan names", () => {
    const pdl = {
      licenceName: "公共データ利用規約（第1.0版）",
      licenceUrl: "https://www.digital.go.jp/resources/open_data/",
    };
    expect(municipalitySchema.parse({ ...ROW, ...pdl })).toMatchObject(pdl);
  });

  it("refuses each wrong field with its message key", () => {
    expect(messagesOf({ ...ROW, code: "402051" })).toEqual([["code", "municipalityCode"]]);
    expect(messagesOf({ ...ROW, name: "  " })).toEqual([["name", "required"]]);
    expect(messagesOf({ ...ROW, planName: "あ".repeat(201) })).toEqual([["planName", "tooLong"]]);
    expect(messagesOf({ ...ROW, startFiscalYear: "来年" })).toEqual([["startFiscalYear", "planYear"]]);
    expect(messagesOf({ ...ROW, endFiscalYear: "" })).toEqual([["endFiscalYear", "planYear"]]);
    expect(messagesOf({ ...ROW, startFiscalYear: 1999 })).toEqual([["startFiscalYear", "planYear"]]);
    expect(messagesOf({ ...ROW, startFiscalYear: "令和8", endFiscalYear: "令和6" })).toEqual([
      ["endFiscalYear", "planPeriodOrder"],
    ]);
    expect(messagesOf({ ...ROW, licenceName: "CC BY 4.0", licenceUrl: "javascript:alert(1)" })).toEqual([
      ["licenceUrl", "licenceUrl"],
    ]);
  });

  it("wants a licence's name and address together", () => {
    expect(messagesOf({ ...ROW, licenceName: "CC0" })).toEqual([["licenceUrl", "licenceUrl"]]);
    expect(messagesOf({ ...ROW, licenceUrl: "https://creativecommons.org/publicdomain/zero/1.0/" })).toEqual([
      ["licenceName", "required"],
    ]);
  });
});
