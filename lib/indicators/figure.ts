/**
 * A figure as people type it: full-width digits, thousands separators and
 * spaces are fine (NFKC); "" means no figure (null). Anything else is returned
 * unchanged for the schema to refuse. Pure, so forms and services share it.
 */
export function parseFigure(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const folded = value.normalize("NFKC").replace(/[,\s]/g, "");
  return folded === "" ? null : Number.isFinite(Number(folded)) ? Number(folded) : folded;
}

/** A number as the portal shows it: Japanese digit grouping, at most 2 decimals ("1,234.5"). */
export function formatFigure(value: number, locale = "ja-JP"): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}
