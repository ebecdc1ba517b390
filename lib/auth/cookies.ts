/** next-auth's session cookie, plain on http and __Secure- on https. */
export const SESSION_COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"] as const;
