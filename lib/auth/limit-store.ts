import type { Db } from "../db/create-client.ts";

/**
 * The RateLimiterFlexible table holds the sign-in limiters' counters and the
 * markers that bound anonymous audit records. Every row has an expiry; expired
 * rows are deleted here, at most once per interval per process, from the paths
 * that add rows — so the table cannot grow without bound on the embedded
 * database, where nothing else would ever clear it.
 */
export const PURGE_EVERY_MS = 5 * 60 * 1000;

const lastPurge = new WeakMap<Db, number>();

/** Deletes expired rows when the last purge on this database is older than PURGE_EVERY_MS. */
export async function purgeExpiredOccasionally(db: Db): Promise<void> {
  const now = Date.now();
  if (now - (lastPurge.get(db) ?? 0) < PURGE_EVERY_MS) return;
  lastPurge.set(db, now);
  await db.rateLimiterFlexible.deleteMany({ where: { expire: { lt: new Date(now) } } });
}

/**
 * Claims `key` until `until`: true for the first caller in that window, false
 * for every later one until the window ends. A key that is still claimed costs
 * only a read, so repeated refusals write nothing.
 */
export async function claimWindow(db: Db, key: string, until: Date): Promise<boolean> {
  const now = new Date();
  const held = await db.rateLimiterFlexible.findUnique({ where: { key } });
  if (held && (held.expire === null || held.expire > now)) return false;
  await purgeExpiredOccasionally(db);
  const [, created] = await db.$transaction([
    db.rateLimiterFlexible.deleteMany({ where: { key, expire: { lte: now } } }),
    db.rateLimiterFlexible.createMany({ data: [{ key, points: 1, expire: until }], skipDuplicates: true }),
  ]);
  return created.count === 1;
}
