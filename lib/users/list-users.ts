import type { Db } from "../db/create-client.ts";

export async function listUsers(db: Db) {
  const users = await db.user.findMany({ orderBy: [{ role: "asc" }, { email: "asc" }], include: { section: true, bureau: true } });
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    section: u.section?.name ?? null,
    sectionId: u.sectionId,
    bureau: u.bureau?.name ?? null,
    bureauId: u.bureauId,
    disabled: u.disabledAt !== null,
    lockedUntil: u.lockedUntil?.toISOString() ?? null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
  }));
}
