import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { cookieAlive, readSessionCookie, slidSessionCookie } from "./lib/auth/session-cookie.ts";
import { publicPathOfTwin, QUERY_TWIN_CACHE_CONTROL, queryTwinPath } from "./lib/http/page-cache.ts";
import { isPerRequestPage, newNonce, pageCsp } from "./lib/http/security-headers.ts";
import { routing } from "./lib/i18n/routing.ts";

const intl = createMiddleware(routing);
// /council itself is the public meeting record; the council's own pages live below it.
const SIGNED_IN_AREA = /^(?:\/en)?\/(?:staff(?:\/|$)|council\/)/;

/**
 * A first filter only (every action and page checks the session and the policy
 * itself): sends visitors without a live session from the signed-in areas to
 * the login page, and slides the idle timeout forward on each request.
 */
async function sessionProxy(request: NextRequest, twin: string | null) {
  const cookie = await readSessionCookie((name) => request.cookies.get(name)?.value);
  const now = Math.floor(Date.now() / 1000);
  const alive = cookieAlive(cookie, now);

  // A Server Action is left alone: a redirect would be followed with the action's POST and show
  // Next's error page, and a cookie set here makes Next re-render the page after the action, whose
  // layout then leaves for the login page before the form can say that the session ended. The
  // action checks the session itself, answers `unauthenticated` (the form keeps what was typed),
  // and slides the session when it succeeds (lib/actions/form-action.ts).
  if (request.method === "POST" && request.headers.has("next-action")) return intl(request);

  if (SIGNED_IN_AREA.test(request.nextUrl.pathname) && !alive) {
    const login = new URL(request.nextUrl.pathname.startsWith("/en/") ? "/en/login" : "/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    if (cookie) login.searchParams.set("reason", "expired");
    const response = NextResponse.redirect(login);
    if (cookie) response.cookies.delete(cookie.name);
    return response;
  }

  const response = twin ? rewriteToTwin(request, twin) : intl(request);
  if (alive) {
    const slid = await slidSessionCookie(cookie, now);
    response.cookies.set(slid.name, slid.value, slid.options);
  } else if (cookie) {
    response.cookies.delete(cookie.name);
  }
  return response;
}

/**
 * A cached page asked with its own query parameters, served by its per-request twin
 * (lib/http/page-cache.ts). The locale header is what next-intl's own rewrite would set.
 */
function rewriteToTwin(request: NextRequest, twin: string) {
  const url = new URL(twin + request.nextUrl.search, request.url);
  const headers = new Headers(request.headers);
  headers.set("X-NEXT-INTL-LOCALE", twin.split("/")[1]);
  const response = NextResponse.rewrite(url, { request: { headers } });
  response.headers.set("Cache-Control", QUERY_TWIN_CACHE_CONTROL);
  return response;
}

/**
 * Pages rendered per request get a CSP with a fresh nonce (lib/http/security-headers.ts; every
 * other response has its headers from next.config.ts). Next reads the nonce from the request's
 * CSP header and stamps it on every script it renders; the response carries the same policy.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  const direct = publicPathOfTwin(pathname);
  if (direct !== null) return NextResponse.redirect(new URL(direct + search, request.url), 308);
  const twin = request.method === "GET" || request.method === "HEAD" ? queryTwinPath(pathname, searchParams) : null;
  if (twin === null && !isPerRequestPage(pathname)) return sessionProxy(request, null);
  const csp = pageCsp({ nonce: newNonce(), dev: process.env.NODE_ENV === "development" });
  request.headers.set("Content-Security-Policy", csp);
  const response = await sessionProxy(request, twin);
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  // Pages only: the API, Next's assets and files with an extension pass straight through.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
