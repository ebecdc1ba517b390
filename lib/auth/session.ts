import "server-only";
import { randomUUID } from "node:crypto";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { cache } from "react";
import { getDb } from "../db/client.ts";
import type { Actor } from "./actor.ts";
import type { RequestContext } from "./context.ts";
import { SESSION_COOKIE_NAMES } from "./cookies.ts";
import { resolveActor } from "./resolve-actor.ts";
import { getAuthSecret } from "./secret.ts";

/**
 * The signed-in user for this request, checked against the database; null for the public.
 * Memoized per request, so the layout and the page look the session up once.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const jar = await cookies();
  const raw = SESSION_COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  const claims = await decode({ token: raw, secret: getAuthSecret() }).catch(() => null);
  return resolveActor(await getDb(), claims);
});

/** Actor plus request id and address, for services and their audit records; one per request. */
export const getRequestContext = cache(async (): Promise<RequestContext> => {
  const h = await headers();
  return {
    actor: await getActor(),
    requestId: h.get("x-request-id") ?? randomUUID(),
    ip: h.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null,
  };
});
