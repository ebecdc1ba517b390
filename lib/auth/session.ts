import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "../db/client.ts";
import { clientAddress, trustedProxyHops } from "../http/client-address.ts";
import type { Actor } from "./actor.ts";
import type { RequestContext } from "./context.ts";
import { resolveActor } from "./resolve-actor.ts";
import { cookieAlive, readSessionCookie, slidSessionCookie } from "./session-cookie.ts";

/**
 * The signed-in user for this request, checked against the database; null for the public.
 * Memoized per request, so the layout and the page look the session up once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const cookie = await readSessionCookie((name) => jar.get(name)?.value);
  return cookie ? resolveActor(await getDb(), cookie.claims) : null;
});

/**
 * Moves the idle timeout forward from inside a Server Action (proxy.ts leaves actions alone), so
 * someone who only types and saves stays signed in. Setting a cookie makes Next re-render the page
 * after the action, so only a succeeded action calls this.
 */
export async function slideSession(): Promise<void> {
  const jar = await cookies();
  const cookie = await readSessionCookie((name) => jar.get(name)?.value);
  const now = Math.floor(Date.now() / 1000);
  if (!cookieAlive(cookie, now)) return;
  const slid = await slidSessionCookie(cookie, now);
  jar.set(slid.name, slid.value, slid.options);
}

/** A request id a trusted proxy may pass on; anything else is generated here. */
const FORWARDED_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Actor plus request id and address, for services and their audit records; one per request. The
 * address is the client's as the trusted proxies saw it (lib/http/client-address.ts). The request id
 * is generated here unless a trusted proxy stands in front and sent a plain one in X-Request-Id, so
 * its logs and the audit records correlate; without a proxy the header is the client's own words.
 */
export const getRequestContext = cache(async (): Promise<RequestContext> => {
  const h = await headers();
  const hops = trustedProxyHops();
  // server.mjs chose the id by this same rule and put it in its own header, which its access log shares.
  const serverHeader = process.env.PORTAL_REQUEST_ID_HEADER;
  const fromServer = serverHeader ? h.get(serverHeader) : null;
  const forwardedId = hops > 0 ? h.get("x-request-id") : null;
  return {
    actor: await getActor(),
    requestId: fromServer || (forwardedId && FORWARDED_REQUEST_ID.test(forwardedId) ? forwardedId : randomUUID()),
    ip: clientAddress((name) => h.get(name), hops),
  };
});
