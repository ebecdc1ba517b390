import type { z } from "zod";
import type { Actor } from "../auth/actor.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import type { Db } from "../db/create-client.ts";
import { TX_OPTIONS, type Tx } from "../db/tx.ts";
import { validInput } from "../validation/valid-input.ts";
import { writeRefusal } from "./refusal-audit.ts";
import { writeAudit } from "./write-audit.ts";

export interface AuditMeta {
  action: string;
  entityType: string;
  entityId?: string | number | null;
}

/** What a change's own audit record says beyond the run's action, entity type, actor and request. */
export interface ChangeRecord {
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Writes the change's audit record in the run's transaction. */
export type RecordChange = (change: ChangeRecord) => Promise<void>;

/**
 * Runs a change in one transaction; `record` writes its audit record there, so
 * the change and its record commit together. A refusal (forbidden /
 * unauthenticated) rolls the transaction back and is then recorded on its own,
 * so a refused request changes nothing but still leaves a trace (an anonymous
 * one at most once per address, action and window: see refusal-audit.ts).
 */
export async function runAudited<T>(
  db: Db,
  ctx: RequestContext,
  meta: AuditMeta,
  work: (tx: Tx, record: RecordChange) => Promise<T>,
  /** a longer time limit for a change that writes many rows (an import) */
  options: { timeout?: number } = {},
): Promise<T> {
  const trace = { actor: ctx.actor, requestId: ctx.requestId, ip: ctx.ip };
  try {
    return await db.$transaction((tx) => work(tx, (change) => writeAudit(tx, { ...meta, ...change, ...trace })), {
      ...TX_OPTIONS,
      ...options,
    });
  } catch (error) {
    if (error instanceof ServiceError && (error.code === "forbidden" || error.code === "unauthenticated")) {
      await writeRefusal(db, {
        ...meta,
        ...trace,
        outcome: "denied",
        after: { reason: error.code },
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

/** What a change's work gets besides the transaction and its parsed input. */
export interface ChangeScope {
  /** who is making the change: signed in, and allowed by the policy */
  actor: Actor;
  record: RecordChange;
}

/**
 * The one shape of a service's change, in one audited transaction: first the
 * policy's answer (`allowed`), then the service's own zod parse of its input,
 * then the work with the parsed input.
 */
export function runChange<I, T>(
  db: Db,
  ctx: RequestContext,
  meta: AuditMeta,
  allowed: boolean,
  parsed: z.ZodSafeParseResult<I>,
  work: (tx: Tx, input: I, scope: ChangeScope) => Promise<T>,
): Promise<T> {
  return runAudited(db, ctx, meta, (tx, record) => {
    assertAllowed(allowed, ctx);
    return work(tx, validInput(parsed), { actor: ctx.actor, record });
  });
}
