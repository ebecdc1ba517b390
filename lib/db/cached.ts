import "server-only";
import { unstable_cache } from "next/cache";
import { isBuilding } from "./runtime.ts";

/**
 * Next's data cache, tagged so that a change expires what it made stale (pages
 * prerendered from it included). What `next build` caches comes from a
 * throw-away copy of the source (no periods, no reports), so it is kept under
 * keys of its own that the running server never reads.
 */
export function cached<A extends unknown[], R>(load: (...args: A) => Promise<R>, keyParts: string[], tags: string[]): (...args: A) => Promise<R> {
  return unstable_cache(load, isBuilding() ? [...keyParts, "build"] : keyParts, { tags });
}
