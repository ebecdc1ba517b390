import "server-only";
import { z } from "zod";
import { authorizeRead } from "../audit/authorize-read.ts";
import { runChange } from "../audit/run-audited.ts";
import type { Actor } from "../auth/actor.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import type { CouncilOpinion } from "../generated/prisma/client.ts";
import type { OpinionState, PeriodTerm } from "../generated/prisma/enums.ts";
import { intId } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { matchItemReference } from "./item-reference.ts";
import { OPINION_TEXT_LIMIT } from "./opinion-limits.ts";

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

// Messages are catalog keys under "opinionErrors.fields".
const text = (required: string) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(OPINION_TEXT_LIMIT, { error: "tooLong" });

const positiveId = (key: string) => z.preprocess(emptyToUndefined, intId({ error: key }));

/** How a member names an item: its number in any width or words of its title (./item-reference.ts). */
const itemReference = z.preprocess(
  (value) => (typeof value === "number" ? String(value) : value),
  z.string({ error: "item" }).trim().min(1, { error: "item" }).max(200, { error: "itemNotFound" }),
);

/** A council member's opinion: on one item (by number or title) or on a reporting period as a whole. */
export const createOpinionSchema = z.discriminatedUnion(
  "target",
  [
    z.object({ target: z.literal("item"), item: itemReference, body: text("bodyRequired") }),
    z.object({ target: z.literal("period"), periodId: positiveId("periodId"), body: text("bodyRequired") }),
  ],
  { error: "target" },
);

export type CreateOpinionInput = Untrusted<z.input<typeof createOpinionSchema>>;

/**
 * `respondedAt` is the answer time the secretariat saw (null: not answered yet). It pins the
 * answer being replaced or published, so two people cannot overwrite each other unknowingly.
 */
const basisSchema = {
  opinionId: positiveId("opinionId"),
  respondedAt: z.preprocess(emptyToUndefined, z.iso.datetime({ error: "invalid" }).nullable().default(null)),
};

export const answerOpinionSchema = z.object({ ...basisSchema, response: text("responseRequired") });
export type AnswerOpinionInput = Untrusted<z.input<typeof answerOpinionSchema>>;

export const publishOpinionSchema = z.object(basisSchema);
export type PublishOpinionInput = Untrusted<z.input<typeof publishOpinionSchema>>;

/** What an opinion says and where it stands, as audit records and conflicts show it. */
export interface OpinionSnapshot {
  id: number;
  itemId: number | null;
  periodId: number | null;
  body: string;
  response: string | null;
  state: OpinionState;
  respondedById: number | null;
  respondedAt: string | null;
  publishedAt: string | null;
}

export function opinionSnapshot(o: CouncilOpinion): OpinionSnapshot {
  return {
    id: o.id,
    itemId: o.itemId,
    periodId: o.periodId,
    body: o.body,
    response: o.response,
    state: o.state,
    respondedById: o.respondedById,
    respondedAt: o.respondedAt?.toISOString() ?? null,
    publishedAt: o.publishedAt?.toISOString() ?? null,
  };
}

/** A field error for a value zod accepted but the database does not know. */
function fieldError(field: string, message: string, input: unknown): ServiceError {
  return new ServiceError("invalid", { zod: new z.ZodError([{ code: "custom", path: [field], message, input }]) });
}

/** 意見の登録 by a council member. Returns the new opinion's id and, for an item, its number. */
export async function createOpinion(
  db: Db,
  ctx: RequestContext,
  input: CreateOpinionInput,
): Promise<{ opinionId: number; itemNumber: number | null }> {
  const meta = { action: "opinion.write", entityType: "CouncilOpinion" };
  const parsed = createOpinionSchema.safeParse(input);
  return runChange(db, ctx, meta, can(ctx.actor, "opinion.write"), parsed, async (tx, data, { actor, record }) => {
    let target: { itemId: number; itemNumber: number } | { periodId: number };
    if (data.target === "item") {
      const items = await tx.planItem.findMany({ select: { id: true, number: true, title: true } });
      const match = matchItemReference(data.item, items);
      if (match.kind !== "found")
        throw fieldError("item", match.kind === "many" ? "itemAmbiguous" : "itemNotFound", data.item);
      const item = items.find((i) => i.number === match.number)!;
      target = { itemId: item.id, itemNumber: item.number };
    } else {
      // A period still being prepared (draft) has nothing to give an opinion on yet.
      const period = await tx.reportingPeriod.findUnique({
        where: { id: data.periodId },
        select: { id: true, status: true },
      });
      if (!period || period.status === "draft") throw fieldError("periodId", "periodNotFound", data.periodId);
      target = { periodId: period.id };
    }
    const opinion = await tx.councilOpinion.create({
      data: {
        itemId: "itemId" in target ? target.itemId : null,
        periodId: "periodId" in target ? target.periodId : null,
        authorId: actor.id,
        body: data.body,
        state: "submitted",
      },
    });
    const itemNumber = "itemNumber" in target ? target.itemNumber : null;
    await record({
      entityId: opinion.id,
      before: null,
      after: { ...opinionSnapshot(opinion), ...(itemNumber !== null ? { itemNumber } : {}) },
    });
    return { opinionId: opinion.id, itemNumber };
  });
}

