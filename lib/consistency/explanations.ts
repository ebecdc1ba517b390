import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import { cached } from "../db/cached.ts";
import { getDb } from "../db/client.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import { ITEMS_TAG } from "../items/cache-tags.ts";
import { loadItemStates } from "../rollup/item-states.ts";
import { intId } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { CHECK_KINDS, type CheckFinding, type CheckKind } from "./checks.ts";
import { EXPLANATION_LIMIT } from "./explanation-limit.ts";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

// Messages are catalog keys under "checks.errors.fields".
export const explainCheckSchema = z.object({
  itemNumber: z.preprocess(emptyToUndefined, intId({ error: "invalid" })),
  periodId: z.preprocess(emptyToUndefined, intId({ error: "invalid" })),
  kind: z.enum(CHECK_KINDS, { error: "invalid" }),
  kpiId: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? 0 : v),
    z.coerce
      .number({ error: "invalid" })
      .int({ error: "invalid" })
      .min(0, { error: "invalid" })
      .max(2_147_483_647, { error: "invalid" }),
  ),
  text: z
    .string({ error: "textRequired" })
    .trim()
    .min(1, { error: "textRequired" })
    .max(EXPLANATION_LIMIT, { error: "tooLong" }),
});

export type ExplainCheckInput = Untrusted<z.input<typeof explainCheckSchema>>;

/** An explanation as the pages show it, keyed by item number, check and KPI (explanationKey). */
export type Explanations = Record<string, { text: string; explainedAt: string }>;

export const explanationKey = (itemNumber: number, finding: CheckFinding) =>
  `${itemNumber}:${finding.kind}:${finding.kpiId ?? 0}`;

/**
 * How many items are flagged (by `kind`, or by any check) and how many of them have every such
 * finding explained: the figure the dashboards and the council report give beside the findings.
 */
export function explainedItems(
  items: readonly { number: number; checks: readonly CheckFinding[] }[],
  explanations: Explanations,
  kind?: CheckFinding["kind"],
): { flagged: number; explained: number } {
  let flagged = 0;
  let explained = 0;
  for (const item of items) {
    const findings = kind ? item.checks.filter((f) => f.kind === kind) : item.checks;
    if (findings.length === 0) continue;
    flagged += 1;
    if (findings.every((f) => explanations[explanationKey(item.number, f)] !== undefined)) explained += 1;
  }
  return { flagged, explained };
}

/** The explanations given for a period. */
export async function loadExplanations(db: Db | Tx, periodId: number): Promise<Explanations> {
  const rows = await db.checkExplanation.findMany({
    where: { periodId },
    select: { kind: true, kpiId: true, text: true, explainedAt: true, item: { select: { number: true } } },
  });
  return Object.fromEntries(
    rows.map((r) => [
      explanationKey(r.item.number, { kind: r.kind as CheckKind, kpiId: r.kpiId || null }),
      { text: r.text, explainedAt: r.explainedAt.toISOString() },
    ]),
  );
}

/** The same for a page: explanations are public, kept until an explanation or an item changes. */
export const getExplanations = cached(
  async (periodId: number) => loadExplanations(await getDb(), periodId),
  ["check-explanations-v1"],
  [ITEMS_TAG],
);

/**
 * The secretariat explains a 整合性チェック finding of an item at a period (or rewrites its
 * explanation). Only a finding the checks raise for that item at that period, in the council's
 * view (approved reports included), can be explained; the explanation is public wherever the
 * finding is shown.
 */
export async function explainCheck(
  db: Db,
  ctx: RequestContext,
  input: ExplainCheckInput,
): Promise<{ itemNumber: number; kind: CheckKind }> {
  const meta = { action: "check.explain", entityType: "CheckExplanation" };
  const parsed = explainCheckSchema.safeParse(input);
  return runChange(db, ctx, meta, can(ctx.actor, "check.explain"), parsed, async (tx, v, { actor, record }) => {
    const period = await tx.reportingPeriod.findUnique({ where: { id: v.periodId } });
    if (!period || period.status === "draft") throw new ServiceError("not_found");
    const { items } = await loadItemStates(tx, { periodId: period.id, internal: true });
    const state = items.find((i) => i.number === v.itemNumber);
    const kpiId = v.kpiId === 0 ? null : v.kpiId;
    if (!state?.checks.some((f) => f.kind === v.kind && f.kpiId === kpiId)) throw new ServiceError("not_found");
    const item = await tx.planItem.findUniqueOrThrow({ where: { number: v.itemNumber }, select: { id: true } });
    const where = { itemId: item.id, periodId: period.id, kind: v.kind, kpiId: v.kpiId };
    const before = await tx.checkExplanation.findUnique({ where: { itemId_periodId_kind_kpiId: where } });
    const saved = await tx.checkExplanation.upsert({
      where: { itemId_periodId_kind_kpiId: where },
      create: { ...where, text: v.text, explainedById: actor.id },
      update: { text: v.text, explainedById: actor.id, explainedAt: new Date() },
    });
    await record({
      entityId: saved.id,
      before: before ? { text: before.text } : null,
      after: { itemNumber: v.itemNumber, periodId: period.id, kind: v.kind, kpiId, text: v.text },
    });
    return { itemNumber: v.itemNumber, kind: v.kind };
  });
}
