import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "../db/client.ts";
import { EDITIONS_TAG } from "./cache-tags.ts";
import { loadEdition } from "./load-editions.ts";

/** One edition by period key (null when there is none); an edition never changes, a new one expires the tag. */
export const getEdition = unstable_cache(async (key: string) => loadEdition(await getDb(), key), ["edition-v1"], { tags: [EDITIONS_TAG] });
