import type { z } from "zod";
import type { ServiceError } from "../auth/errors.ts";

/** A form's submitted values, as strings. */
export type FormValues = Record<string, string>;

/**
 * What every form action returns. `message` and field errors are catalog keys;
 * `values` echoes the non-secret input so React 19's form reset does not lose
 * what the person typed.
 */
export interface ActionState<TResult = unknown, TConflict = unknown> {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: FormValues;
  /** on a version conflict: what the other person saved (null when it is gone) */
  conflict?: TConflict | null;
  /** on success: what the service returned (new version, state …) */
  result?: TResult;
  /** why, when a refusal says more than its code (a refused file, a stale preview), with the catalog's parameters */
  reason?: Reason;
}

/** A refusal's reason: a catalog key and its parameters, as text. */
export interface Reason {
  code: string;
  params: Record<string, string>;
}

/** The state before the first submission; fits every action's state. */
export const INITIAL_STATE: ActionState<never, never> = { ok: false };

/** Fields never echoed back into a form. */
export const SECRET_FIELDS: readonly string[] = ["password", "passwordConfirm"];

/** Non-secret form values as strings, for the service to parse and for echoing back. */
export function formValues(formData: FormData, omit: readonly string[] = SECRET_FIELDS): FormValues {
  const values: FormValues = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

function fieldErrorsOf(error: z.ZodError, field?: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = typeof field === "string" ? field : String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * Maps a service's refusal to the state a form shows. A conflict carries what
 * the service read as committed; its shape is the service's (`TConflict`).
 */
export function failureState<TResult, TConflict>(
  error: ServiceError,
  values?: FormValues,
): ActionState<TResult, TConflict> {
  // Duck-typed, not `instanceof z.ZodError`: this module is in the browser's forms, zod is not.
  const zod = error.details?.zod as z.ZodError | undefined;
  const reason = error.details?.reason;
  const params = (error.details?.params ?? {}) as Record<string, unknown>;
  return {
    ok: false,
    message: error.code,
    values,
    ...(Array.isArray(zod?.issues) ? { fieldErrors: fieldErrorsOf(zod as z.ZodError, error.details?.field) } : {}),
    ...(error.code === "conflict" ? { conflict: (error.details?.current ?? null) as TConflict | null } : {}),
    ...(typeof reason === "string"
      ? { reason: { code: reason, params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])) } }
      : {}),
  };
}