/**
 * Loads an opinion written in the portal (imported meeting records are not answered here) and
 * checks it is still what the secretariat saw: the expected state and the same answer time.
 */
async function loadForChange(tx: Tx, opinionId: number, respondedAt: string | null, allowed: readonly string[]) {
  const opinion = await tx.councilOpinion.findUnique({
    where: { id: opinionId },
    include: { item: { select: { number: true } } },
  });
  if (!opinion || opinion.meetingId !== null) throw new ServiceError("not_found");
  if (!allowed.includes(opinion.state))
    throw new ServiceError("invalid_state", { state: opinion.state, current: opinionSnapshot(opinion) });
  if ((opinion.respondedAt?.toISOString() ?? null) !== respondedAt)
    throw new ServiceError("conflict", { current: opinionSnapshot(opinion) });
  return opinion;
}

/** The WHERE clause that makes a change exclusive: same id, same state, same answer time as read. */
function unchanged(opinion: CouncilOpinion) {
  return { id: opinion.id, state: opinion.state, respondedAt: opinion.respondedAt };
}

/** 対応 (the secretariat's answer) to an opinion; it may be rewritten until the opinion is published. */
export async function answerOpinion(
  db: Db,
  ctx: RequestContext,
  input: AnswerOpinionInput,
): Promise<{ opinionId: number; state: OpinionState; respondedAt: string }> {
  const parsed = answerOpinionSchema.safeParse(input);
  const meta = { action: "opinion.answer", entityType: "CouncilOpinion", entityId: parsed.data?.opinionId ?? null };
  return runChange(db, ctx, meta, can(ctx.actor, "opinion.answer"), parsed, async (tx, v, { actor, record }) => {
    const opinion = await loadForChange(tx, v.opinionId, v.respondedAt, ["submitted", "answered"]);
    const now = new Date();
    const updated = await tx.councilOpinion.updateMany({
      where: unchanged(opinion),
      data: { response: v.response, state: "answered", respondedById: actor.id, respondedAt: now },
    });
    if (updated.count !== 1) throw new ServiceError("conflict", { current: opinionSnapshot(opinion) });
    const after = await tx.councilOpinion.findUniqueOrThrow({ where: { id: opinion.id } });
    await record({
      entityId: opinion.id,
      before: opinionSnapshot(opinion),
      after: { ...opinionSnapshot(after), ...(opinion.item ? { itemNumber: opinion.item.number } : {}) },
    });
    return { opinionId: after.id, state: after.state, respondedAt: now.toISOString() };
  });
}

/**
 * 公開 of an answered opinion with its answer. Returns the item number whose public page the
 * caller must revalidate (null for an opinion on a period).
 */
export async function publishOpinion(
  db: Db,
  ctx: RequestContext,
  input: PublishOpinionInput,
): Promise<{ opinionId: number; itemNumber: number | null }> {
  const parsed = publishOpinionSchema.safeParse(input);
  const meta = { action: "opinion.publish", entityType: "CouncilOpinion", entityId: parsed.data?.opinionId ?? null };
  return runChange(db, ctx, meta, can(ctx.actor, "opinion.answer"), parsed, async (tx, v, { record }) => {
    // Only an answered opinion is published: the public sees an opinion together with the city's answer.
    const opinion = await loadForChange(tx, v.opinionId, v.respondedAt, ["answered"]);
    const now = new Date();
    const updated = await tx.councilOpinion.updateMany({
      where: unchanged(opinion),
      data: { state: "published", publishedAt: now },
    });
    if (updated.count !== 1) throw new ServiceError("conflict", { current: opinionSnapshot(opinion) });
    const itemNumber = opinion.item?.number ?? null;
    await record({
      entityId: opinion.id,
      before: { state: opinion.state, publishedAt: null },
      after: { state: "published", publishedAt: now.toISOString(), ...(itemNumber !== null ? { itemNumber } : {}) },
    });
    return { opinionId: opinion.id, itemNumber };
  });
}

/* ------------------------------------------------------------------------------------------------
 * Reads
 * ---------------------------------------------------------------------------------------------- */

export type OpinionTarget =
  | { kind: "item"; number: number; title: string }
  | { kind: "period"; fiscalYear: number; term: PeriodTerm };

