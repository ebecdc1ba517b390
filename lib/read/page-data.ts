import "server-only";
import { forbidden, notFound } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { getRequestContext } from "../auth/session.ts";
import { type Db, getDb } from "../db/client.ts";
import { redirect } from "../i18n/navigation.tsx";

/**
 * A signed-in read: a function in `lib/<subject>/` that asks the policy
 * itself (and records a refusal) before reading anything.
 */
export type Loader<I, R> = (db: Db, ctx: RequestContext, input: I) => Promise<R>;

/** Runs a loader for this request: the process's database and the request's (memoized) context. */
export function read<R>(loader: Loader<void, R>): Promise<R>;
export function read<I, R>(loader: Loader<I, R>, input: I): Promise<R>;
export async function read<I, R>(loader: Loader<I, R>, input?: I): Promise<R> {
  const [db, ctx] = await Promise.all([getDb(), getRequestContext()]);
  return loader(db, ctx, input as I);
}

/**
 * A page's first read, the one that decides whether the page is shown: a
 * refusal answers 403 with the forbidden page (`app/[locale]/forbidden.tsx`),
 * an unknown target is a 404, and a visitor without a session is sent to sign
 * in and back to `path`.
 */
export function readPage<R>(path: string, loader: Loader<void, R>): Promise<R>;
export function readPage<I, R>(path: string, loader: Loader<I, R>, input: I): Promise<R>;
export async function readPage<I, R>(path: string, loader: Loader<I, R>, input?: I): Promise<R> {
  let code: ServiceError["code"];
  try {
    return await read(loader, input as I);
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    code = error.code;
    if (code !== "forbidden" && code !== "not_found" && code !== "unauthenticated") throw error;
  }
  // Outside the catch: forbidden(), notFound() and redirect() work by throwing.
  if (code === "not_found") notFound();
  if (code === "forbidden") forbidden();
  return redirect({ href: { pathname: "/login", query: { callbackUrl: path } }, locale: await getLocale() });
}
