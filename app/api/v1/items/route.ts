import { listItems } from "@/lib/items/list-items";
import { openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { toOpenDataItem } from "@/lib/opendata/items";
import { openDataJsonConditional } from "@/lib/opendata/respond";

export const GET = openDataRoute(async (request: Request) => {
  const items = await listItems();
  return openDataJsonConditional(request, { items: items.map(toOpenDataItem) });
});

export const OPTIONS = openDataPreflight;
