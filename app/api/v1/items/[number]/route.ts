import { z } from "zod";
import { listItems } from "@/lib/items/list-items";
import { toOpenDataItem } from "@/lib/opendata/items";
import { openDataJson, openDataPreflight } from "@/lib/opendata/http";

const paramsSchema = z.object({ number: z.string().regex(/^\d{1,6}$/).transform(Number) });

export async function GET(_request: Request, context: RouteContext<"/api/v1/items/[number]">) {
  const parsed = paramsSchema.safeParse(await context.params);
  const item = parsed.success ? (await listItems()).find((i) => i.number === parsed.data.number) : undefined;
  if (!item) return openDataJson({ error: { code: "not_found", message: "指定された番号の取組項目はありません。" } }, 404);
  return openDataJson(toOpenDataItem(item));
}

export const OPTIONS = openDataPreflight;
