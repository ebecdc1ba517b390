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
  areaId: number | null;
  directionId: number | null;
  /** 大分類 and 小分類 as the public pages show them: the source's wording where it matches no area or direction */
  areaLabel: string;
  directionLabel: string;
  startFiscalYear: number;
  endFiscalYear: number;
  achievement: Achievement;
  achievementNote: string | null;
}

/** The vision's 大分類 with their 小分類, in the vision's order: the choices of the category selects. */
export interface AreaChoice {
  id: number;
  name: string;
  directions: { id: number; name: string }[];
}

/** The item edit page: the item and the choices of its selects. Asks the policy before saying whether the item exists. */
export async function getItemForEdit(
  db: Db,
  ctx: RequestContext,
  itemNumber: number,
): Promise<{ item: ItemForEdit; areas: AreaChoice[] } & Pick<Organization, "sectionGroups" | "classifications">> {
  await authorizeRead(db, ctx, can(ctx.actor, "item.edit"), {
    action: "item.open_form",
    entityType: "PlanItem",
    entityId: itemNumber,
  });
  const [item, { sectionGroups, classifications }, areas] = await Promise.all([
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
        areaId: true,
        directionId: true,
        areaLabel: true,
        directionLabel: true,
        startFiscalYear: true,
        endFiscalYear: true,
        achievement: true,
        achievementNote: true,
      },
    }),
    loadOrganization(db),
    db.reformArea.findMany({
      orderBy: { sortOrder: "asc" },
      select: { id: true, name: true, directions: { orderBy: { sortOrder: "asc" }, select: { id: true, name: true } } },
    }),
  ]);
  if (!item) throw new ServiceError("not_found");
  return { item, areas, sectionGroups, classifications };
}
