import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { getRequestContext, slideSession } from "../auth/session.ts";
import type { Change } from "../cache/changes.ts";
import { expireCaches } from "../cache/expire.ts";
import { getDb } from "../db/client.ts";
import type { Db } from "../db/create-client.ts";
import { logger } from "../log/logger.ts";
import { type ActionState, type FormValues, failureState, formValues, SECRET_FIELDS } from "./action-state.ts";

export interface FormActionArgs {
  db: Db;
  ctx: RequestContext;
  /** the form's non-secret fields as strings: untrusted, the service parses them */
  values: FormValues;
  /** the raw form, for secret fields that are never echoed */
  formData: FormData;
}

export interface FormActionDefinition<TResult> {
  /** names the action in logs */
  name: string;
  /** calls the service; a ServiceError becomes the form's error state */
  run: (args: FormActionArgs) => Promise<TResult>;
  /** what the change made stale (see lib/cache/changes.ts) */
  changes?: (result: TResult, values: FormValues) => Change[];
  /** catalog key of the success message */
  message: (result: TResult, values: FormValues) => string;
  /** values the form shows after success (none by default, so an add form starts empty again) */
  echo?: (result: TResult, values: FormValues) => FormValues;
}

/** A form's Server Action for useActionState; the previous state is not read, so any form state fits. */
export type FormAction<TResult, TConflict = never> = (
  prev: ActionState,
  formData: FormData,
) => Promise<ActionState<TResult, TConflict>>;

/**
 * The one shape of every form's Server Action: read the form, resolve the
 * database and the request (session, request id), call the service — which asks
 * the policy, parses with zod and writes its audit record in one transaction —,
 * expire what the change made stale, and answer in a state the form can show.
 * A refusal or invalid input changes nothing and comes back as its catalog code;
 * anything unexpected is logged with the request id and shown as a generic message.
 */
export function formAction<TResult, TConflict = never>(
  definition: FormActionDefinition<TResult>,
): FormAction<TResult, TConflict> {
  return async (_prev, formData) => {
    const values = formValues(formData, SECRET_FIELDS);
    let ctx: RequestContext | undefined;
    try {
      ctx = await getRequestContext();
      const result = await definition.run({ db: await getDb(), ctx, values, formData });
      expireCaches(definition.changes?.(result, values) ?? []);
      await slideSession();
      return {
        ok: true,
        message: definition.message(result, values),
        values: definition.echo?.(result, values),
        result,
      };
    } catch (error) {
      // redirect() and notFound() work by throwing: let Next handle them.
      unstable_rethrow(error);
      if (error instanceof ServiceError) return failureState<TResult, TConflict>(error, values);
      logger.error(
        { err: error, action: definition.name, requestId: ctx?.requestId, userId: ctx?.actor?.id ?? null },
        "form action failed",
      );
      return { ok: false, message: "unknown", values };
    }
  };
}

/** A service as forms call it: the form's values are its untrusted input, which it parses itself. */
export type FormService<TResult> = (db: Db, ctx: RequestContext, values: FormValues) => Promise<TResult>;

/** The usual form action: the service gets the form's values as they are; the rest is as in formAction. */
export function serviceAction<TResult, TConflict = never>(
  name: string,
  service: FormService<TResult>,
  definition: Omit<FormActionDefinition<TResult>, "name" | "run">,
): FormAction<TResult, TConflict> {
  return formAction({ ...definition, name, run: ({ db, ctx, values }) => service(db, ctx, values) });
}
