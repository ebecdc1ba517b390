import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import { cached } from "../db/cached.ts";
import { type Db, getDb } from "../db/client.ts";
import { ITEMS_TAG } from "../items/cache-tags.ts";
import { periodKey } from "../periods/period-key.ts";
import { listReportablePeriods, type PeriodRef } from "./item-states.ts";
import { loadSummary, loadTrend, type TrendPoint } from "./summary.ts";

/**
 * Public roll-ups, computed once per period and kept until a publication, an
 * item edit or a period change expires the items tag.
 */
export const getPublicSummary = cached(
  async (periodId?: number) => loadSummary(await getDb(), { periodId }),
  ["public-summary-v2"],
  [ITEMS_TAG],
);

export const getPublicTrend = cached(async () => loadTrend(await getDb()), ["public-trend-v1"], [ITEMS_TAG]);

const readInternal = (db: Db, ctx: RequestContext) =>
  authorizeRead(db, ctx, can(ctx.actor, "report.read_internal"), {
    action: "report.read_internal",
    entityType: "ProgressReport",
  });

/**
 * The council's and secretariat's view, approved reports included: never cached, it changes with every review.
 * `periodId` as resolvePeriodKey gives it: undefined = the latest period, null = no such period (not_found).
 */
export async function getInternalSummary(db: Db, ctx: RequestContext, periodId: number | null | undefined) {
  await readInternal(db, ctx);
  if (periodId === null) throw new ServiceError("not_found");
  return loadSummary(db, { periodId, internal: true });
}

export async function getInternalTrend(db: Db, ctx: RequestContext): Promise<TrendPoint[]> {
  await readInternal(db, ctx);
  return loadTrend(db, { internal: true });
}

/** The periods the internal view (and the council report) can be about, oldest first. */
export async function listInternalPeriods(db: Db, ctx: RequestContext): Promise<PeriodRef[]> {
  await readInternal(db, ctx);
  return listReportablePeriods(db);
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
