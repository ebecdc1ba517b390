import "server-only";
import { getPublicSummary, resolvePeriodKey } from "@/lib/rollup/get-summary";

/**
 * The public roll-ups for a `period` query value ("2025-first_half"), resolved
 * against the cached latest summary's periods so that no request goes past the
 * cache. An unknown key falls back to the latest period and is reported back.
 */
export async function loadPublicSummary(param: string | string[] | undefined) {
  const key = typeof param === "string" && param !== "" ? param : undefined;
  const [latest, periodId] = await Promise.all([getPublicSummary(), resolvePeriodKey(key)]);
  if (periodId === undefined) return { summary: latest, periodKey: undefined, unknownPeriod: undefined };
  if (periodId === null) return { summary: latest, periodKey: undefined, unknownPeriod: key!.slice(0, 40) };
  const summary = periodId === latest.period?.id ? latest : await getPublicSummary(periodId);
  return { summary, periodKey: key, unknownPeriod: undefined };
}
