/**
 * Whether the portal is served over HTTPS, as NEXTAUTH_URL (the portal's address) says: the one rule
 * for the session cookie. Then next-auth's cookies are Secure and carry the __Secure- (__Host-)
 * prefixes, and only those are read; otherwise (NEXTAUTH_URL http or unset, as on a local
 * `npm start`) only the plain ones. A cookie under the other name is never accepted, so a cookie set
 * over plain http cannot stand in for the Secure one.
 */
export function secureCookies(env: Record<string, string | undefined> = process.env): boolean {
  try {
    return new URL(env.NEXTAUTH_URL ?? "").protocol === "https:";
  } catch {
    return false;
  }
}

/** next-auth's session cookie under the rule above (its own naming, so both sides agree). */
export function sessionCookieName(secure: boolean = secureCookies()): string {
  return `${secure ? "__Secure-" : ""}next-auth.session-token`;
}
