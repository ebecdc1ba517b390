import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import type { Db } from "../db/create-client.ts";
import { purgeExpiredOccasionally } from "./limit-store.ts";

/*
 * Sign-in throttling locks the (account, address) pair, never the account:
 * whoever fails from one address only shuts out that address, so an attacker
 * cannot keep a user out, and the user can always sign in from an address that
 * has not failed. Only failures count, and attempts refused while locked or
 * throttled are not counted, so they never extend a lock. A per-account ceiling
 * stays as a slow backoff against guessing spread over many addresses: while
 * it is in effect, only addresses that have not failed on the account are
 * heard, so each address of a botnet gets one guess instead of
 * PAIR_FAILURES, and the user's own clean address still gets in. One address
 * (the shared "unknown" one included) can add at most PAIR_FAILURES failures
 * per LOCK_MS to an account, well below the ceiling, so it cannot start the
 * backoff alone.
 */

/** Failures in a row from one address on one account that lock that pair, for LOCK_MS. */
export const PAIR_FAILURES = 10;
/** Failures from one address, on any accounts, in a minute that throttle the address, for LOCK_MS. */
export const ADDRESS_FAILURES_PER_MINUTE = 20;
export const LOCK_MS = 15 * 60 * 1000;
/** Failures on one account from all addresses in an hour that start its backoff for the rest of that hour. */
export const ACCOUNT_FAILURES_PER_HOUR = 100;
/** The one address every attempt without a known client address shares. */
export const UNKNOWN_ADDRESS = "unknown";

const LOCK_S = LOCK_MS / 1000;

interface Limiters {
  pair: RateLimiterPrisma;
  address: RateLimiterPrisma;
  account: RateLimiterPrisma;
}

const limiters = new WeakMap<Db, Limiters>();

// The limiters' key prefixes; the library stores a key as `${keyPrefix}:${key}`.
const PAIR_PREFIX = "signin-pair";
const ACCOUNT_PREFIX = "signin-account";
/** The pair limiter's key of an account and an address. */
const pairKeyOf = (email: string, address: string) => JSON.stringify([email, address]);

/** Limiters stored in the database, so the limits hold across instances; expired rows are purged by limit-store. */
function signInLimiters(db: Db): Limiters {
  let found = limiters.get(db);
  if (!found) {
    // The library's own expiry is a timer per limiter; purging from the writing paths needs none.
    const common = { storeClient: db, tableName: "rateLimiterFlexible", clearExpiredByTimeout: false };
    found = {
      pair: new RateLimiterPrisma({ ...common, keyPrefix: PAIR_PREFIX, points: PAIR_FAILURES, duration: LOCK_S }),
      address: new RateLimiterPrisma({
        ...common,
        keyPrefix: "signin-address",
        points: ADDRESS_FAILURES_PER_MINUTE,
        duration: 60,
      }),
      account: new RateLimiterPrisma({
        ...common,
        keyPrefix: ACCOUNT_PREFIX,
        points: ACCOUNT_FAILURES_PER_HOUR,
        duration: 3600,
      }),
    };
    limiters.set(db, found);
  }
  return found;
}

/** Why an attempt is refused without looking at the password, and until when. */
export interface Refusal {
  scope: "pair" | "address" | "account";
  /** the throttled key: one audit record per key and window */
  key: string;
  until: Date;
}

/** An attempt let through: it is counted as a failure until it reports success. */
export interface Attempt {
  failed(): Promise<void>;
  succeeded(): Promise<void>;
}

const reached = (res: RateLimiterRes | null, limit: number) => res !== null && res.consumedPoints >= limit;
const untilOf = (res: RateLimiterRes) => new Date(Date.now() + Math.max(res.msBeforeNext, 0));

/**
 * Starts a sign-in attempt for `email` (null when the input was malformed: only
 * the address counts) from `address`. Refused attempts write nothing. An attempt
 * let through is reserved in the counters first, so parallel guesses cannot
 * slip past a limit while the password is being checked.
 */
