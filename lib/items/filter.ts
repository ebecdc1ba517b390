import { z } from "zod";
import { foldText } from "../importer/canonical.ts";
import { STATUS_KEYS } from "../reports/vocabulary.ts";
import type { ItemSummary } from "./types.ts";

const optionalText = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 100) || undefined);

/** The /items filters as they appear in the URL; unknown values simply match nothing. */
export const itemFilterSchema = z.object({
  q: optionalText,
  area: optionalText,
  direction: optionalText,
  bureau: optionalText,
  section: optionalText,
  classification: optionalText,
  status: optionalText.pipe(z.enum(STATUS_KEYS).optional().catch(undefined)),
});

export type ItemFilter = z.output<typeof itemFilterSchema>;

export function parseItemFilter(params: Record<string, string | string[] | undefined>): ItemFilter {
  const parsed = itemFilterSchema.safeParse(params);
  return parsed.success ? parsed.data : itemFilterSchema.parse({});
}

/** Search terms split on spaces; every term must occur (folded width and case). */
function searchTerms(q: string | undefined): string[] {
  return (q ?? "").normalize("NFKC").split(/\s+/).map(foldText).filter(Boolean);
}

export function filterItems(items: ItemSummary[], filter: ItemFilter): ItemSummary[] {
  const terms = searchTerms(filter.q);
  return items.filter((item) => {
    if (filter.area && item.area !== filter.area && item.areaLabel !== filter.area) return false;
    if (filter.direction && item.direction !== filter.direction && item.directionLabel !== filter.direction)
      return false;
    if (filter.bureau && item.bureau.code !== filter.bureau) return false;
    if (filter.section && item.section !== filter.section) return false;
    if (filter.classification && item.classification !== filter.classification) return false;
    if (filter.status && item.status !== filter.status) return false;
    if (terms.length > 0) {
      const haystack = foldText([item.title, item.purpose, item.content, item.target].join(" "));
      if (!terms.every((term) => haystack.includes(term))) return false;
    }
    return true;
  });
}

/** Whether any filter is set, for the "clear filters" link and the result heading. */
export function hasFilter(filter: ItemFilter): boolean {
  return Object.values(filter).some((value) => value !== undefined);
}

/** The query string that reproduces a filter (stable key order, empty values dropped). */
export function filterToQuery(filter: ItemFilter): string {
  const params = new URLSearchParams();
  for (const key of ["q", "area", "direction", "bureau", "section", "classification", "status"] as const) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}
