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
  | "email_taken";

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
