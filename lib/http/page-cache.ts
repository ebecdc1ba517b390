import { ITEM_QUERY_KEYS } from "../items/filter.ts";

/**
 * Which public pages are served from cache, and where a query takes them.
 *
 * /items, /dashboard, /departments and /departments/NN are rendered once per data change and
 * served from Next's cache (and a reverse proxy's). Their filters live in the query string,
 * which a cached page cannot read: a request that carries one of the page's own parameters is
 * rewritten by proxy.ts to the same view under /{locale}/query/…, rendered per request from the
 * cached data, and cacheable by a proxy for a few seconds. Any other parameter (Next's `_rsc`,
 * a campaign tag) and an empty one (a GET form sends every field) leave the cached page as it is.
 */

/** A page's search parameters, as Next gives them to a page. */
export type PageQuery = Record<string, string | string[] | undefined>;

/** The internal segment of the per-request twins; never an address a visitor uses. */
export const QUERY_SEGMENT = "query";

const PERIOD_KEYS = ["period"] as const;

/** Each cached page with a query twin: its path (without locale) and the parameters it reads. */
const QUERY_PAGES: { path: RegExp; keys: readonly string[] }[] = [
  { path: /^\/items$/, keys: ITEM_QUERY_KEYS },
  { path: /^\/dashboard$/, keys: [...PERIOD_KEYS, "group"] },
  { path: /^\/departments(?:\/\d{2})?$/, keys: PERIOD_KEYS },
];

/** Splits a pathname into its locale (`ja` for the unprefixed default) and the rest. */
function splitLocale(pathname: string): { locale: "ja" | "en"; rest: string } {
  if (pathname === "/en" || pathname.startsWith("/en/")) return { locale: "en", rest: pathname.slice(3) || "/" };
  return { locale: "ja", rest: pathname };
}

/**
 * The internal path of a request's per-request twin (`/ja/query/items`), or null when the
 * cached page serves it.
 */
export function queryTwinPath(pathname: string, search: URLSearchParams): string | null {
  const { locale, rest } = splitLocale(pathname);
  const page = QUERY_PAGES.find((p) => p.path.test(rest));
  const asked = (key: string) => search.getAll(key).some((value) => value.trim() !== "");
  if (!page?.keys.some(asked)) return null;
  return `/${locale}/${QUERY_SEGMENT}${rest}`;
}

/**
 * The public address of a request made to a twin directly (`/query/items` → `/items`), or null.
 * The twins are addressed only through rewrites; a direct request is sent to the page itself.
 */
export function publicPathOfTwin(pathname: string): string | null {
  const { locale, rest } = splitLocale(pathname);
  const prefix = `/${QUERY_SEGMENT}`;
  if (rest !== prefix && !rest.startsWith(`${prefix}/`)) return null;
  const inner = rest.slice(prefix.length) || "/";
  return locale === "en" ? `/en${inner === "/" ? "" : inner}` : inner;
}

/**
 * How long a reverse proxy may keep a query twin's answer. The cached pages themselves carry
 * Next's ISR header (`s-maxage` = their `revalidate`, `stale-while-revalidate` to `expireTime`).
 */
export const QUERY_TWIN_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";
