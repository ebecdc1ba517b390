import "server-only";
import { unstable_cache } from "next/cache";
import { getDb } from "../db/client.ts";
import { EDITIONS_TAG } from "./cache-tags.ts";
import { loadEditionList } from "./load-editions.ts";

/** The frozen editions, newest first; kept until a period closes and expires the editions tag. */
export const listEditions = unstable_cache(async () => loadEditionList(await getDb()), ["editions-v1"], { tags: [EDITIONS_TAG] });
