import { locales } from "../i18n/config.ts";

// A host that can never be this portal's: a path resolved against it must keep it.
const BASE = "http://portal.invalid";

/**
 * Where to go after signing in: only a path on this site, or null. The locale prefix is removed
 * first, because the locale-aware router adds the current one again, and the rest is checked after
 * that: "/ja//host" must not become "//host", which browsers treat as another host. Whitespace,
 * control characters and backslashes are refused outright, since browsers drop tabs and newlines and
 * read "\" as "/" ("/\t/host" and "/\host" lead to "//host"). The path is returned as the URL parser
 * normalised it, so what was checked is what the browser gets ("/x/..//host" is refused).
 */
export function safeCallbackPath(raw: string | undefined | null): string | null {
  if (!raw || /[\s\p{Cc}\\]/u.test(raw)) return null;
  let path = raw;
  for (const locale of locales) {
    const prefix = `/${locale}`;
    const rest = path.slice(prefix.length);
    if (path.startsWith(prefix) && (rest === "" || /^[/?#]/.test(rest))) {
      path = rest.startsWith("/") ? rest : `/${rest}`;
      break;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  let url: URL;
  try {
    url = new URL(path, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return null;
  return url.pathname + url.search + url.hash;
}
