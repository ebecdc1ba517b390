import type { ItemField, ListingId, SourceArea, SourceItemRow } from "./source-types.ts";
import { ITEM_FIELDS } from "./source-types.ts";

/**
 * Folds what a reader does not see as a difference: full/half-width forms
 * (NFKC) and whitespace. Used for comparing and searching, never for storing.
 */
export function foldText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
}

/**
 * Folds a category label (大分類, 小分類, 分類, a section's name) for matching it
 * against the plan's own list: foldText, and punctuation and symbols dropped too,
 * because a source writes 「人(職員)の改革」, 「人【職員】の改革」 or 「情報･デジタル化」
 * for the same category, while no two categories differ only in their brackets or
 * dots. A label of nothing but punctuation keeps it, so that it still matches nothing else.
 */
export function foldLabel(text: string): string {
  const folded = foldText(text);
  return folded.replace(/[\p{P}\p{S}]/gu, "") || folded;
}

export interface FieldChoice {
  field: ItemField;
  byClassification: string;
  byNumber: string;
  canonical: ListingId;
  /** how the two variants relate */
  relation: "equal" | "width" | "wording" | "one_empty" | "both_empty";
}

/**
 * The canonical-text rule (documented in the README):
 * 1. a non-empty variant wins over an empty one;
 * 2. variants that differ only in width or spacing → the by-number listing;
 * 3. variants that differ in wording → the longer one after folding, because the
 *    source's slips drop characters (「うち割」 for 「うち2割」); ties → by-number.
 * The by-number listing is preferred on ties because it is the fuller table
 * (it alone carries 大分類/小分類).
 */
export function chooseCanonical(field: ItemField, a: string, b: string): FieldChoice {
  const base = { field, byClassification: a, byNumber: b };
  if (a === b) return { ...base, canonical: "byNumber", relation: a === "" ? "both_empty" : "equal" };
  if (a === "" || b === "")
    return { ...base, canonical: a === "" ? "byNumber" : "byClassification", relation: "one_empty" };
  const fa = foldText(a);
  const fb = foldText(b);
  if (fa === fb) return { ...base, canonical: "byNumber", relation: "width" };
  return { ...base, canonical: fa.length > fb.length ? "byClassification" : "byNumber", relation: "wording" };
}

export interface FindingDraft {
  key: string;
  kind: "listing_mismatch" | "width_mismatch" | "empty_field" | "missing_category" | "nonstandard_category";
  itemNumber: number | null;
  field: string | null;
  detail: Record<string, unknown>;
}

export interface CanonicalItem {
  number: number;
  fields: Record<ItemField, string>;
  choices: FieldChoice[];
  classification: string;
  areaLabel: string;
  directionLabel: string;
  /** vision area / direction names the labels resolve to after folding width and punctuation (foldLabel), or null */
  areaName: string | null;
  directionName: string | null;
  findings: FindingDraft[];
}

const LISTING_LABEL: Record<ListingId, string> = {
  byClassification: "プラン取組項目分類別一覧",
  byNumber: "番号順一覧",
};

