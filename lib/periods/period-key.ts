import type { PeriodTerm } from "../generated/prisma/enums.ts";
import { TERM_TERMS } from "../reports/vocabulary.ts";
import { formatFiscalYearShort } from "../wareki.ts";

/**
 * A period's public name in URLs and the API: `2025-first_half`, `2025-year_end`
 * (fiscal year, term). Readable, stable, and independent of database ids.
 */
export function periodKey(period: { fiscalYear: number; term: PeriodTerm }): string {
  return `${period.fiscalYear}-${period.term}`;
}

export function parsePeriodKey(key: string): { fiscalYear: number; term: PeriodTerm } | null {
  const match = /^(\d{4})-(first_half|year_end)$/.exec(key);
  return match ? { fiscalYear: Number(match[1]), term: match[2] as PeriodTerm } : null;
}

/** "令和7年度 上半期": the period as the plan's documents name it (open data, print). */
export function periodLabel(period: { fiscalYear: number; term: PeriodTerm }): string {
  return `${formatFiscalYearShort(period.fiscalYear)} ${TERM_TERMS[period.term]}`;
}
