import { type NextRequest, NextResponse } from "next/server";
import { decode, encode } from "next-auth/jwt";
import createMiddleware from "next-intl/middleware";
import { SESSION_COOKIE_NAMES } from "./lib/auth/cookies.ts";
import { getAuthSecret } from "./lib/auth/secret.ts";
import { isSessionClaims, SESSION_MAX_AGE_S, sessionAlive } from "./lib/auth/session-policy.ts";
import { routing } from "./lib/i18n/routing.ts";

const intl = createMiddleware(routing);
// /council itself is the public meeting record; the council's own pages live below it.
const SIGNED_IN_AREA = /^(?:\/en)?\/(?:staff(?:\/|$)|council\/)/;

/**
 * A first filter only (every action and page checks the session and the policy
 * itself): sends visitors without a live session from the signed-in areas to
 * the login page, and slides the idle timeout forward on each request.
 */
export default async function proxy(request: NextRequest) {
  const cookieName = SESSION_COOKIE_NAMES.find((name) => request.cookies.has(name));
  const raw = cookieName ? request.cookies.get(cookieName)!.value : undefined;
  const secret = getAuthSecret();
  const claims = raw ? await decode({ token: raw, secret }).catch(() => null) : null;
  const now = Math.floor(Date.now() / 1000);
  const alive = isSessionClaims(claims) && sessionAlive(claims, now);

  // A Server Action is not redirected: the browser would follow the redirect with the action's POST
  // and show Next's error page. The action checks the session itself and answers `unauthenticated`,
  // which the form shows while keeping what was typed.
  const isAction = request.method === "POST" && request.headers.has("next-action");
  if (SIGNED_IN_AREA.test(request.nextUrl.pathname) && !alive && !isAction) {
    const login = new URL(request.nextUrl.pathname.startsWith("/en/") ? "/en/login" : "/login", request.url);
    login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    if (raw) login.searchParams.set("reason", "expired");
    const response = NextResponse.redirect(login);
    if (cookieName) response.cookies.delete(cookieName);
    return response;
  }

  const response = intl(request);
  if (cookieName && isSessionClaims(claims)) {
    if (alive) {
      const maxAge = SESSION_MAX_AGE_S - (now - claims.loginAt);
      const token = await encode({ token: { ...claims, seenAt: now }, secret, maxAge });
      response.cookies.set(cookieName, token, {
        httpOnly: true,
        sameSite: "lax",
        secure: cookieName.startsWith("__Secure-"),
        path: "/",
        maxAge,
      });
    } else {
      response.cookies.delete(cookieName);
    }
  }
  return response;
}

export const config = {
  // Pages only: the API, Next's assets and files with an extension pass straight through.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
