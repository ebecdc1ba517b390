import "server-only";
import { writeAudit } from "../audit/write-audit.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import type { Tx } from "../db/tx.ts";
import { type Edition, Prisma } from "../generated/prisma/client.ts";
import { periodKey } from "../periods/period-key.ts";
import { loadItemStates } from "../rollup/item-states.ts";
import { rollup } from "../rollup/rollup.ts";
import { lockForFreeze } from "./edition-lock.ts";
import { buildSnapshot } from "./snapshot.ts";

export interface FreezeEditionOptions {
  /** the period being closed, already marked closed in `tx` */
  period: {
    id: number;
    fiscalYear: number;
    term: "first_half" | "year_end";
    dueOn: Date;
    openedAt: Date | null;
    closedAt: Date;
  };
}

/**
 * Freezes the edition (版) of a period inside the transaction that closes it, so
 * a period is never closed without its edition, nor an edition taken of an open
 * period. The caller has checked the permission (period.manage). The edition is
 * audited as its own record, `edition.freeze`, next to `period.close`; it holds
 * the edition's key and overall numbers, not the whole snapshot, which lives in
 * the Edition row and never changes.
 * A period has at most one edition: a second freeze is refused (invalid_state),
 * also when two closes race (the unique period id lets one win).
 */
export async function freezeEdition(tx: Tx, ctx: RequestContext, options: FreezeEditionOptions) {
  const { period } = options;
  await lockForFreeze(tx);
  if (await tx.edition.findUnique({ where: { periodId: period.id }, select: { id: true } }))
    throw new ServiceError("invalid_state", { state: "frozen" });
  // Read through the transaction: it sees the period as closed, so 未更新 is judged against this period.
  const states = await loadItemStates(tx, { periodId: period.id });
  const snapshot = buildSnapshot(
    {
      fiscalYear: period.fiscalYear,
      term: period.term,
      dueOn: period.dueOn.toISOString().slice(0, 10),
      openedAt: period.openedAt?.toISOString() ?? null,
      closedAt: period.closedAt.toISOString(),
    },
    states.items,
  );
  let edition: Edition;
  try {
    edition = await tx.edition.create({
      data: {
        periodId: period.id,
        snapshot: snapshot as unknown as Prisma.InputJsonValue,
        frozenAt: period.closedAt,
        frozenById: ctx.actor?.id ?? null,
      },
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ServiceError("invalid_state", { state: "frozen" });
    throw error;
  }
  const overall = rollup(snapshot.items);
  const after = {
    period: periodKey(period),
    items: overall.items,
    reported: overall.reported,
    current: overall.current,
    byStatus: overall.byStatus,
    byEvaluation: overall.byEvaluation,
    meanProgress: overall.meanProgress,
  };
  await writeAudit(tx, {
    actor: ctx.actor,
    action: "edition.freeze",
    entityType: "Edition",
    entityId: edition.id,
    after,
    requestId: ctx.requestId,
    ip: ctx.ip,
  });
  return { editionId: edition.id, key: periodKey(period), items: snapshot.items.length };
}