/** An opinion as the council and the secretariat see it (dates as ISO strings). */
export interface OpinionEntry {
  id: number;
  target: OpinionTarget;
  body: string;
  response: string | null;
  state: OpinionState;
  authorName: string | null;
  /** written by the person asking */
  mine: boolean;
  createdAt: string;
  respondedAt: string | null;
  respondedByName: string | null;
  publishedAt: string | null;
}

const entryInclude = {
  item: { select: { number: true, title: true } },
  period: { select: { fiscalYear: true, term: true } },
  author: { select: { name: true } },
  respondedBy: { select: { name: true } },
} as const;

type EntryRow = CouncilOpinion & {
  item: { number: number; title: string } | null;
  period: { fiscalYear: number; term: PeriodTerm } | null;
  author: { name: string } | null;
  respondedBy: { name: string } | null;
};

function targetOf(row: EntryRow): OpinionTarget {
  if (row.item) return { kind: "item", number: row.item.number, title: row.item.title };
  // createOpinion sets exactly one of item and period on every portal opinion.
  return { kind: "period", fiscalYear: row.period!.fiscalYear, term: row.period!.term };
}

function toEntry(row: EntryRow, actor: Actor | null): OpinionEntry {
  return {
    id: row.id,
    target: targetOf(row),
    body: row.body,
    response: row.response,
    state: row.state,
    authorName: row.author?.name ?? null,
    mine: actor !== null && row.authorId === actor.id,
    createdAt: row.createdAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    respondedByName: row.respondedBy?.name ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/** Opinions written in the portal (the imported meeting record has its own page section). */
const PORTAL_OPINIONS = { meetingId: null } as const;

/** Who may read the portal's opinions: the council, who writes them, and the secretariat, who answers them. */
const readOpinions = (db: Db, ctx: RequestContext) =>
  authorizeRead(db, ctx, can(ctx.actor, "opinion.write") || can(ctx.actor, "opinion.answer"), {
    action: "opinion.list",
    entityType: "CouncilOpinion",
  });

/** Every opinion written in the portal with its state and answer, newest first: for the council (and the secretariat). */
export async function listOpinionsForCouncil(db: Db, ctx: RequestContext): Promise<OpinionEntry[]> {
  const actor = await readOpinions(db, ctx);
  const rows = await db.councilOpinion.findMany({
    where: PORTAL_OPINIONS,
    include: entryInclude,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => toEntry(row, actor));
}

/** The secretariat's queue: unanswered opinions first (oldest first), then answered ones to publish, then the published. */
export async function listOpinionQueue(
  db: Db,
  ctx: RequestContext,
): Promise<Record<OpinionEntry["state"], OpinionEntry[]>> {
  const actor = await authorizeRead(db, ctx, can(ctx.actor, "opinion.answer"), {
    action: "opinion.list",
    entityType: "CouncilOpinion",
  });
  const rows = await db.councilOpinion.findMany({
    where: PORTAL_OPINIONS,
    include: entryInclude,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const entries = rows.map((row) => toEntry(row, actor));
  return {
    submitted: entries.filter((e) => e.state === "submitted"),
    answered: entries.filter((e) => e.state === "answered"),
    published: entries.filter((e) => e.state === "published").reverse(),
  };
}

/** Periods an opinion may be given on (opened or closed, newest first); the open one is the default. */
export async function listOpinionPeriods(
  db: Db,
  ctx: RequestContext,
): Promise<{ id: number; fiscalYear: number; term: PeriodTerm; open: boolean }[]> {
  await readOpinions(db, ctx);
  const periods = await db.reportingPeriod.findMany({
    where: { status: { in: ["open", "closed"] } },
    orderBy: [{ fiscalYear: "desc" }, { term: "desc" }],
    select: { id: true, fiscalYear: true, term: true, status: true },
  });
  return periods.map((p) => ({ id: p.id, fiscalYear: p.fiscalYear, term: p.term, open: p.status === "open" }));
}

/** A published opinion with the city's answer, as the public pages show it. */
export interface PublishedOpinion {
  id: number;
  target: OpinionTarget;
  body: string;
  response: string;
  createdAt: string;
  respondedAt: string | null;
  publishedAt: string;
}

/** Published portal opinions, newest publication first: one item's, or all of them. */
export async function readPublishedOpinions(
  db: Db,
  options: { itemNumber?: number } = {},
): Promise<PublishedOpinion[]> {
  const rows = await db.councilOpinion.findMany({
    where: {
      ...PORTAL_OPINIONS,
      state: "published",
      ...(options.itemNumber !== undefined ? { item: { number: options.itemNumber } } : {}),
    },
    include: entryInclude,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    target: targetOf(row),
    body: row.body,
    response: row.response ?? "",
    createdAt: row.createdAt.toISOString(),
    respondedAt: row.respondedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt!.toISOString(),
  }));
}
