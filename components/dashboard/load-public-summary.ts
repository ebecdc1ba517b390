import "server-only";
import { periodKey } from "@/lib/periods/period-key";
import { getPublicSummary } from "@/lib/rollup/get-summary";

/**
 * The public roll-ups for a `period` query value ("2025-first_half"), resolved
 * against the cached latest summary's periods so that no request goes past the
 * cache. An unknown key falls back to the latest period and is reported back.
 */
export async function loadPublicSummary(param: string | string[] | undefined) {
  const key = typeof param === "string" && param !== "" ? param : undefined;
  const latest = await getPublicSummary();
  if (!key) return { summary: latest, periodKey: undefined, unknownPeriod: undefined };
  const period = latest.periods.find((p) => periodKey(p) === key);
  if (!period) return { summary: latest, periodKey: undefined, unknownPeriod: key.slice(0, 40) };
  const summary = period.id === latest.period?.id ? latest : await getPublicSummary(period.id);
  return { summary, periodKey: key, unknownPeriod: undefined };
}
