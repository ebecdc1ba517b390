import "server-only";
import { unstable_cache } from "next/cache";
import { isBuilding } from "./runtime.ts";

/**
 * Next's data cache, tagged so that a change expires what it made stale — except
 * while `next build` runs: the build reads a throw-away copy of the source, and
 * what it cached would outlive it into the running server (no periods, no reports).
 */
export function cached<A extends unknown[], R>(load: (...args: A) => Promise<R>, keyParts: string[], tags: string[]): (...args: A) => Promise<R> {
  return isBuilding() ? load : unstable_cache(load, keyParts, { tags });
}
