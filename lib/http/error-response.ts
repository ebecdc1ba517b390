import "server-only";
import catalog from "../../messages/ja.json";
import { HTTP_STATUS, ServiceError, type ServiceErrorCode } from "../auth/errors.ts";
import { logger } from "../log/logger.ts";

/** The one error envelope every route under app/api answers with. */
export interface ErrorBody {
  error: { code: ServiceErrorCode | "internal"; message: string };
}

const MESSAGES: Record<ServiceErrorCode | "internal", string> = { ...catalog.errors, internal: catalog.errors.unknown };

/**
 * A failure as a response: a ServiceError with its code's status and, unless
 * the route says better, the catalog's Japanese message; anything else is
 * logged and answered 500 "internal", without details.
 */
export function errorResponse(error: unknown, options: { message?: string; headers?: HeadersInit } = {}): Response {
  if (error instanceof ServiceError) {
    const body: ErrorBody = { error: { code: error.code, message: options.message ?? MESSAGES[error.code] } };
    return Response.json(body, { status: HTTP_STATUS[error.code], headers: options.headers });
  }
  logger.error({ err: error }, "route failed");
  const body: ErrorBody = { error: { code: "internal", message: MESSAGES.internal } };
  return Response.json(body, { status: 500, headers: options.headers });
}

/** Wraps a route handler so that whatever it throws is answered in the envelope. */
export function withErrorResponse<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
  headers?: HeadersInit,
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, { headers });
    }
  };
}
