import { ServiceError } from "@/lib/auth/errors";
import { openDataError, openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { openDataJsonConditional } from "@/lib/opendata/respond";
import { toOpenDataSummary } from "@/lib/opendata/summary";
import { getPublicSummary, resolvePeriodKey } from "@/lib/rollup/get-summary";

/** GET /api/v1/summary?period=2025-first_half — roll-ups of the published state; the latest period when omitted. */
export const GET = openDataRoute(async (request: Request) => {
  const periodId = await resolvePeriodKey(new URL(request.url).searchParams.get("period") ?? undefined);
  if (periodId === null) {
    return openDataError(
      new ServiceError("not_found"),
      "指定された報告期間はありません。period=<年度>-<first_half|year_end>（例: 2025-first_half）で指定してください。",
    );
  }
  return openDataJsonConditional(request, toOpenDataSummary(await getPublicSummary(periodId)));
});

export const OPTIONS = openDataPreflight;
