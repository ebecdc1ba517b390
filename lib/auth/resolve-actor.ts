import "server-only";
import type { Db } from "../db/create-client.ts";
import type { Actor } from "./actor.ts";
import { isSessionClaims, sessionAlive } from "./session-policy.ts";

/**
 * Turns session claims into the acting user, as the database knows them now.
 * A session ends when it is too old or idle, when the user is disabled, or
 * when their session version moved on (sign-out, password change, new role).
 */
export async function resolveActor(
  db: Db,
  claims: unknown,
  now = Math.floor(Date.now() / 1000),
): Promise<Actor | null> {
  if (!isSessionClaims(claims) || !sessionAlive(claims, now)) return null;
  const user = await db.user.findUnique({ where: { id: claims.uid } });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sv) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    sectionId: user.sectionId,
    bureauId: user.bureauId,
  };
}

/** Ends every session of a user (sign-out does this, as do disabling and a new password). */
export async function endSessions(db: Db, userId: number): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