/** Merges the two listings into one canonical record per item, with every finding. */
export function reconcileItems(rows: SourceItemRow[], areas: SourceArea[]): CanonicalItem[] {
  const byNumber = new Map<number, { a?: SourceItemRow; b?: SourceItemRow }>();
  for (const row of rows) {
    const entry = byNumber.get(row.number) ?? {};
    if (row.listing === "byClassification") entry.a = row;
    else entry.b = row;
    byNumber.set(row.number, entry);
  }
  const areaByFold = new Map(areas.map((area) => [foldLabel(area.name), area.name]));
  const directionByFold = new Map(
    areas.flatMap((area) =>
      area.directions.map((d) => [foldLabel(d.name), { area: area.name, name: d.name }] as const),
    ),
  );

  return [...byNumber.entries()]
    .sort(([x], [y]) => x - y)
    .map(([number, { a, b }]) => {
      const findings: FindingDraft[] = [];
      const choices = ITEM_FIELDS.map((field) => chooseCanonical(field, a?.[field] ?? "", b?.[field] ?? ""));
      const fields = Object.fromEntries(
        choices.map((c) => [c.field, c.canonical === "byNumber" ? c.byNumber : c.byClassification]),
      ) as Record<ItemField, string>;

      for (const c of choices) {
        const variants = { [LISTING_LABEL.byClassification]: c.byClassification, [LISTING_LABEL.byNumber]: c.byNumber };
        if (c.relation === "width" || c.relation === "wording") {
          findings.push({
            key: `${c.relation === "width" ? "width" : "mismatch"}:${number}:${c.field}`,
            kind: c.relation === "width" ? "width_mismatch" : "listing_mismatch",
            itemNumber: number,
            field: c.field,
            detail: { variants, canonical: LISTING_LABEL[c.canonical] },
          });
        } else if (c.relation === "one_empty" || c.relation === "both_empty") {
          const emptyIn =
            c.relation === "both_empty"
              ? [LISTING_LABEL.byClassification, LISTING_LABEL.byNumber]
              : [LISTING_LABEL[c.byClassification === "" ? "byClassification" : "byNumber"]];
          findings.push({
            key: `empty:${number}:${c.field}`,
            kind: "empty_field",
            itemNumber: number,
            field: c.field,
            detail: { emptyIn, variants },
          });
        }
      }

      const classification = a?.classification ?? "";
      const areaLabel = b?.area ?? "";
      const directionLabel = b?.direction ?? "";
      if (classification === "") {
        findings.push({
          key: `category:${number}:classification`,
          kind: "missing_category",
          itemNumber: number,
          field: "classification",
          detail: { listing: LISTING_LABEL.byClassification },
        });
      }
      if (areaLabel === "" || directionLabel === "") {
        findings.push({
          key: `category:${number}:area`,
          kind: "missing_category",
          itemNumber: number,
          field: "area",
          detail: { listing: LISTING_LABEL.byNumber, area: areaLabel, direction: directionLabel },
        });
      }
      // Matched after folding width and punctuation; the label is kept as written, and a finding says it differs.
      const areaName = areaLabel === "" ? null : (areaByFold.get(foldLabel(areaLabel)) ?? null);
      const direction = directionLabel === "" ? null : (directionByFold.get(foldLabel(directionLabel)) ?? null);
      if (areaLabel !== "" && areaName !== areaLabel) {
        findings.push({
          key: `nonstandard:${number}:area`,
          kind: "nonstandard_category",
          itemNumber: number,
          field: "area",
          detail: { value: areaLabel, matches: areaName },
        });
      }
      if (directionLabel !== "" && direction?.name !== directionLabel) {
        findings.push({
          key: `nonstandard:${number}:direction`,
          kind: "nonstandard_category",
          itemNumber: number,
          field: "direction",
          detail: { value: directionLabel, matches: direction?.name ?? null },
        });
      }
      if (direction && areaName && direction.area !== areaName) {
        findings.push({
          key: `nonstandard:${number}:area-direction`,
          kind: "nonstandard_category",
          itemNumber: number,
          field: "direction",
          detail: { area: areaLabel, direction: directionLabel, directionBelongsTo: direction.area },
        });
      }
      for (const [listing, row] of [
        ["byClassification", a],
        ["byNumber", b],
      ] as const) {
        if (!row)
          findings.push({
            key: `missing:${number}:${listing}`,
            kind: "empty_field",
            itemNumber: number,
            field: null,
            detail: { missingFrom: LISTING_LABEL[listing] },
          });
      }

      return {
        number,
        fields,
        choices,
        classification,
        areaLabel,
        directionLabel,
        areaName,
        directionName: direction && (!areaName || direction.area === areaName) ? direction.name : null,
        findings,
      };
    });
}
