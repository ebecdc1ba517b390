import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import { signInRestrictions } from "../auth/throttle.ts";
import type { Db } from "../db/create-client.ts";
import type { Role } from "../generated/prisma/enums.ts";
import { loadOrganization, type Organization } from "../items/load-organization.ts";

export interface UserRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  section: string | null;
  sectionId: number | null;
  bureau: string | null;
  bureauId: number | null;
  disabled: boolean;
  /** sign-in throttling's hold on the account now (see lib/auth/throttle.ts), or null */
  signInRestriction: { lockedAddresses: number; backoff: boolean; until: string } | null;
  lastLoginAt: string | null;
  /** what an edit of the user names as its base: refused when someone saved the user since */
  version: number;
}

/** Every account, for the secretariat's user administration. */
export async function listUsers(db: Db, ctx: RequestContext): Promise<UserRow[]> {
  await authorizeRead(db, ctx, can(ctx.actor, "user.manage"), { action: "user.list", entityType: "User" });
  const users = await db.user.findMany({
    orderBy: [{ role: "asc" }, { email: "asc" }],
    include: { section: true, bureau: true },
  });
  const restrictions = await signInRestrictions(
    db,
    users.map((u) => u.email),
  );
  return users.map((u) => {
    const restriction = restrictions.get(u.email);
    return {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      section: u.section?.name ?? null,
      sectionId: u.sectionId,
      bureau: u.bureau?.name ?? null,
      bureauId: u.bureauId,
      disabled: u.disabledAt !== null,
      signInRestriction: restriction ? { ...restriction, until: restriction.until.toISOString() } : null,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      version: u.version,
    };
  });
}

/** The sections and bureaus a user can be bound to, for the user forms. */
export async function listUserScopes(
  db: Db,
  ctx: RequestContext,
): Promise<Pick<Organization, "sectionGroups" | "bureaus">> {
  await authorizeRead(db, ctx, can(ctx.actor, "user.manage"), { action: "user.list", entityType: "User" });
  const { sectionGroups, bureaus } = await loadOrganization(db);
  return { sectionGroups, bureaus };
}
