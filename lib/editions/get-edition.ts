import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { EDITIONS_TAG } from "./cache-tags.ts";
import { loadEdition } from "./load-editions.ts";

/** One edition by period key (null when there is none); an edition never changes, a new one expires the tag. */
export const getEdition = cached(
  async (key: string) => loadEdition(await getDb(), key),
  ["edition-v1"],
  [EDITIONS_TAG],
);
