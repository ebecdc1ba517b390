import { ServiceError } from "@/lib/auth/errors";
import { filterItems, filterProblemMessage, readItemFilter } from "@/lib/items/filter";
import { listItems, listReportText } from "@/lib/items/list-items";
import { openDataError, openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { toOpenDataItem } from "@/lib/opendata/items";
import { openDataJsonConditional } from "@/lib/opendata/respond";

/** GET /api/v1/items?q=税務課&status=実施中 — the items the /items page's filters select (all without any), in number order. */
export const GET = openDataRoute(async (request: Request) => {
  const { filter, problems } = readItemFilter(new URL(request.url).searchParams);
  if (problems.length > 0) return openDataError(new ServiceError("invalid"), filterProblemMessage(problems));
  const [items, reportText] = await Promise.all([listItems(), listReportText()]);
  return openDataJsonConditional(request, { items: filterItems(items, filter, reportText).map(toOpenDataItem) });
});

export const OPTIONS = openDataPreflight;
