import { listItems } from "@/lib/items/list-items";
import { OPEN_DATA_HEADERS, openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { itemsToCsv, toOpenDataItem } from "@/lib/opendata/items";

export const GET = openDataRoute(async () => {
  const items = await listItems();
  return new Response(itemsToCsv(items.map(toOpenDataItem)), {
    headers: {
      ...OPEN_DATA_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="iizuka-plan-items.csv"`,
    },
  });
});

export const OPTIONS = openDataPreflight;
