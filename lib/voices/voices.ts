import "server-only";
import { z } from "zod";
import { authorizeRead } from "../audit/authorize-read.ts";
import { runAudited, runChange } from "../audit/run-audited.ts";
import type { Actor } from "../auth/actor.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can, type ItemScope } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import type { CitizenVoice, Prisma } from "../generated/prisma/client.ts";
import type { VoiceState } from "../generated/prisma/enums.ts";
import { notifyVoiceForwarded } from "../notifications/events.ts";
import { intId } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import { validInput } from "../validation/valid-input.ts";
import {
  AGE_GROUPS,
  HONEYPOT_FIELD,
  maskContacts,
  VOICE_ANSWER_LIMIT,
  VOICE_NAME_LIMIT,
  VOICE_REASON_LIMIT,
  VOICE_TEXT_LIMIT,
  voiceReference,
} from "./rules.ts";
import { takeVoiceSlot } from "./throttle.ts";

export const VOICE_STATES = ["received", "forwarded", "answered", "published", "rejected"] as const;

// Blank counts as not given: a name of spaces is no name to publish.
const emptyToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;
/** A checkbox: present ("on") or absent. */
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());

// Messages are catalog keys under "voices.errors".
const text = (required: string, limit: number) =>
  z.string({ error: required }).trim().min(1, { error: required }).max(limit, { error: "tooLong" });

export const submitVoiceSchema = z.object({
  itemNumber: intId({ error: "item" }),
  body: text("bodyRequired", VOICE_TEXT_LIMIT),
  name: z.preprocess(emptyToUndefined, z.string().trim().max(VOICE_NAME_LIMIT, { error: "nameTooLong" }).optional()),
  ageGroup: z.preprocess(emptyToUndefined, z.enum(AGE_GROUPS, { error: "ageGroup" }).optional()),
  mayPublish: checkbox,
  nameMayPublish: checkbox,
  // The honeypot: a person never sees it, so it must arrive empty.
  [HONEYPOT_FIELD]: z.preprocess(emptyToUndefined, z.undefined({ error: "robot" })),
});
export type SubmitVoiceInput = Untrusted<z.input<typeof submitVoiceSchema>>;

/** `version` is the voice's version the person saw: a decision on a voice that changed since is refused. */
const basis = { voiceId: intId({ error: "voiceId" }), version: z.coerce.number({ error: "invalid" }).int().min(0) };

export const forwardVoiceSchema = z.object(basis);
export const rejectVoiceSchema = z.object({ ...basis, reason: text("reasonRequired", VOICE_REASON_LIMIT) });
export const answerVoiceSchema = z.object({ ...basis, answer: text("answerRequired", VOICE_ANSWER_LIMIT) });
export const publishVoiceSchema = z.object(basis);
export type VoiceDecisionInput = Untrusted<{ voiceId: unknown; version: unknown; reason?: unknown; answer?: unknown }>;

/** What the audit keeps of a voice: its place and state, never its text or the sender's name. */
function voiceTrace(voice: CitizenVoice, itemNumber: number) {
  return { reference: voiceReference(voice.id), itemNumber, state: voice.state, version: voice.version };
}

/**
 * A citizen's voice from an item's public page. Nobody signs in: the limits per address and per
 * item, the honeypot and the length limit keep abuse out; nothing is shown to anyone but the
 * secretariat before a person has looked at it. Returns the 受付番号.
 */
export async function submitVoice(
  db: Db,
  ctx: RequestContext,
  input: SubmitVoiceInput,
): Promise<{ reference: string; itemNumber: number }> {
  const data = validInput(submitVoiceSchema.safeParse(input));
  const item = await db.planItem.findUnique({ where: { number: data.itemNumber }, select: { id: true } });
  if (!item) throw new ServiceError("not_found");
  if (!(await takeVoiceSlot(db, ctx.ip ?? null, item.id))) throw new ServiceError("rate_limited");
  return runAudited(db, ctx, { action: "voice.submit", entityType: "CitizenVoice" }, async (tx, record) => {
    const voice = await tx.citizenVoice.create({
      data: {
        itemId: item.id,
        body: data.body,
        maskedBody: maskContacts(data.body),
        name: data.name ?? null,
        ageGroup: data.ageGroup ?? null,
        mayPublish: data.mayPublish,
        // A name is published only with the voice, and only when the person gave one and allowed it.
        nameMayPublish: data.mayPublish && data.nameMayPublish && data.name !== undefined,
      },
    });
    await record({ entityId: voice.id, before: null, after: voiceTrace(voice, data.itemNumber) });
    return { reference: voiceReference(voice.id), itemNumber: data.itemNumber };
  });
}

