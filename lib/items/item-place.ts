import type { ItemSummary } from "./types.ts";

/** The relations that place an item in the organisation and the plan. */
export const ITEM_PLACE_INCLUDE = {
  bureau: true,
  section: true,
  area: true,
  direction: true,
  classification: true,
} as const;

type Named = { name: string } | null;

interface PlacedRow {
  bureau: ItemSummary["bureau"];
  section: Named;
  area: Named;
  direction: Named;
  classification: Named;
}

/** An item's place by name, as the public lists and the roll-ups show it. */
export function itemPlace(
  row: PlacedRow,
): Pick<ItemSummary, "bureau" | "section" | "area" | "direction" | "classification"> {
  return {
    bureau: { code: row.bureau.code, name: row.bureau.name, sourceName: row.bureau.sourceName },
    section: row.section?.name ?? null,
    area: row.area?.name ?? null,
    direction: row.direction?.name ?? null,
    classification: row.classification?.name ?? null,
  };
}
