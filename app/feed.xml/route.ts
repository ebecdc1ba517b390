import { getFeed } from "@/lib/feeds/load-feed";
import { atomResponse } from "@/lib/feeds/respond";
import { openDataPreflight, openDataRoute } from "@/lib/opendata/http";

// Outside app/[locale]: a path with an extension passes the locale proxy untouched (proxy.ts's matcher).

/** GET /feed.xml — every publication (published report), newest first, as Atom. */
export const GET = openDataRoute(async (request: Request) => {
  return atomResponse(request, await getFeed({ kind: "all" }));
});

export const OPTIONS = openDataPreflight;