type VoiceWithItem = CitizenVoice & { item: ItemScope & { number: number } };

/**
 * Loads a voice for a decision and checks it is still what the person saw: an allowed state and
 * the same version. An editor may touch only a voice forwarded to one of their items.
 */
async function loadForDecision(
  tx: Tx,
  voiceId: number,
  version: number,
  allowed: readonly VoiceState[],
): Promise<VoiceWithItem> {
  const voice = await tx.citizenVoice.findUnique({
    where: { id: voiceId },
    include: { item: { select: { number: true, sectionId: true, bureauId: true } } },
  });
  if (!voice) throw new ServiceError("not_found");
  if (!allowed.includes(voice.state)) throw new ServiceError("invalid_state", { state: voice.state });
  if (voice.version !== version) throw new ServiceError("conflict", { current: { version: voice.version } });
  return voice;
}

/** Applies a decision if the voice is still at the version read; the version moves on by one. */
async function decide(
  tx: Tx,
  voice: VoiceWithItem,
  data: Prisma.CitizenVoiceUncheckedUpdateManyInput,
  record: (change: { entityId: number; before: unknown; after: unknown }) => Promise<void>,
): Promise<CitizenVoice> {
  const updated = await tx.citizenVoice.updateMany({
    where: { id: voice.id, version: voice.version, state: voice.state },
    data: { ...data, version: voice.version + 1 },
  });
  if (updated.count !== 1) throw new ServiceError("conflict", { current: { version: voice.version } });
  const after = await tx.citizenVoice.findUniqueOrThrow({ where: { id: voice.id } });
  await record({
    entityId: voice.id,
    before: voiceTrace(voice, voice.item.number),
    after: { ...voiceTrace(after, voice.item.number), ...(data.rejectReason ? { reason: data.rejectReason } : {}) },
  });
  return after;
}

export interface VoiceDecision {
  voiceId: number;
  reference: string;
  itemNumber: number;
  state: VoiceState;
  version: number;
}

const decisionOf = (voice: CitizenVoice, itemNumber: number): VoiceDecision => ({
  voiceId: voice.id,
  reference: voiceReference(voice.id),
  itemNumber,
  state: voice.state,
  version: voice.version,
});

/** 回付: the secretariat hands a received voice to the item's section, whose editors are notified. */
export async function forwardVoice(db: Db, ctx: RequestContext, input: VoiceDecisionInput): Promise<VoiceDecision> {
  const parsed = forwardVoiceSchema.safeParse(input);
  const meta = { action: "voice.forward", entityType: "CitizenVoice", entityId: parsed.data?.voiceId ?? null };
  return runChange(db, ctx, meta, can(ctx.actor, "voice.moderate"), parsed, async (tx, v, { actor, record }) => {
    const voice = await loadForDecision(tx, v.voiceId, v.version, ["received"]);
    const now = new Date();
    const after = await decide(tx, voice, { state: "forwarded", forwardedAt: now, handledById: actor.id }, record);
    await notifyVoiceForwarded(tx, after.id);
    return decisionOf(after, voice.item.number);
  });
}

/** 不掲載: the secretariat turns a voice down with a reason (kept for the secretariat, never shown). */
export async function rejectVoice(db: Db, ctx: RequestContext, input: VoiceDecisionInput): Promise<VoiceDecision> {
  const parsed = rejectVoiceSchema.safeParse(input);
  const meta = { action: "voice.reject", entityType: "CitizenVoice", entityId: parsed.data?.voiceId ?? null };
  return runChange(db, ctx, meta, can(ctx.actor, "voice.moderate"), parsed, async (tx, v, { actor, record }) => {
    const voice = await loadForDecision(tx, v.voiceId, v.version, ["received", "forwarded", "answered"]);
    const now = new Date();
    const after = await decide(
      tx,
      voice,
      { state: "rejected", rejectReason: v.reason, decidedAt: now, handledById: actor.id },
      record,
    );
    return decisionOf(after, voice.item.number);
  });
}

/**
 * The states in which `actor` may answer a voice: the secretariat also before forwarding it, a
 * section only once forwarded; either may rewrite an answer until it is published.
 */
function answerableStates(actor: Actor): VoiceState[] {
  return can(actor, "voice.moderate") ? ["received", "forwarded", "answered"] : ["forwarded", "answered"];
}

/**
 * 市の考え方: the answer, written by an editor of the item's section on a forwarded voice (and
 * rewritten until published), or by the secretariat, who may also answer a voice directly.
 */
