import type { Role } from "../generated/prisma/enums.ts";
import type { MaybeActor } from "./actor.ts";

/**
 * Everything anyone may try to do, and the roles that may do it: the one table
 * the policy answers from. An editor's grant holds only for the items they cover.
 */
const GRANTS = {
  "report.read_internal": ["admin", "council", "editor"],
  "report.save_draft": ["admin", "editor"],
  "report.submit": ["admin", "editor"],
  "report.approve": ["admin"],
  "report.return": ["admin"],
  "report.publish": ["admin"],
  "item.edit": ["admin"],
  "user.manage": ["admin"],
  "period.manage": ["admin"],
  "audit.read": ["admin"],
  "finding.resolve": ["admin"],
  "check.explain": ["admin"],
  "opinion.write": ["council"],
  "opinion.answer": ["admin"],
  "indicator.manage": ["admin"],
  "achievement.set": ["admin"],
  "tracker.read": ["admin", "editor"],
  "survey.download": ["admin", "editor"],
  "survey.import": ["admin", "editor"],
  "reports.export": ["admin", "council"],
  "notification.own": ["admin", "council", "editor"],
  "plan.manage": ["admin"],
  "voice.moderate": ["admin"],
  "voice.read": ["admin", "editor"],
  "voice.answer": ["admin", "editor"],
} as const satisfies Record<string, readonly Role[]>;

export type PolicyAction = keyof typeof GRANTS;

export const ACTIONS = Object.keys(GRANTS) as readonly PolicyAction[];

/** Actions about the actor's own work or account rather than one item: an editor's grant needs no item. */
// An editor may import a file at all; each of its rows is then checked as a report save of its item.
// An editor may open the list of voices at all; it then holds only their own items' voices.
const UNSCOPED: ReadonlySet<PolicyAction> = new Set([
  "tracker.read",
  "notification.own",
  "survey.import",
  "voice.read",
]);

/** The item an action concerns, by its owning section and bureau. */
export interface ItemScope {
  sectionId: number | null;
  bureauId: number;
}

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
  const roles: readonly Role[] = GRANTS[action];
  if (!roles.includes(actor.role)) return false;
  return actor.role !== "editor" || UNSCOPED.has(action) || (item !== undefined && editorCovers(actor, item));
}
