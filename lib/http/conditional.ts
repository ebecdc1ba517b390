import { createHash } from "node:crypto";

/** What a client keeps to ask again conditionally: an entity tag of the body and its last change. */
export interface Validators {
  /** a strong entity tag, quoted */
  etag: string;
  /** an HTTP-date (whole seconds) */
  lastModified: string;
}

export function validatorsOf(body: string, updated: string): Validators {
  return {
    etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`,
    lastModified: new Date(updated).toUTCString(),
  };
}

/**
 * Whether a GET may be answered 304 (RFC 9110 §13.1–13.2): If-None-Match decides when sent (any of
 * its tags, weakly compared, or `*`); If-Modified-Since counts only without it.
 */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) {
    const tags = ifNoneMatch.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
    return tags.includes("*") || tags.includes(validators.etag);
  }
  const since = Date.parse(headers.get("if-modified-since") ?? "");
  return !Number.isNaN(since) && Date.parse(validators.lastModified) <= since;
}

/**
 * A GET's answer with its validators: 304 without a body when the client's copy is current, else
 * the body, made only then (a workbook is not built for a 304).
 */
export async function conditionalResponse(
  request: Request,
  validators: Validators,
  headers: Record<string, string>,
  body: () => BodyInit | Promise<BodyInit>,
  contentHeaders: Record<string, string>,
): Promise<Response> {
  const all = { ...headers, ETag: validators.etag, "Last-Modified": validators.lastModified };
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers: all });
  return new Response(await body(), { headers: { ...all, ...contentHeaders } });
}
