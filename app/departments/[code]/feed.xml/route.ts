import { ServiceError } from "@/lib/auth/errors";
import { getFeed } from "@/lib/feeds/load-feed";
import { atomResponse } from "@/lib/feeds/respond";
import { openDataError, openDataPreflight, openDataRoute } from "@/lib/opendata/http";

// Outside app/[locale]: a path with an extension passes the locale proxy untouched (proxy.ts's matcher).

/** GET /departments/{code}/feed.xml — the publications of the department's (部局) items as Atom; unknown → 404. */
export const GET = openDataRoute(async (request: Request, context: RouteContext<"/departments/[code]/feed.xml">) => {
  const { code } = await context.params;
  const feed = await getFeed({ kind: "department", code });
  if (!feed) return openDataError(new ServiceError("not_found"), "指定されたコードの部局はありません。");
  return atomResponse(request, feed);
});

export const OPTIONS = openDataPreflight;
