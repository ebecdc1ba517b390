/** Open data is public: any origin may read it, and shared caches may keep it briefly. */
export const OPEN_DATA_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, OPTIONS",
  "Access-Control-Allow-Headers": "Content-Type",
  "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
} as const;

export function openDataJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: OPEN_DATA_HEADERS });
}

export function openDataPreflight(): Response {
  return new Response(null, { status: 204, headers: { ...OPEN_DATA_HEADERS, "Access-Control-Max-Age": "86400" } });
}
