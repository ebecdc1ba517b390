import { listItems } from "@/lib/items/list-items";
import { toOpenDataItem } from "@/lib/opendata/items";
import { openDataJson, openDataPreflight } from "@/lib/opendata/http";

export async function GET() {
  const items = await listItems();
  return openDataJson({ items: items.map(toOpenDataItem) });
}

export const OPTIONS = openDataPreflight;
