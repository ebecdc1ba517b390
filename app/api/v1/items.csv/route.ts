import { listItems } from "@/lib/items/list-items";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { itemsToCsv, toOpenDataItem } from "@/lib/opendata/items";
import { openDataConditional } from "@/lib/opendata/respond";

export const GET = openDataRoute(async (request: Request) => {
  const [items, municipality] = await Promise.all([listItems(), getMunicipality()]);
  const csv = itemsToCsv(items.map(toOpenDataItem));
  return openDataConditional(request, csv, () => csv, {
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${municipality.code}_plan_items_api.csv"`,
  });
});

export const OPTIONS = openDataPreflight;
