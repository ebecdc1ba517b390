import { openDataJson, openDataPreflight } from "@/lib/opendata/http";
import { toOpenDataSummary } from "@/lib/opendata/summary";
import { getPublicSummary, resolvePeriodKey } from "@/lib/rollup/get-summary";

/** GET /api/v1/summary?period=2025-first_half — roll-ups of the published state; the latest period when omitted. */
export async function GET(request: Request) {
  const periodId = await resolvePeriodKey(new URL(request.url).searchParams.get("period") ?? undefined);
  if (periodId === null) return openDataJson({ error: "period not found", hint: "period=<fiscal year>-<first_half|year_end>, e.g. 2025-first_half" }, 404);
  return openDataJson(toOpenDataSummary(await getPublicSummary(periodId)));
}

export const OPTIONS = openDataPreflight;
