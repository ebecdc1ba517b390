import { z } from "zod";
import { ServiceError, type ServiceErrorCode } from "../auth/errors.ts";

/**
 * What every form action returns. `message` and field errors are catalog keys
 * (namespaces "errors" and "adminErrors"); `values` echoes the non-secret input so React 19's form
 * reset does not lose what the person typed.
 */
export interface ActionState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** on a version conflict: what the other person saved */
  conflict?: unknown;
  /** on success: facts the form may show (new version, state …) */
  result?: Record<string, unknown>;
}

export const INITIAL_STATE: ActionState = { ok: false };

/** Non-secret form values as strings, for echoing back. */
export function formValues(formData: FormData, omit: string[] = ["password", "passwordConfirm"]): Record<string, string> {
  const values: Record<string, string> = {};
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

/** Maps a service failure to the state a form shows; anything unexpected is rethrown. */
export function failureState(error: unknown, values?: Record<string, string>): ActionState {
  if (!(error instanceof ServiceError)) throw error;
  const code: ServiceErrorCode = error.code;
  const zod = error.details?.zod;
  return {
    ok: false,
    message: code,
    values,
    ...(zod instanceof z.ZodError ? { fieldErrors: fieldErrorsOf(zod, error.details?.field) } : {}),
    ...(code === "conflict" ? { conflict: error.details?.current ?? null } : {}),
  };
}
