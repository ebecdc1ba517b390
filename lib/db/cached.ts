import "server-only";
import { unstable_cache } from "next/cache";
import { getDatabaseInstance } from "./runtime.ts";

/**
 * Next's data cache, tagged so that a change expires what it made stale (pages
 * prerendered from it included). The cache lives with the build, not with the
 * database, so entries are keyed by the database they were read from: what
 * `next build` read from its throw-away copy of the source, or what a server
 * read from another database, is never served.
 *
 * A change expires the tags in the process that made it, at once. Another instance on the
 * same database does not hear of it: every entry is read again after CROSS_INSTANCE_SECONDS,
 * which bounds how long that instance (and every page rendered from the cache) lags.
 */
export const CROSS_INSTANCE_SECONDS = 10;

export function cached<A extends unknown[], R>(
  load: (...args: A) => Promise<R>,
  keyParts: string[],
  tags: string[],
): (...args: A) => Promise<R> {
  return async (...args: A) =>
    unstable_cache(load, [...keyParts, await getDatabaseInstance()], { tags, revalidate: CROSS_INSTANCE_SECONDS })(
      ...args,
    );
}
