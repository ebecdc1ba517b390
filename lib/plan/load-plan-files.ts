import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { loadPlanContent } from "./plan-content.ts";
import type { PlanContent } from "./plan-workbook.ts";

/** The current plan for 計画ファイルのエクスポート: the secretariat only. */
export async function getPlanExport(db: Db, ctx: RequestContext): Promise<PlanContent & { fileBase: string }> {
  await authorizeRead(db, ctx, can(ctx.actor, "plan.manage"), { action: "plan.export", entityType: "Municipality" });
  const content = await loadPlanContent(db);
  return { ...content, fileBase: `${content.municipality.name}_計画ファイル` };
}

/** The template asks the same policy: it is part of managing the plan, and names nothing secret. */
export async function getPlanTemplateAccess(db: Db, ctx: RequestContext): Promise<void> {
  await authorizeRead(db, ctx, can(ctx.actor, "plan.manage"), { action: "plan.template", entityType: "Municipality" });
}
