import { z } from "zod";

/** The message key a refused 全国地方公共団体コード carries, for the form's or importer's catalog. */
export const MUNICIPALITY_CODE_ERROR = "municipalityCode";

const WEIGHTS = [6, 5, 4, 3, 2] as const;

/**
 * Whether `code` is a 全国地方公共団体コード as written in open data: six ASCII digits, the last the
 * check digit of the first five (総務省: weights 6–2, the ones digit of 11 − the remainder by 11).
 */
export function isMunicipalityCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(code[i]), 0);
  return Number(code[5]) === (11 - (sum % 11)) % 10;
}

/**
 * A code as people and spreadsheets type it, before the check: full-width digits and surrounding
 * spaces; a numeric cell has lost its leading zero (北海道's 01…), which the check digit still guards.
 */
function codeInput(input: unknown): unknown {
  if (typeof input === "number") return Number.isInteger(input) && input >= 0 ? String(input).padStart(6, "0") : input;
  if (typeof input !== "string") return input;
  return input.trim().replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

/** A 全国地方公共団体コード as entered, normalised to six ASCII digits; anything else is refused with one key. */
export const municipalityCodeSchema = z.preprocess(
  codeInput,
  z.string({ error: MUNICIPALITY_CODE_ERROR }).refine(isMunicipalityCode, { error: MUNICIPALITY_CODE_ERROR }),
);
