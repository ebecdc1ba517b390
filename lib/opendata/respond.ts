import "server-only";
import { conditionalResponse, validatorsOf } from "../http/conditional.ts";
import { getOpenDataUpdated } from "./datasets.ts";
import { OPEN_DATA_HEADERS } from "./http.ts";

/**
 * An open-data answer with validators, or 304 when the client's copy is current. The ETag is of
 * `source`, the data the body is made from (a workbook's bytes differ from build to build);
 * Last-Modified is the newest change the open data reflects.
 */
export async function openDataConditional(
  request: Request,
  source: string,
  body: () => BodyInit | Promise<BodyInit>,
  contentHeaders: Record<string, string>,
): Promise<Response> {
  const validators = validatorsOf(source, await getOpenDataUpdated());
  return conditionalResponse(request, validators, OPEN_DATA_HEADERS, body, contentHeaders);
}

/** An open-data JSON answer with its validators (see openDataConditional). */
export function openDataJsonConditional(request: Request, body: unknown): Promise<Response> {
  const json = JSON.stringify(body);
  return openDataConditional(request, json, () => json, { "Content-Type": "application/json" });
}
