import "server-only";
import { getDb } from "../db/client.ts";
import { ITEMS_TAG } from "../items/cache-tags.ts";
import { periodKey } from "../periods/period-key.ts";
import { loadSummary, loadTrend } from "./summary.ts";
import { cached } from "../db/cached.ts";

/**
 * Public roll-ups, computed once per period and kept until a publication, an
 * item edit or a period change expires the items tag.
 */
export const getPublicSummary = cached(async (periodId?: number) => loadSummary(await getDb(), { periodId }), ["public-summary-v1"], [ITEMS_TAG]);

export const getPublicTrend = cached(async () => loadTrend(await getDb()), ["public-trend-v1"], [ITEMS_TAG]);

/** The council's and secretariat's view, approved reports included: never cached, it changes with every review. */
export async function getInternalSummary(periodId?: number) {
  return loadSummary(await getDb(), { periodId, internal: true });
}

export async function getInternalTrend() {
  return loadTrend(await getDb(), { internal: true });
}

/**
 * Resolves a period key from a URL ("2025-first_half") against the cached
 * summary's periods, so that no request reads past the cache; undefined =
 * latest, null = no such period.
 */
export async function resolvePeriodKey(key: string | undefined): Promise<number | undefined | null> {
  if (key === undefined || key === "") return undefined;
  const { periods } = await getPublicSummary();
  return periods.find((p) => periodKey(p) === key)?.id ?? null;
}
