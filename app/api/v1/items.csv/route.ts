import { listItems } from "@/lib/items/list-items";
import { itemsToCsv, toOpenDataItem } from "@/lib/opendata/items";
import { OPEN_DATA_HEADERS, openDataPreflight } from "@/lib/opendata/http";

export async function GET() {
  const items = await listItems();
  return new Response(itemsToCsv(items.map(toOpenDataItem)), {
    headers: {
      ...OPEN_DATA_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="iizuka-plan-items.csv"`,
    },
  });
}

export const OPTIONS = openDataPreflight;