export async function answerVoice(db: Db, ctx: RequestContext, input: VoiceDecisionInput): Promise<VoiceDecision> {
  const parsed = answerVoiceSchema.safeParse(input);
  const meta = { action: "voice.answer", entityType: "CitizenVoice", entityId: parsed.data?.voiceId ?? null };
  // The grant depends on the voice's item; the decision below re-reads the voice in the transaction.
  const scope = parsed.success
    ? await db.citizenVoice.findUnique({
        where: { id: parsed.data.voiceId },
        select: { item: { select: { sectionId: true, bureauId: true } } },
      })
    : null;
  // Input that does not parse names no voice: whoever may answer at all gets the field errors.
  const allowed = parsed.success ? can(ctx.actor, "voice.answer", scope?.item) : can(ctx.actor, "voice.read");
  return runChange(db, ctx, meta, allowed, parsed, async (tx, v, { actor, record }) => {
    const current = await loadForDecision(tx, v.voiceId, v.version, answerableStates(actor));
    const after = await decide(
      tx,
      current,
      { state: "answered", answer: v.answer, answeredAt: new Date(), answeredById: actor.id },
      record,
    );
    return decisionOf(after, current.item.number);
  });
}

/** 公開: the secretariat publishes an answered voice with its answer, if the citizen allowed it. */
export async function publishVoice(db: Db, ctx: RequestContext, input: VoiceDecisionInput): Promise<VoiceDecision> {
  const parsed = publishVoiceSchema.safeParse(input);
  const meta = { action: "voice.publish", entityType: "CitizenVoice", entityId: parsed.data?.voiceId ?? null };
  return runChange(db, ctx, meta, can(ctx.actor, "voice.moderate"), parsed, async (tx, v, { actor, record }) => {
    const voice = await loadForDecision(tx, v.voiceId, v.version, ["answered"]);
    if (!voice.mayPublish) throw new ServiceError("invalid_state", { state: voice.state, reason: "notAllowed" });
    const now = new Date();
    const after = await decide(
      tx,
      voice,
      { state: "published", publishedAt: now, decidedAt: now, handledById: actor.id },
      record,
    );
    return decisionOf(after, voice.item.number);
  });
}

/* ------------------------------------------------------------------------------------------------
 * Reads
 * ---------------------------------------------------------------------------------------------- */

/** A voice as the staff list shows it. The secretariat reads the text as sent; a section, masked. */
export interface VoiceEntry {
  id: number;
  reference: string;
  item: { number: number; title: string; section: string | null };
  body: string;
  name: string | null;
  ageGroup: string | null;
  mayPublish: boolean;
  nameMayPublish: boolean;
  state: VoiceState;
  rejectReason: string | null;
  answer: string | null;
  answeredByName: string | null;
  version: number;
  createdAt: string;
  forwardedAt: string | null;
  answeredAt: string | null;
  publishedAt: string | null;
  /** what this reader may do with it now */
  canModerate: boolean;
  canAnswer: boolean;
}

export const voiceFilterSchema = z.object({
  state: z.preprocess(emptyToUndefined, z.enum(VOICE_STATES).optional()).catch(undefined),
  item: z.preprocess(emptyToUndefined, intId().optional()).catch(undefined),
  section: z.preprocess(emptyToUndefined, intId().optional()).catch(undefined),
});
export type VoiceFilter = z.output<typeof voiceFilterSchema>;

/** What a section's editor sees: voices forwarded to their items, never ones still being screened. */
const SECTION_STATES: VoiceState[] = ["forwarded", "answered", "published"];

function scopeOf(actor: Actor): Prisma.CitizenVoiceWhereInput {
  if (can(actor, "voice.moderate")) return {};
  const item: Prisma.PlanItemWhereInput =
    actor.bureauId !== null ? { bureauId: actor.bureauId } : { sectionId: actor.sectionId ?? -1 };
  return { item, state: { in: SECTION_STATES } };
}

/**
 * The voices a signed-in reader handles, oldest waiting first within each state: the secretariat
 * sees every voice, an editor those of their own items once forwarded.
 */
