import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "../db/client.ts";
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

/** Actor plus request id and address, for services and their audit records; one per request. */
export const getRequestContext = cache(async (): Promise<RequestContext> => {
  const h = await headers();
  return {
    actor: await getActor(),
    requestId: h.get("x-request-id") ?? randomUUID(),
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
  };
});