export async function beginSignIn(
  db: Db,
  email: string | null,
  address: string,
): Promise<{ refused: Refusal } | { refused: null; attempt: Attempt }> {
  const { pair, address: byAddress, account } = signInLimiters(db);
  const pairKey = email === null ? null : pairKeyOf(email, address);
  const [addressNow, pairNow, accountNow] = await Promise.all([
    byAddress.get(address),
    pairKey === null ? null : pair.get(pairKey),
    email === null ? null : account.get(email),
  ]);
  if (addressNow && reached(addressNow, ADDRESS_FAILURES_PER_MINUTE))
    return { refused: { scope: "address", key: address, until: untilOf(addressNow) } };
  if (pairKey !== null && pairNow && reached(pairNow, PAIR_FAILURES))
    return { refused: { scope: "pair", key: pairKey, until: untilOf(pairNow) } };
  if (
    email !== null &&
    accountNow &&
    reached(accountNow, ACCOUNT_FAILURES_PER_HOUR) &&
    pairNow &&
    pairNow.consumedPoints > 0
  )
    return { refused: { scope: "account", key: email, until: untilOf(accountNow) } };

  const [addressRes, pairRes] = await Promise.all([
    byAddress.penalty(address, 1),
    pairKey === null ? null : pair.penalty(pairKey, 1),
  ]);
  const refund = () => Promise.all([byAddress.reward(address, 1), pairKey === null ? null : pair.reward(pairKey, 1)]);
  // Parallel attempts passed the reads together: those beyond a limit are refused and not counted.
  if (addressRes.consumedPoints > ADDRESS_FAILURES_PER_MINUTE) {
    await refund();
    return { refused: { scope: "address", key: address, until: untilOf(addressRes) } };
  }
  if (pairKey !== null && pairRes && pairRes.consumedPoints > PAIR_FAILURES) {
    await refund();
    return { refused: { scope: "pair", key: pairKey, until: untilOf(pairRes) } };
  }

  return {
    refused: null,
    attempt: {
      async failed() {
        await purgeExpiredOccasionally(db);
        await Promise.all([
          reached(addressRes, ADDRESS_FAILURES_PER_MINUTE) ? byAddress.block(address, LOCK_S) : null,
          pairKey !== null && reached(pairRes, PAIR_FAILURES) ? pair.block(pairKey, LOCK_S) : null,
          email === null ? null : account.penalty(email, 1),
        ]);
      },
      async succeeded() {
        // Successes do not count against the address (an office behind one address signs in at 9:00).
        await Promise.all([pairKey === null ? null : pair.delete(pairKey), byAddress.reward(address, 1)]);
      },
    },
  };
}

/** What sign-in throttling holds against an account now, for the secretariat's list of users. */
export interface SignInRestriction {
  /** addresses whose attempts on the account are refused after PAIR_FAILURES failures */
  lockedAddresses: number;
  /** whether the account's backoff is in effect (only addresses that have not failed are heard) */
  backoff: boolean;
  /** when the last of these ends */
  until: Date;
}

// Rows of one account's pair keys all start with this: the JSON array up to the address's text.
const pairRowPrefix = (email: string) => `${PAIR_PREFIX}:${pairKeyOf(email, "").slice(0, -2)}`;
const accountRow = (email: string) => `${ACCOUNT_PREFIX}:${email}`;

type LimitRows = Pick<Db, "rateLimiterFlexible">;

/** The accounts among `emails` that sign-in throttling restricts now, by e-mail. */
export async function signInRestrictions(
  db: LimitRows,
  emails: readonly string[],
): Promise<Map<string, SignInRestriction>> {
  const rows = await db.rateLimiterFlexible.findMany({
    where: {
      expire: { gt: new Date() },
      OR: [
        { key: { in: emails.map(accountRow) }, points: { gte: ACCOUNT_FAILURES_PER_HOUR } },
        { key: { startsWith: `${PAIR_PREFIX}:` }, points: { gte: PAIR_FAILURES } },
      ],
    },
  });
  const listed = new Set(emails);
  const restrictions = new Map<string, SignInRestriction>();
  for (const row of rows) {
    const isAccount = row.key.startsWith(`${ACCOUNT_PREFIX}:`);
    const email = isAccount
      ? row.key.slice(ACCOUNT_PREFIX.length + 1)
      : (JSON.parse(row.key.slice(PAIR_PREFIX.length + 1)) as [string, string])[0];
    if (!listed.has(email)) continue;
    const until = row.expire?.getTime() ?? 0;
    const found = restrictions.get(email);
    restrictions.set(email, {
      lockedAddresses: (found?.lockedAddresses ?? 0) + (isAccount ? 0 : 1),
      backoff: (found?.backoff ?? false) || isAccount,
      until: new Date(Math.max(until, found?.until.getTime() ?? 0)),
    });
  }
  return restrictions;
}

/** Lifts every sign-in restriction of an account (the secretariat re-enabling it or setting its password). */
export async function clearSignInRestrictions(db: LimitRows, email: string): Promise<void> {
  await db.rateLimiterFlexible.deleteMany({
    where: { OR: [{ key: accountRow(email) }, { key: { startsWith: pairRowPrefix(email) } }] },
  });
}
