import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { ITEMS_TAG } from "./cache-tags.ts";

export interface ItemFacets {
  areas: { name: string; directions: string[] }[];
  /** 小分類 labels the source uses that are not among the vision's directions */
  otherDirections: string[];
  bureaus: { code: string; name: string; sections: string[] }[];
  classifications: string[];
}

async function loadFacets(): Promise<ItemFacets> {
  const db = await getDb();
  const [areas, bureaus, classifications, unmatched] = await Promise.all([
    db.reformArea.findMany({
      orderBy: { sortOrder: "asc" },
      include: { directions: { orderBy: { sortOrder: "asc" } } },
    }),
    db.bureau.findMany({ orderBy: { sortOrder: "asc" }, include: { sections: { orderBy: { sortOrder: "asc" } } } }),
    db.classification.findMany({ orderBy: { sortOrder: "asc" } }),
    db.planItem.findMany({
      where: { directionId: null, directionLabel: { not: "" } },
      distinct: ["directionLabel"],
      select: { directionLabel: true },
    }),
  ]);
  return {
    areas: areas.map((a) => ({ name: a.name, directions: a.directions.map((d) => d.name) })),
    otherDirections: unmatched.map((u) => u.directionLabel).sort(),
    bureaus: bureaus.map((b) => ({ code: b.code, name: b.name, sections: b.sections.map((s) => s.name) })),
    classifications: classifications.map((c) => c.name),
  };
}

export const listFacets = cached(loadFacets, ["item-facets-v1"], [ITEMS_TAG]);
