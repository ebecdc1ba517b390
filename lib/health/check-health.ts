import "server-only";
import { getDb } from "../db/client.ts";

/** Whether the database answers a real round trip (opening, migrating and importing it on first use). */
export async function checkHealth(): Promise<{ db: "ok" | "unavailable" }> {
  try {
    const db = await getDb();
    await db.$queryRawUnsafe("SELECT 1");
    return { db: "ok" };
  } catch {
    return { db: "unavailable" };
  }
}
