import "server-only";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import { EDITIONS_TAG } from "./cache-tags.ts";
import { loadEditionList } from "./load-editions.ts";

/** The frozen editions, newest first; kept until a period closes and expires the editions tag. */
export const listEditions = cached(async () => loadEditionList(await getDb()), ["editions-v1"], [EDITIONS_TAG]);
