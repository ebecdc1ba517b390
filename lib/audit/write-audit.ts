import type { MaybeActor } from "../auth/actor.ts";
import type { Tx } from "../db/tx.ts";
import type { Prisma } from "../generated/prisma/client.ts";

export interface AuditEntry {
  actor: MaybeActor;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
  outcome?: "ok" | "denied" | "failed";
  requestId?: string | null;
  ip?: string | null;
}

/**
 * The longest text each column keeps, in characters. Much of an entry comes
 * from the request (an entity id as sent, a request id header), and a record
 * that cannot be written would leave a refusal without a trace: entityId is
 * indexed, and PostgreSQL refuses a btree entry beyond about 2,700 bytes.
 */
export const AUDIT_TEXT_LIMITS = { action: 100, entityType: 100, entityId: 200, requestId: 200, ip: 64 } as const;

/** The largest before/after kept as written (bytes of JSON); a larger one is recorded by its size alone. */
export const AUDIT_JSON_LIMIT = 1024 * 1024;

const ELLIPSIS = "…";

/** `value` cut to `limit` characters (code points, so no surrogate is split), marked where cut. */
function capped(value: string, limit: number): string {
  const chars = Array.from(value);
  return chars.length <= limit ? value : chars.slice(0, limit - 1).join("") + ELLIPSIS;
}

function cappedOrNull(value: string | number | null | undefined, limit: number): string | null {
  return value === undefined || value === null ? null : capped(String(value), limit);
}

function json(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  if (text === undefined) return undefined;
  const bytes = Buffer.byteLength(text);
  return (bytes <= AUDIT_JSON_LIMIT ? JSON.parse(text) : { truncated: true, bytes }) as Prisma.InputJsonValue;
}

/** Writes one audit record, inside the caller's transaction so the change and its record commit together. */
export async function writeAudit(tx: Pick<Tx, "auditLog">, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? "anonymous",
      action: capped(entry.action, AUDIT_TEXT_LIMITS.action),
      entityType: capped(entry.entityType, AUDIT_TEXT_LIMITS.entityType),
      entityId: cappedOrNull(entry.entityId, AUDIT_TEXT_LIMITS.entityId),
      before: json(entry.before),
      after: json(entry.after),
      outcome: entry.outcome ?? "ok",
      requestId: cappedOrNull(entry.requestId, AUDIT_TEXT_LIMITS.requestId),
      ip: cappedOrNull(entry.ip, AUDIT_TEXT_LIMITS.ip),
    },
  });
}
