import "server-only";
import { getDb } from "../db/client.ts";
import { CONTENT_TAG } from "../items/cache-tags.ts";
import { cached } from "../db/cached.ts";

export interface Vision {
  blocks: Record<string, { heading: string; body: unknown }>;
  areas: { name: string; intro: string[]; directions: { name: string; policy: string[]; mainActions: string[] }[] }[];
  indicators: { name: string; description: string; unit: string; baselineValue: number | null; baselineYear: number | null; targetText: string; sourceText: string | null }[];
}

async function loadVision(): Promise<Vision> {
  const db = await getDb();
  const [blocks, areas, indicators] = await Promise.all([
    db.contentBlock.findMany({ where: { key: { startsWith: "vision." } }, orderBy: { sortOrder: "asc" } }),
    db.reformArea.findMany({ orderBy: { sortOrder: "asc" }, include: { directions: { orderBy: { sortOrder: "asc" } } } }),
    db.indicator.findMany({ where: { scope: "vision" }, orderBy: { sortOrder: "asc" } }),
  ]);
  return {
    blocks: Object.fromEntries(blocks.map((b) => [b.key, { heading: b.heading, body: b.body }])),
    areas: areas.map((a) => ({
      name: a.name,
      intro: a.intro as string[],
      directions: a.directions.map((d) => ({ name: d.name, policy: d.policy as string[], mainActions: d.mainActions as string[] })),
    })),
    indicators: indicators.map((i) => ({
      name: i.name,
      description: i.description,
      unit: i.unit,
      baselineValue: i.baselineValue,
      baselineYear: i.baselineYear,
      targetText: i.targetText,
      sourceText: i.sourceText,
    })),
  };
}

/** The vision's text, areas with directions, and its 成果指標. */
export const getVision = cached(loadVision, ["vision-v1"], [CONTENT_TAG]);