export async function listVoices(db: Db, ctx: RequestContext, filter: VoiceFilter = {}): Promise<VoiceEntry[]> {
  const actor = await authorizeRead(db, ctx, can(ctx.actor, "voice.read"), {
    action: "voice.list",
    entityType: "CitizenVoice",
  });
  const moderator = can(actor, "voice.moderate");
  const rows = await db.citizenVoice.findMany({
    where: {
      AND: [
        scopeOf(actor),
        filter.state ? { state: filter.state } : {},
        filter.item ? { item: { number: filter.item } } : {},
        filter.section ? { item: { sectionId: filter.section } } : {},
      ],
    },
    include: {
      item: {
        select: { number: true, title: true, sectionId: true, bureauId: true, section: { select: { name: true } } },
      },
      answeredBy: { select: { name: true } },
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => {
    const scope = { sectionId: row.item.sectionId, bureauId: row.item.bureauId };
    return {
      id: row.id,
      reference: voiceReference(row.id),
      item: { number: row.item.number, title: row.item.title, section: row.item.section?.name ?? null },
      body: moderator ? row.body : row.maskedBody,
      name: row.name,
      ageGroup: row.ageGroup,
      mayPublish: row.mayPublish,
      nameMayPublish: row.nameMayPublish,
      state: row.state,
      rejectReason: moderator ? row.rejectReason : null,
      answer: row.answer,
      answeredByName: row.answeredBy?.name ?? null,
      version: row.version,
      createdAt: row.createdAt.toISOString(),
      forwardedAt: row.forwardedAt?.toISOString() ?? null,
      answeredAt: row.answeredAt?.toISOString() ?? null,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      canModerate: moderator,
      canAnswer: can(actor, "voice.answer", scope) && answerableStates(actor).includes(row.state),
    };
  });
}

/** A published voice with the city's answer, as the public pages, the feed and the open data show it. */
export interface PublishedVoice {
  id: number;
  reference: string;
  itemNumber: number;
  itemTitle: string;
  body: string;
  /** only when the citizen allowed it */
  name: string | null;
  ageGroup: string | null;
  answer: string;
  createdAt: string;
  answeredAt: string;
  publishedAt: string;
}

/** Published voices, newest publication first: one item's, or all of them. */
export async function readPublishedVoices(db: Db, options: { itemNumber?: number } = {}): Promise<PublishedVoice[]> {
  const rows = await db.citizenVoice.findMany({
    where: {
      state: "published",
      ...(options.itemNumber !== undefined ? { item: { number: options.itemNumber } } : {}),
    },
    include: { item: { select: { number: true, title: true } } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    reference: voiceReference(row.id),
    itemNumber: row.item.number,
    itemTitle: row.item.title,
    body: row.maskedBody,
    name: row.nameMayPublish ? row.name : null,
    ageGroup: row.ageGroup,
    answer: row.answer ?? "",
    createdAt: row.createdAt.toISOString(),
    answeredAt: (row.answeredAt ?? row.publishedAt!).toISOString(),
    publishedAt: row.publishedAt!.toISOString(),
  }));
}

/** How voices were received and answered, for one item, one section or the whole plan. */
export interface VoiceCounts {
  received: number;
  answered: number;
  /** median days from receipt to answer, over answered voices (null: none answered yet) */
  medianDaysToAnswer: number | null;
}

export interface VoiceCountsBySection extends VoiceCounts {
  sectionId: number | null;
  section: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function countOf(rows: { state: VoiceState; createdAt: Date; answeredAt: Date | null }[]): VoiceCounts {
  // A voice turned down is still a voice received; answered counts answered and published ones.
  const answered = rows.filter((r) => r.answeredAt !== null && (r.state === "answered" || r.state === "published"));
  const days = answered.map((r) => Math.round(((r.answeredAt!.getTime() - r.createdAt.getTime()) / DAY_MS) * 10) / 10);
  return { received: rows.length, answered: answered.length, medianDaysToAnswer: median(days) };
}

/**
 * Voices received and answered in all, per section (in the plan's order) and per item number: the
 * dashboards' figures. Counts only, no text: public.
 */
export async function readVoiceCounts(db: Db): Promise<{
  total: VoiceCounts;
  bySection: VoiceCountsBySection[];
  byItem: Map<number, VoiceCounts>;
}> {
  const rows = await db.citizenVoice.findMany({
    select: {
      state: true,
      createdAt: true,
      answeredAt: true,
      item: { select: { number: true, section: { select: { id: true, name: true, sortOrder: true } } } },
    },
  });
  const sections = new Map<number | null, { section: string | null; order: number; rows: typeof rows }>();
  const items = new Map<number, typeof rows>();
  for (const row of rows) {
    const key = row.item.section?.id ?? null;
    const found = sections.get(key) ?? {
      section: row.item.section?.name ?? null,
      order: row.item.section?.sortOrder ?? Number.MAX_SAFE_INTEGER,
      rows: [],
    };
    found.rows.push(row);
    sections.set(key, found);
    const itemRows = items.get(row.item.number);
    if (itemRows) itemRows.push(row);
    else items.set(row.item.number, [row]);
  }
  return {
    total: countOf(rows),
    bySection: [...sections.entries()]
      .sort(([, a], [, b]) => a.order - b.order)
      .map(([sectionId, s]) => ({ sectionId, section: s.section, ...countOf(s.rows) })),
    byItem: new Map([...items.entries()].map(([number, r]) => [number, countOf(r)])),
  };
}
