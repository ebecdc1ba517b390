import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { ITEMS_TAG, itemTag } from "../items/cache-tags.ts";
import { type PublishedOpinion, readPublishedOpinions } from "./opinions.ts";

/**
 * Published council opinions with the city's answers, for the public pages: one item's
 * (revalidated with that item) or all of them (revalidated with any item change).
 */
export function listPublishedOpinions(options: { itemNumber?: number } = {}): Promise<PublishedOpinion[]> {
  const { itemNumber } = options;
  return cached(
    async () => readPublishedOpinions(await getDb(), { itemNumber }),
    ["published-opinions-v1", itemNumber === undefined ? "all" : String(itemNumber)],
    itemNumber === undefined ? [ITEMS_TAG] : [ITEMS_TAG, itemTag(itemNumber)],
  )();
}

export type { PublishedOpinion };
