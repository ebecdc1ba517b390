import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { Achievement } from "../generated/prisma/enums.ts";
import { loadOrganization, type Organization } from "./load-organization.ts";

/** An item's master data and 達成度 as the secretariat's edit forms start from them. */
export interface ItemForEdit {
  number: number;
  version: number;
  title: string;
  purpose: string;
  content: string;
  target: string;
  sectionId: number | null;
  classificationId: number | null;
  achievement: Achievement;
  achievementNote: string | null;
}

/** The item edit page: the item and the choices of its selects. Asks the policy before saying whether the item exists. */
export async function getItemForEdit(
  db: Db,
  ctx: RequestContext,
  itemNumber: number,
): Promise<{ item: ItemForEdit } & Pick<Organization, "sectionGroups" | "classifications">> {
  await authorizeRead(db, ctx, can(ctx.actor, "item.edit"), {
    action: "item.open_form",
    entityType: "PlanItem",
    entityId: itemNumber,
  });
  const [item, { sectionGroups, classifications }] = await Promise.all([
    db.planItem.findUnique({
      where: { number: itemNumber },
      select: {
        number: true,
        version: true,
        title: true,
        purpose: true,
        content: true,
        target: true,
        sectionId: true,
        classificationId: true,
        achievement: true,
        achievementNote: true,
      },
    }),
    loadOrganization(db),
  ]);
  if (!item) throw new ServiceError("not_found");
  return { item, sectionGroups, classifications };
}
