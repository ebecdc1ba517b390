import { decode, encode } from "next-auth/jwt";
import { secureCookies, sessionCookieName } from "./cookies.ts";
import { getAuthSecret } from "./secret.ts";
import { isSessionClaims, SESSION_MAX_AGE_S, type SessionClaims, sessionAlive } from "./session-policy.ts";

/** The session cookie a request carries, decoded; `claims` is null when it is not a valid session token. */
export interface SessionCookie {
  name: string;
  claims: SessionClaims | null;
}

/**
 * Reads the session cookie through whichever cookie store the caller has (proxy request or
 * `cookies()`): only the name lib/auth/cookies.ts gives, never the other one.
 */
export async function readSessionCookie(get: (name: string) => string | undefined): Promise<SessionCookie | null> {
  const name = sessionCookieName();
  const raw = get(name);
  if (!raw) return null;
  const claims = await decode({ token: raw, secret: getAuthSecret() }).catch(() => null);
  return { name, claims: isSessionClaims(claims) ? claims : null };
}

/** Whether the cookie holds a session within its absolute and idle limits at `now`. */
export function cookieAlive(
  cookie: SessionCookie | null,
  now: number,
): cookie is SessionCookie & { claims: SessionClaims } {
  return cookie?.claims != null && sessionAlive(cookie.claims, now);
}

/** The cookie that moves the idle timeout of a live session to `now`; the absolute limit stays. */
export async function slidSessionCookie(cookie: SessionCookie & { claims: SessionClaims }, now: number) {
  const maxAge = SESSION_MAX_AGE_S - (now - cookie.claims.loginAt);
  const value = await encode({ token: { ...cookie.claims, seenAt: now }, secret: getAuthSecret(), maxAge });
  return {
    name: cookie.name,
    value,
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure: secureCookies(),
      path: "/",
      maxAge,
    },
  };
}
