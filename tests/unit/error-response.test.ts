import { afterEach, describe, expect, it, vi } from "vitest";
import { HTTP_STATUS, ServiceError, type ServiceErrorCode } from "../../lib/auth/errors.ts";
import { errorResponse, withErrorResponse } from "../../lib/http/error-response.ts";
import { logger } from "../../lib/log/logger.ts";

// Every failure that is about the current state of things (not the request itself) is a 409.
const CODES_BY_STATUS: [number, ServiceErrorCode[]][] = [
  [400, ["invalid", "invalid_file"]],
  [401, ["unauthenticated"]],
  [403, ["forbidden"]],
  [404, ["not_found"]],
  [409, ["conflict", "invalid_state", "no_open_period", "period_conflict", "email_taken"]],
  [429, ["rate_limited"]],
];
const EXPECTED = Object.fromEntries(
  CODES_BY_STATUS.flatMap(([status, codes]) => codes.map((code) => [code, status])),
) as Record<ServiceErrorCode, number>;

describe("one error envelope for the API", () => {
  afterEach(() => vi.restoreAllMocks());

  it("maps every service error code to its HTTP status", () => {
    expect(HTTP_STATUS).toEqual(EXPECTED);
  });

  it.each(Object.entries(EXPECTED))("answers %s with %i and {error: {code, message}}", async (code, status) => {
    const response = errorResponse(new ServiceError(code as ServiceErrorCode));
    expect(response.status).toBe(status);
    const body = await response.json();
    expect(body).toEqual({ error: { code, message: expect.any(String) } });
    expect(body.error.message).not.toBe(code);
  });

  it("takes the route's own message and headers", async () => {
    const response = errorResponse(new ServiceError("not_found"), {
      message: "指定された番号の取組項目はありません。",
      headers: { "Access-Control-Allow-Origin": "*" },
    });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await response.json()).toEqual({
      error: { code: "not_found", message: "指定された番号の取組項目はありません。" },
    });
  });

  it("answers anything else 500 internal, logs it and tells nothing of it", async () => {
    const log = vi.spyOn(logger, "error").mockImplementation(() => undefined);
    const handler = withErrorResponse(async () => {
      throw new Error("connection refused at 10.0.0.5");
    });
    const response = await handler();
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.error.code).toBe("internal");
    expect(JSON.stringify(body)).not.toContain("10.0.0.5");
    expect(log).toHaveBeenCalledOnce();
  });
});
