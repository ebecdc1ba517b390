import "server-only";
import type { Actor } from "../auth/actor.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import type { Db } from "../db/create-client.ts";
import { writeRefusal } from "./refusal-audit.ts";
import { type AuditMeta, assertAllowed } from "./run-audited.ts";

/**
 * The read side of the policy: every signed-in loader calls it with the
 * policy's answer before reading anything. A refusal is recorded (outcome
 * "denied"; an anonymous one bounded as in refusal-audit.ts) and thrown, as a
 * refused change is; an allowed read returns the actor, signed in for sure.
 */
export async function authorizeRead(db: Db, ctx: RequestContext, allowed: boolean, meta: AuditMeta): Promise<Actor> {
  try {
    assertAllowed(allowed, ctx);
  } catch (error) {
    const reason = error instanceof ServiceError ? error.code : "forbidden";
    await writeRefusal(db, {
      ...meta,
      actor: ctx.actor,
      outcome: "denied",
      after: { reason },
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
    throw error;
  }
  return ctx.actor!;
}
