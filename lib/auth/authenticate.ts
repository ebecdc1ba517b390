import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.ts";
import type { Db } from "../db/create-client.ts";
import { verifyPassword } from "../users/passwords.ts";
import type { Actor } from "./actor.ts";
import { LOCKOUT_AFTER, LOCKOUT_MS, signInLimiters } from "./throttle.ts";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export type AuthResult =
  | { ok: true; user: { id: number; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

// Verifying against a real hash for unknown accounts keeps the answer time alike.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$jqrCLNhetf85l1eIgwF8cA$PrB8i0eUdj/Hg5WWLRfcd6EfKsFqmxkr5sjzck/pbDk";

/**
 * Checks credentials with throttling per account and per address and a lockout
 * after repeated failures. Unknown account, wrong password, disabled or locked
 * account all give the same answer; every attempt is audited.
 */
export async function authenticate(
  db: Db,
  input: { email: unknown; password: unknown; ip?: string | null },
): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : "";
  const ip = input.ip ?? "unknown";
  const audit = (outcome: "ok" | "denied", user: Actor | null, reason?: string) =>
    writeAudit(db, {
      actor: user,
      action: outcome === "ok" ? "auth.sign_in" : "auth.sign_in_failed",
      entityType: "User",
      entityId: user?.id ?? null,
      after: { email, reason },
      outcome,
      ip,
    });

  const { account, address } = signInLimiters(db);
  try {
    await Promise.all([account.consume(email || "(empty)"), address.consume(ip)]);
  } catch {
    await audit("denied", null, "throttled");
    return { ok: false, reason: "throttled" };
  }
  if (!parsed.success) {
    await audit("denied", null, "malformed");
    return { ok: false, reason: "invalid" };
  }

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
  const now = new Date();
  if (!user || user.disabledAt || (user.lockedUntil && user.lockedUntil > now) || !passwordOk) {
    if (user && !passwordOk) {
      const failed = user.failedLoginCount + 1;
      await db.user.update({
        where: { id: user.id },
        data: {
          failedLoginCount: failed,
          ...(failed >= LOCKOUT_AFTER
            ? { lockedUntil: new Date(now.getTime() + LOCKOUT_MS), failedLoginCount: 0 }
            : {}),
        },
      });
    }
    const reason = !user
      ? "unknown"
      : user.disabledAt
        ? "disabled"
        : user.lockedUntil && user.lockedUntil > now
          ? "locked"
          : "password";
    await audit("denied", user, reason);
    return { ok: false, reason: "invalid" };
  }
  await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
  await audit("ok", user);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
