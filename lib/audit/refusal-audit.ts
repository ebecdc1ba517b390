import { claimWindow } from "../auth/limit-store.ts";
import type { Db } from "../db/create-client.ts";
import { type AuditEntry, writeAudit } from "./write-audit.ts";

/** How long one anonymous refusal's record stands for that address's further refusals of the same action. */
export const ANONYMOUS_REFUSAL_WINDOW_MS = 15 * 60 * 1000;

/**
 * Records a refused request on its own (the refused work was rolled back). A
 * signed-in actor's refusal is always recorded. Anyone can send requests
 * without a session, so an anonymous refusal is recorded at most once per
 * address, action and window: at most one row per address and window for each
 * of the application's fixed set of actions, instead of one per request.
 */
export async function writeRefusal(db: Db, entry: AuditEntry): Promise<void> {
  if (!entry.actor) {
    const key = `audit-anonymous:${JSON.stringify([entry.ip ?? null, entry.action])}`;
    if (!(await claimWindow(db, key, new Date(Date.now() + ANONYMOUS_REFUSAL_WINDOW_MS)))) return;
  }
  await writeAudit(db, entry);
}
