import { listItems } from "@/lib/items/list-items";
import { openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { itemsToCsv, toOpenDataItem } from "@/lib/opendata/items";
import { openDataConditional } from "@/lib/opendata/respond";

export const GET = openDataRoute(async (request: Request) => {
  const items = await listItems();
  const csv = itemsToCsv(items.map(toOpenDataItem));
  return openDataConditional(request, csv, () => csv, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="iizuka-plan-items.csv"`,
  });
});

export const OPTIONS = openDataPreflight;
