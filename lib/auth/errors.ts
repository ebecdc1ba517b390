/**
 * Typed failures a service returns. `code` maps to a Japanese message in the
 * catalogs (namespace "errors"); nothing has been changed when one is returned.
 */
export type ServiceErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "conflict"
  | "invalid_state"
  | "no_open_period"
  | "period_conflict"
  | "email_taken"
  | "invalid_file"
  | "rate_limited";

/** The HTTP status each failure answers with, wherever a route reports one. */
export const HTTP_STATUS: Record<ServiceErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid: 400,
  conflict: 409,
  invalid_state: 409,
  no_open_period: 409,
  period_conflict: 409,
  email_taken: 409,
  invalid_file: 400,
  rate_limited: 429,
};

export class ServiceError extends Error {
  constructor(
    readonly code: ServiceErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = "ServiceError";
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ServiceError };
