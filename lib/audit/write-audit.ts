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

const json = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** Writes one audit record, inside the caller's transaction so the change and its record commit together. */
export async function writeAudit(tx: Pick<Tx, "auditLog">, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? "anonymous",
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
      before: json(entry.before),
      after: json(entry.after),
      outcome: entry.outcome ?? "ok",
      requestId: entry.requestId ?? null,
      ip: entry.ip ?? null,
    },
  });
}
