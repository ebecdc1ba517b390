import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" } as const;

/**
 * Liveness with a real round trip to the database; never cached. Its 503 is a
 * status report for monitors (README), not a request's failure, so it keeps its own shape.
 */
export async function GET() {
  const { db } = await checkHealth();
  if (db === "ok") return Response.json({ status: "ok", db }, { headers: NO_STORE });
  return Response.json({ status: "error", db }, { status: 503, headers: NO_STORE });
}
