import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { purgeExpiredOccasionally } from "../auth/limit-store.ts";
import { UNKNOWN_ADDRESS } from "../auth/throttle.ts";
import type { Db } from "../db/create-client.ts";

/** Voices one address may send in an hour, on any items. */
export const VOICES_PER_ADDRESS_PER_HOUR = 5;
/** Voices one item may receive in an hour, from all addresses: a flood on one item stops there. */
export const VOICES_PER_ITEM_PER_HOUR = 30;

const HOUR_S = 3600;

interface Limiters {
  address: RateLimiterPrisma;
  item: RateLimiterPrisma;
}

const limiters = new WeakMap<Db, Limiters>();

/** Counters kept in the database, so the limits hold across instances (expired rows: limit-store). */
function voiceLimiters(db: Db): Limiters {
  let found = limiters.get(db);
  if (!found) {
    const common = {
      storeClient: db,
      tableName: "rateLimiterFlexible",
      clearExpiredByTimeout: false,
      duration: HOUR_S,
    };
    found = {
      address: new RateLimiterPrisma({ ...common, keyPrefix: "voice-address", points: VOICES_PER_ADDRESS_PER_HOUR }),
      item: new RateLimiterPrisma({ ...common, keyPrefix: "voice-item", points: VOICES_PER_ITEM_PER_HOUR }),
    };
    limiters.set(db, found);
  }
  return found;
}

/**
 * Counts one voice from `address` (null: unknown, shared by every such sender) on an item. Returns
 * whether it may be received; a refused one is not counted, so waiting always ends the refusal.
 */
export async function takeVoiceSlot(db: Db, address: string | null, itemId: number): Promise<boolean> {
  const { address: byAddress, item: byItem } = voiceLimiters(db);
  const addressKey = address ?? UNKNOWN_ADDRESS;
  await purgeExpiredOccasionally(db);
  try {
    await byAddress.consume(addressKey);
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return false;
    throw refusal;
  }
  try {
    await byItem.consume(String(itemId));
    return true;
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    await byAddress.reward(addressKey);
    return false;
  }
}
