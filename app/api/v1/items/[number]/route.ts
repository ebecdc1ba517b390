import { z } from "zod";
import { ServiceError } from "@/lib/auth/errors";
import { listItems } from "@/lib/items/list-items";
import { openDataError, openDataPreflight, openDataRoute } from "@/lib/opendata/http";
import { toOpenDataItem } from "@/lib/opendata/items";
import { openDataJsonConditional } from "@/lib/opendata/respond";

const paramsSchema = z.object({
  number: z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number),
});

export const GET = openDataRoute(async (request: Request, context: RouteContext<"/api/v1/items/[number]">) => {
  const parsed = paramsSchema.safeParse(await context.params);
  const item = parsed.success ? (await listItems()).find((i) => i.number === parsed.data.number) : undefined;
  if (!item) return openDataError(new ServiceError("not_found"), "指定された番号の取組項目はありません。");
  return openDataJsonConditional(request, toOpenDataItem(item));
});

export const OPTIONS = openDataPreflight;
