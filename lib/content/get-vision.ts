import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { CONTENT_TAG } from "../items/cache-tags.ts";

export interface Vision {
  blocks: Record<string, { heading: string; body: unknown }>;
  /** The vision document's name and its 目指す姿, when the plan source has one (a plan file has none). */
  statement: { name: string; goal: string } | null;
  areas: { name: string; intro: string[]; directions: { name: string; policy: string[]; mainActions: string[] }[] }[];
}

async function loadVision(): Promise<Vision> {
  const db = await getDb();
  const [blocks, areas] = await Promise.all([
    db.contentBlock.findMany({ where: { key: { startsWith: "vision." } }, orderBy: { sortOrder: "asc" } }),
    db.reformArea.findMany({
      orderBy: { sortOrder: "asc" },
      include: { directions: { orderBy: { sortOrder: "asc" } } },
    }),
  ]);
  const title = blocks.find((b) => b.key === "vision.title");
  const goal = (title?.body as string[] | undefined)?.[0];
  return {
    blocks: Object.fromEntries(blocks.map((b) => [b.key, { heading: b.heading, body: b.body }])),
    statement: title && goal ? { name: title.heading, goal } : null,
    areas: areas.map((a) => ({
      name: a.name,
      intro: a.intro as string[],
      directions: a.directions.map((d) => ({
        name: d.name,
        policy: d.policy as string[],
        mainActions: d.mainActions as string[],
      })),
    })),
  };
}

/** The vision's text and its areas with their directions (its 成果指標: lib/indicators/item-kpis.ts). */
export const getVision = cached(loadVision, ["vision-v3"], [CONTENT_TAG]);
