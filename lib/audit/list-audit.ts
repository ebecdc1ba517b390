import "server-only";
import { z } from "zod";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { AuditOutcome } from "../generated/prisma/enums.ts";
import { idSchema } from "../validation/ids.ts";
import { authorizeRead } from "./authorize-read.ts";

export const auditFilterSchema = z.object({
  user: z
    .string()
    .trim()
    .max(254)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  item: idSchema.optional().catch(undefined),
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
  /** the item the record is about (a report, KPI or opinion of it too), so the page can name it instead of an id */
  item: { number: number; title: string } | null;
  before: unknown;
  after: unknown;
  outcome: AuditOutcome;
  requestId: string | null;
}

/** What a record says about the item it concerns: its number, or the id of a row that belongs to an item. */
type ItemReference = { kind: "item" | "report" | "indicator" | "opinion"; id: number };

const REFERENCE_BY_TYPE: Record<string, ItemReference["kind"]> = {
  PlanItem: "item",
  ProgressReport: "report",
  Indicator: "indicator",
  CouncilOpinion: "opinion",
};

function itemReference(row: { entityType: string; entityId: string | null; after: unknown }): ItemReference | null {
  // Most changes record the item's number with their result; refusals and failures only have the entity.
  const after = row.after;
  if (typeof after === "object" && after !== null && "itemNumber" in after && typeof after.itemNumber === "number")
    return { kind: "item", id: after.itemNumber };
  const id = row.entityId ?? "";
  const placeholder = /^item:(\d+)$/.exec(id);
  if (placeholder) return { kind: "item", id: Number(placeholder[1]) };
  const kind = REFERENCE_BY_TYPE[row.entityType];
  return kind && /^\d{1,9}$/.test(id) ? { kind, id: Number(id) } : null;
}

type ItemLabel = { number: number; title: string };

/** The items a page of records is about, keyed by "kind:id", in one query whatever the page's size. */
async function itemsOf(db: Db, references: ItemReference[]): Promise<Map<string, ItemLabel>> {
  const ids = (kind: ItemReference["kind"]) => [...new Set(references.filter((r) => r.kind === kind).map((r) => r.id))];
  if (references.length === 0) return new Map();
  const rows = await db.$queryRaw<{ kind: ItemReference["kind"]; id: number; number: number; title: string }[]>`
    SELECT ref.kind, ref.id, owner.number, owner.title
    FROM (
      SELECT 'item' AS kind, p.number AS id, p.id AS "itemId" FROM "PlanItem" p WHERE p.number = ANY(${ids("item")}::int[])
      UNION ALL
      SELECT 'report', r.id, r."itemId" FROM "ProgressReport" r WHERE r.id = ANY(${ids("report")}::int[])
      UNION ALL
      SELECT 'indicator', x.id, x."itemId" FROM "Indicator" x WHERE x.id = ANY(${ids("indicator")}::int[])
      UNION ALL
      SELECT 'opinion', o.id, o."itemId" FROM "CouncilOpinion" o WHERE o.id = ANY(${ids("opinion")}::int[])
    ) ref
    JOIN "PlanItem" owner ON owner.id = ref."itemId"`;
  return new Map(rows.map((r) => [`${r.kind}:${r.id}`, { number: r.number, title: r.title }]));
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
  const references = rows.map(itemReference);
  const items = await itemsOf(
    db,
    references.filter((r) => r !== null),
  );
  return {
    total,
    rows: rows.map((r, i) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.actor ? `${r.actor.name} <${r.actor.email}>` : null,
      actorRole: r.actorRole,
      action: r.action,
      entityType: r.entityType,
      entityId: r.entityId,
      item: references[i] ? (items.get(`${references[i].kind}:${references[i].id}`) ?? null) : null,
      before: r.before,
      after: r.after,
      outcome: r.outcome,
      requestId: r.requestId,
    })),
  };
}
