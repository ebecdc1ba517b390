import "server-only";
import { isNotModified, validatorsOf } from "../http/conditional.ts";
import { notifyConfig } from "../notifications/notify.ts";
import { OPEN_DATA_HEADERS } from "../opendata/http.ts";
import { type FeedData, renderAtom } from "./atom.ts";

/** A feed as open data: Atom with its validators, or 304 when the client's copy is still the current one. */
export function atomResponse(request: Request, data: FeedData): Response {
  // The portal's configured address (NEXTAUTH_URL), as in the mails: a proxy's Host header never leaks into ids.
  const xml = renderAtom(data, notifyConfig().baseUrl);
  const validators = validatorsOf(xml, data.updated);
  const headers = { ...OPEN_DATA_HEADERS, ETag: validators.etag, "Last-Modified": validators.lastModified };
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": "application/atom+xml; charset=utf-8" } });
}
