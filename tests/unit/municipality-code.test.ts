import { describe, expect, it } from "vitest";
import { isMunicipalityCode, MUNICIPALITY_CODE_ERROR, municipalityCodeSchema } from "../../lib/municipality/code.ts";

// Real codes from 総務省's list, chosen for the check digit's edge cases.
const REAL = [
  ["402052", "飯塚市"],
  ["131016", "千代田区"],
  ["110001", "埼玉県 (remainder 0: check digit 1)"],
  ["200000", "長野県 (remainder 1: check digit 0)"],
  ["011002", "札幌市 (leading zero)"],
  ["472018", "那覇市"],
] as const;

describe("isMunicipalityCode", () => {
  it.each(REAL)("accepts %s (%s)", (code) => {
    expect(isMunicipalityCode(code)).toBe(true);
  });

  it.each([
    ["402051", "wrong check digit"],
    ["402053", "wrong check digit"],
    ["110000", "remainder 0 with check digit 0"],
    ["200001", "remainder 1 with check digit 1"],
    ["131061", "digits swapped"],
    ["40205", "five digits (the code without its check digit)"],
    ["4020520", "seven digits"],
    ["４０２０５２", "full-width digits are for the schema to fold, not valid as written"],
    [" 402052", "surrounding space"],
    ["40205a", "a letter"],
    ["", "empty"],
  ])("refuses %j (%s)", (code) => {
    expect(isMunicipalityCode(code)).toBe(false);
  });
});

describe("municipalityCodeSchema", () => {
  it.each([
    ["402052", "402052"],
    ["４０２０５２", "402052"],
    [" 402052\t", "402052"],
    ["　０１１００２　", "011002"],
    [402052, "402052"],
    // A numeric spreadsheet cell drops 北海道's leading zero.
    [11002, "011002"],
  ])("reads %j as %j", (input, code) => {
    expect(municipalityCodeSchema.parse(input)).toBe(code);
  });

  it.each([["402051"], ["40205"], ["４０２０５１"], [""], [11003], [402052.5], [-402052], [null], [undefined]])(
    "refuses %j with the catalog's key",
    (input) => {
      const result = municipalityCodeSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([MUNICIPALITY_CODE_ERROR]);
    },
  );
});
