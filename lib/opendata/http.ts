import "server-only";
import { errorResponse, withErrorResponse } from "../http/error-response.ts";

/** Open data is public: any origin may read it. */
const OPEN_DATA_CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
} as const;

/** Answers (and the API's own 404s) may be kept briefly by shared caches. */
export const OPEN_DATA_HEADERS = {
  ...OPEN_DATA_CORS,
  "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
} as const;

export function openDataJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: OPEN_DATA_HEADERS });
}

/** A refusal of the open-data API (unknown item or period) in the one error envelope. */
export function openDataError(error: unknown, message?: string): Response {
  return errorResponse(error, { message, headers: OPEN_DATA_HEADERS });
}

/** An open-data handler whose unexpected failures answer in the envelope too, never cached. */
export function openDataRoute<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return withErrorResponse(handler, { ...OPEN_DATA_CORS, "Cache-Control": "no-store" });
}

export function openDataPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...OPEN_DATA_HEADERS, "Access-Control-Max-Age": "86400" } });
}
