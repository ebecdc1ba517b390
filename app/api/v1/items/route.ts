import { listItems } from "@/lib/items/list-items";
import { openDataJson, openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { toOpenDataItem } from "@/lib/opendata/items";

export const GET = openDataRoute(async () => {
  const items = await listItems();
  return openDataJson({ items: items.map(toOpenDataItem) });
});

export const OPTIONS = openDataPreflight;
