import { parseFiscalYear } from "../wareki.ts";

/**
 * A zod preprocess for a year typed into a form (「2025」「令和7」「R7」「令和7年度」, full width too):
 * the Gregorian year, null when empty, NaN when it is no year — so the schema's number check
 * refuses it with the field's own message instead of guessing.
 */
export function fiscalYearInput(input: unknown): unknown {
  if (typeof input !== "string") return input;
  if (input.trim() === "") return null;
  return parseFiscalYear(input) ?? Number.NaN;
}
