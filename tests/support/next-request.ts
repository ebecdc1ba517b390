// Next's request and cache APIs for Server Actions run without a Next server: the session cookie a
// test signs in with, the cookies an action sets and the caches it expires. vi.mock is hoisted, so
// each test file keeps its own vi.mock calls and hands them these factories through a dynamic import:
//   vi.mock("next/headers", async () => (await import("../support/next-request.ts")).nextHeaders("req-x", "192.0.2.1"));
import { encode } from "next-auth/jwt";
import type { Actor } from "../../lib/auth/actor.ts";
import type { Db } from "./db.ts";

// Set before any session is signed or read; lib/auth/secret.ts reads it on first use.
process.env.NEXTAUTH_SECRET = "integration-actions-secret-0123456789";
// As server.mjs behind one reverse proxy: the request id and the client address below are the proxy's.
process.env.PORTAL_PEER_HEADER = "x-portal-peer";
process.env.TRUSTED_PROXY_HOPS = "1";

/** What the mocks share with the test: reset what a test reads in its beforeEach. */
export const next = {
  db: null as unknown,
  cookie: null as string | null,
  /** the session cookies an action set (a sliding session) */
  slid: [] as { name: string; value: string; options: { maxAge: number } }[],
  /** `tag:…` and `path:…[:type]`, in the order the action expired them */
  expired: [] as string[],
};

/** next/headers: the signed-in cookie, and the request id and client address the audit records. */
export function nextHeaders(requestId: string, forwardedFor: string) {
  return {
    cookies: async () => ({
      get: (name: string) =>
        name === "next-auth.session-token" && next.cookie ? { name, value: next.cookie } : undefined,
      set: (name: string, value: string, options: { maxAge: number }) => next.slid.push({ name, value, options }),
    }),
    headers: async () =>
      new Headers({ "x-request-id": requestId, "x-forwarded-for": forwardedFor, "x-portal-peer": "10.0.0.1" }),
  };
}

export function nextCache() {
  return {
    updateTag: (tag: string) => next.expired.push(`tag:${tag}`),
    revalidatePath: (path: string, type?: string) => next.expired.push(`path:${path}${type ? `:${type}` : ""}`),
  };
}

/** lib/db/client.ts: the test's database. */
export function dbClient() {
  return { getDb: async () => next.db };
}

/**
 * Signs the browser in as `actor` with a session cookie as next-auth issues it (null signs out),
 * signed in and last seen the given seconds ago.
 */
export async function signInAs(
  db: Db,
  actor: Actor | null,
  { signedInAgo = 60, seenAgo = 60 }: { signedInAgo?: number; seenAgo?: number } = {},
): Promise<void> {
  if (!actor) {
    next.cookie = null;
    return;
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
  const now = Math.floor(Date.now() / 1000);
  next.cookie = await encode({
    token: { uid: user.id, sv: user.sessionVersion, loginAt: now - signedInAgo, seenAt: now - seenAgo },
    secret: process.env.NEXTAUTH_SECRET!,
  });
}
