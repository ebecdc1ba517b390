import type { MaybeActor } from "./actor.ts";

/** Everything anyone may try to do; the one list the policy answers for. */
export const ACTIONS = [
  "report.read_internal",
  "report.save_draft",
  "report.submit",
  "report.approve",
  "report.return",
  "report.publish",
  "item.edit",
  "user.manage",
  "period.manage",
  "audit.read",
  "finding.resolve",
  "opinion.write",
  "opinion.answer",
  "indicator.manage",
  "achievement.set",
] as const;

export type PolicyAction = (typeof ACTIONS)[number];

/** The item an action concerns, by its owning section and bureau. */
export interface ItemScope {
  sectionId: number | null;
  bureauId: number;
}

const ADMIN_ONLY: ReadonlySet<PolicyAction> = new Set([
  "report.approve",
  "report.return",
  "report.publish",
  "item.edit",
  "user.manage",
  "period.manage",
  "audit.read",
  "finding.resolve",
  "opinion.answer",
  "indicator.manage",
  "achievement.set",
]);

/** Whether an editor's binding (section, or a whole bureau) covers the item. */
export function editorCovers(actor: Pick<NonNullable<MaybeActor>, "sectionId" | "bureauId">, item: ItemScope): boolean {
  if (actor.bureauId !== null) return actor.bureauId === item.bureauId;
  return actor.sectionId !== null && actor.sectionId === item.sectionId;
}

/**
 * The one place that decides who may do what. Every Server Action, route and
 * service asks it on the server; the UI only mirrors its answers.
 */
export function can(actor: MaybeActor, action: PolicyAction, item?: ItemScope): boolean {
  if (!actor) return false;
  switch (actor.role) {
    case "admin":
      return action !== "opinion.write";
    case "council":
      return action === "report.read_internal" || action === "opinion.write";
    case "editor":
      if (ADMIN_ONLY.has(action) || action === "opinion.write") return false;
      return item !== undefined && editorCovers(actor, item);
  }
}
