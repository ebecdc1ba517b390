import type { Actor } from "../auth/actor.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import type { Db } from "../db/create-client.ts";
import { TX_OPTIONS, type Tx } from "../db/tx.ts";
import { writeAudit } from "./write-audit.ts";

export interface AuditMeta {
  action: string;
  entityType: string;
  entityId?: string | number | null;
}

/**
 * Runs a change in one transaction. A refusal (forbidden / unauthenticated)
 * rolls the transaction back and is then recorded on its own, so a refused
 * request changes nothing but still leaves a trace.
 */
export async function runAudited<T>(
  db: Db,
  ctx: RequestContext,
  meta: AuditMeta,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  try {
    return await db.$transaction(work, TX_OPTIONS);
  } catch (error) {
    if (error instanceof ServiceError && (error.code === "forbidden" || error.code === "unauthenticated")) {
      await writeAudit(db, {
        ...meta,
        actor: ctx.actor,
        outcome: "denied",
        after: { reason: error.code },
        requestId: ctx.requestId,
        ip: ctx.ip,
      });
    }
    throw error;
  }
}

/** A request context whose actor is signed in. */
export type SignedInContext = RequestContext & { actor: Actor };

/** Throws the refusal the policy gave; services call it before touching anything. Afterwards the actor is known. */
export function assertAllowed(allowed: boolean, ctx: RequestContext): asserts ctx is SignedInContext {
  if (!ctx.actor) throw new ServiceError("unauthenticated");
  if (!allowed) throw new ServiceError("forbidden");
}
