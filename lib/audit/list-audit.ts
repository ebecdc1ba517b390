import "server-only";
import { z } from "zod";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { AuditOutcome } from "../generated/prisma/enums.ts";
import { authorizeRead } from "./authorize-read.ts";

export const auditFilterSchema = z.object({
  user: z
    .string()
    .trim()
    .max(254)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  item: z.coerce.number().int().positive().optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;
export const AUDIT_PAGE_SIZE = 50;

/** One audit record as the audit page lists it. */
export interface AuditRow {
  id: number;
  at: string;
  /** "name <email>", or null for the public and deleted users */
  actor: string | null;
  /** the role at the time (a Role, or "anonymous"), as recorded */
  actorRole: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  outcome: AuditOutcome;
  requestId: string | null;
}

/** The audit log for the secretariat, filtered by user (email), item number and date (Asia/Tokyo days). */
export async function listAudit(
  db: Db,
  ctx: RequestContext,
  filter: AuditFilter,
): Promise<{ total: number; rows: AuditRow[] }> {
  await authorizeRead(db, ctx, can(ctx.actor, "audit.read"), { action: "audit.read", entityType: "AuditLog" });
  const where = {
    ...(filter.user ? { actor: { email: { contains: filter.user.toLowerCase() } } } : {}),
    ...(filter.item
      ? {
          OR: [
            { entityType: "PlanItem", entityId: String(filter.item) },
            { entityId: `item:${filter.item}` },
            { after: { path: ["itemNumber"], equals: filter.item } },
          ],
        }
      : {}),
    ...(filter.from || filter.to
      ? {
          at: {
            ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00+09:00`) } : {}),
            ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00+09:00`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      include: { actor: { select: { email: true, name: true } } },
    }),
  ]);
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor ? `${r.actor.name} <${r.actor.email}>` : null,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      before: r.before,
      after: r.after,
      outcome: r.outcome,
      requestId: r.requestId,
    })),
  };
}
