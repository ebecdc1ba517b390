import { ServiceError } from "@/lib/auth/errors";
import { getFeed } from "@/lib/feeds/load-feed";
import { atomResponse } from "@/lib/feeds/respond";
import { openDataError, openDataPreflight, openDataRoute } from "@/lib/opendata/http";

// Outside app/[locale]: a path with an extension passes the locale proxy untouched (proxy.ts's matcher).

/** GET /items/{number}/feed.xml — the item's publications as Atom; unknown or non-numeric → 404. */
export const GET = openDataRoute(async (request: Request, context: RouteContext<"/items/[number]/feed.xml">) => {
  const { number } = await context.params;
  const feed = /^\d{1,6}$/.test(number) ? await getFeed({ kind: "item", number: Number(number) }) : null;
  if (!feed) return openDataError(new ServiceError("not_found"), "指定された番号の取組項目はありません。");
  return atomResponse(request, feed);
});

export const OPTIONS = openDataPreflight;
