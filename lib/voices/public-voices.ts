import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { ITEMS_TAG, itemTag } from "../items/cache-tags.ts";
import { type PublishedVoice, readPublishedVoices, readVoiceCounts, type VoiceCounts } from "./voices.ts";

/**
 * Published voices with the city's answers, for the public pages: one item's (expired with that
 * item: a publication expires its tag, lib/cache/changes.ts) or all of them (with any item).
 */
export function listPublishedVoices(options: { itemNumber?: number } = {}): Promise<PublishedVoice[]> {
  const { itemNumber } = options;
  return cached(
    async () => readPublishedVoices(await getDb(), { itemNumber }),
    ["published-voices-v1", itemNumber === undefined ? "all" : String(itemNumber)],
    itemNumber === undefined ? [ITEMS_TAG] : [ITEMS_TAG, itemTag(itemNumber)],
  )();
}

/** The public counts of voices; per item as pairs, since the data cache keeps JSON (a Map would not survive). */
export interface PublicVoiceCounts extends Omit<Awaited<ReturnType<typeof readVoiceCounts>>, "byItem"> {
  byItem: [number, VoiceCounts][];
}

/** Voices received and answered, in all, per section and per item: every voice counts, published or not. */
export const getVoiceCounts = cached(
  async (): Promise<PublicVoiceCounts> => {
    const counts = await readVoiceCounts(await getDb());
    return { ...counts, byItem: [...counts.byItem.entries()] };
  },
  ["voice-counts-v1"],
  [ITEMS_TAG],
);

const NONE: VoiceCounts = { received: 0, answered: 0, medianDaysToAnswer: null };

/** One item's counts (zero when nobody wrote yet). */
export async function getItemVoiceCounts(itemNumber: number): Promise<VoiceCounts> {
  const { byItem } = await getVoiceCounts();
  return byItem.find(([number]) => number === itemNumber)?.[1] ?? NONE;
}

export type { PublishedVoice, VoiceCounts };
