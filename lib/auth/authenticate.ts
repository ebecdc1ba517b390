import "server-only";
import { z } from "zod";
import { writeAudit } from "../audit/write-audit.ts";
import type { Db } from "../db/create-client.ts";
import { verifyPassword } from "../users/passwords.ts";
import type { Actor } from "./actor.ts";
import { claimWindow } from "./limit-store.ts";
import { beginSignIn, UNKNOWN_ADDRESS } from "./throttle.ts";

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
});

export type AuthResult =
  | { ok: true; user: { id: number; email: string; name: string; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled" };

// Verifying against a real hash for unknown accounts keeps the answer time alike.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$jqrCLNhetf85l1eIgwF8cA$PrB8i0eUdj/Hg5WWLRfcd6EfKsFqmxkr5sjzck/pbDk";

const wellFormed = z.email();

/**
 * What a failed attempt's record says was typed as the e-mail: only an existing
 * account's address, since anything else may be a password typed in the wrong field.
 */
function typedEmail(email: string, user: { email: string } | null): string {
  if (user) return user.email;
  return wellFormed.safeParse(email).success ? "(unknown)" : "(malformed)";
}

/**
 * Checks credentials, throttled per (account, address) pair, per address and
 * with a per-account backoff (see throttle.ts). Unknown account, wrong
 * password and disabled account all give the same answer. Every attempt that
 * is heard is audited; refused ones only once per throttled key and window.
 */
export async function authenticate(
  db: Db,
  input: { email: unknown; password: unknown; ip?: string | null },
): Promise<AuthResult> {
  const parsed = credentialsSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : null;
  const ip = input.ip ?? null;
  const audit = (outcome: "ok" | "denied", user: Actor | null, after: Record<string, unknown>) =>
    writeAudit(db, {
      actor: user,
      action: outcome === "ok" ? "auth.sign_in" : "auth.sign_in_failed",
      entityType: "User",
      entityId: user?.id ?? null,
      after,
      outcome,
      ip,
    });
  const findUser = () => (email === null ? null : db.user.findUnique({ where: { email } }));

  const gate = await beginSignIn(db, email, ip ?? UNKNOWN_ADDRESS);
  if (gate.refused) {
    const { scope, key, until } = gate.refused;
    if (await claimWindow(db, `audit-signin-${scope}:${key}`, until)) {
      const user = await findUser();
      await writeAudit(db, {
        actor: null,
        action: "auth.sign_in_failed",
        entityType: "User",
        entityId: user?.id ?? null,
        after: { email: email === null ? "(malformed)" : typedEmail(email, user), reason: "throttled", scope, until },
        outcome: "denied",
        ip,
      });
    }
    return { ok: false, reason: "throttled" };
  }
  const { attempt } = gate;
  if (!parsed.success) {
    await attempt.failed();
    await audit("denied", null, { email: "(malformed)", reason: "malformed" });
    return { ok: false, reason: "invalid" };
  }

  const user = await findUser();
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
  if (!user || user.disabledAt || !passwordOk) {
    await attempt.failed();
    const reason = !user ? "unknown" : user.disabledAt ? "disabled" : "password";
    await audit("denied", user, { email: typedEmail(parsed.data.email, user), reason });
    return { ok: false, reason: "invalid" };
  }
  await attempt.succeeded();
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await audit("ok", user, { email: user.email });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
