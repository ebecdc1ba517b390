import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { Db } from "../db/create-client.ts";

/** Sign-in attempts allowed per minute, per account and per address. */
export const ATTEMPTS_PER_ACCOUNT = 5;
export const ATTEMPTS_PER_ADDRESS = 20;
/** Consecutive failures that lock an account, and for how long. */
export const LOCKOUT_AFTER = 10;
export const LOCKOUT_MS = 15 * 60 * 1000;

const limiters = new WeakMap<Db, { account: RateLimiterPrisma; address: RateLimiterPrisma }>();

/** Limiters stored in the database, so the limits hold across instances. */
export function signInLimiters(db: Db) {
  let pair = limiters.get(db);
  if (!pair) {
    const common = { storeClient: db, tableName: "rateLimiterFlexible", duration: 60, clearExpiredByTimeout: false };
    pair = {
      account: new RateLimiterPrisma({ ...common, keyPrefix: "signin-account", points: ATTEMPTS_PER_ACCOUNT }),
      address: new RateLimiterPrisma({ ...common, keyPrefix: "signin-address", points: ATTEMPTS_PER_ADDRESS }),
    };
    limiters.set(db, pair);
  }
  return pair;
}
