import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";

export interface AdminItemRow {
  number: number;
  title: string;
  section: { name: string } | null;
  bureau: { name: string };
}

/** Every item in number order, for the secretariat's item administration. */
export async function listAdminItems(db: Db, ctx: RequestContext): Promise<AdminItemRow[]> {
  await authorizeRead(db, ctx, can(ctx.actor, "item.edit"), { action: "item.list", entityType: "PlanItem" });
  return db.planItem.findMany({
    orderBy: { number: "asc" },
    select: { number: true, title: true, section: { select: { name: true } }, bureau: { select: { name: true } } },
  });
}
