// Who may do what, asked of the services directly (not through the UI): every
// actor × every change. A refusal changes nothing and leaves exactly one
// denied audit record; an allowed call has its effect.
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import type { RequestContext } from "../../lib/auth/context.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { answerOpinion, createOpinion } from "../../lib/council/opinions.ts";
import { setAchievement } from "../../lib/items/set-achievement.ts";
import { updateItem } from "../../lib/items/update-item.ts";
import { createPeriod, setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { reviewReport } from "../../lib/review/review-report.ts";
import { createUser } from "../../lib/users/manage-users.ts";
import { answerVoice, forwardVoice } from "../../lib/voices/voices.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import {
  auditSince,
  bureauCodeOf,
  ctxOf,
  digest,
  failureOf,
  lastAuditId,
  makeUser,
  openPeriod,
  uniqueEmail,
} from "../support/fixtures.ts";

/** Item 44 belongs to 税務課 (bureau 02行政経営部). */
const ITEM = 44;

const ACTOR_KEYS = [
  "anonymous",
  "editor of the owning section",
  "editor of another section (same bureau)",
  "editor of another section (other bureau)",
  "editor bound to the owning bureau",
  "editor bound to another bureau",
  "council",
  "admin",
] as const;
type ActorKey = (typeof ACTOR_KEYS)[number];

const ACTION_KEYS = [
  "save draft",
  "submit",
  "approve",
  "return",
  "publish",
  "edit item",
  "create user",
  "create period",
  "open period",
  "close period",
  "write opinion",
  "answer opinion",
  "judge achievement",
  "forward voice",
  "answer voice",
] as const;
type ActionKey = (typeof ACTION_KEYS)[number];

/** The expected matrix, spelled out: everything not listed is refused. */
const ALLOWED: Record<ActorKey, readonly ActionKey[]> = {
  anonymous: [],
  "editor of the owning section": ["save draft", "submit", "answer voice"],
  "editor of another section (same bureau)": [],
  "editor of another section (other bureau)": [],
  "editor bound to the owning bureau": ["save draft", "submit", "answer voice"],
  "editor bound to another bureau": [],
  council: ["write opinion"],
  // The secretariat answers the council's opinions; it does not write them.
  admin: ACTION_KEYS.filter((action) => action !== "write opinion"),
};

/** The audit action each service records. */
const AUDIT_ACTION: Record<ActionKey, string> = {
  "save draft": "report.save_draft",
  submit: "report.submit",
  approve: "report.approve",
  return: "report.return",
  publish: "report.publish",
  "edit item": "item.edit",
  "create user": "user.create",
  "create period": "period.create",
  "open period": "period.open",
  "close period": "period.close",
  "write opinion": "opinion.write",
  "answer opinion": "opinion.answer",
  "judge achievement": "item.achievement",
  "forward voice": "voice.forward",
  "answer voice": "voice.answer",
};

const cells = ACTOR_KEYS.flatMap((actor) =>
  ACTION_KEYS.map((action) => ({ actor, action, allowed: ALLOWED[actor].includes(action) })),
);

describeOnDatabases("policy matrix", "imported", (suite) => {
  let db: Db;
  const actors = {} as Record<ActorKey, Actor | null>;
  let owner: Actor;
  let admin: Actor;
  let itemId: number;
  let periodSeq = 0;
  let seq = 0;

  beforeAll(async () => {
    db = suite.db;
    const ownBureau = await bureauCodeOf(db, "税務課");
    const otherBureau = await bureauCodeOf(db, "人事課");
    expect(ownBureau).not.toBe(otherBureau);
    expect(await bureauCodeOf(db, "財政課")).toBe(ownBureau);
    admin = await makeUser(db, { role: "admin" });
    owner = await makeUser(db, { role: "editor", section: "税務課" });
    Object.assign(actors, {
      anonymous: null,
      "editor of the owning section": owner,
      "editor of another section (same bureau)": await makeUser(db, { role: "editor", section: "財政課" }),
      "editor of another section (other bureau)": await makeUser(db, { role: "editor", section: "人事課" }),
      "editor bound to the owning bureau": await makeUser(db, { role: "editor", bureau: ownBureau }),
      "editor bound to another bureau": await makeUser(db, { role: "editor", bureau: otherBureau }),
      council: await makeUser(db, { role: "council" }),
      admin,
    });
    const item = await db.planItem.findUniqueOrThrow({ where: { number: ITEM }, include: { section: true } });
    expect(item.section?.name).toBe("税務課");
    itemId = item.id;
    await openPeriod(db, { admin });
  });

  // ---- preparing the state each action needs (so an allowed call would succeed) ----

  async function ensureOpenPeriod() {
    const open = await db.reportingPeriod.findFirst({ where: { status: "open" } });
    if (open) return open;
    periodSeq += 1;
    return db.reportingPeriod.create({
      data: {
        fiscalYear: 2500 + periodSeq,
        term: "first_half",
        dueOn: new Date("2030-01-31T00:00:00Z"),
        status: "open",
        openedAt: new Date(),
      },
    });
  }

  /** The open period with no report on the item, or one in `state`. */
  async function reportIn(state: "draft" | "submitted" | "approved" | null) {
    const period = await ensureOpenPeriod();
    await db.progressReport.deleteMany({ where: { itemId } });
    if (!state) return { period, report: null };
    const report = await db.progressReport.create({
      data: {
        itemId,
        periodId: period.id,
        state,
        status: "in_progress",
        evaluation: "B",
        progressPercent: 40,
        achievements: "着手済み",
        createdById: owner.id,
        updatedById: owner.id,
        ...(state !== "draft" ? { submittedById: owner.id, submittedAt: new Date() } : {}),
      },
    });
    return { period, report };
  }

  const submittedFields = (marker: string) => ({
    status: "in_progress",
    evaluation: "A",
    progressPercent: "60",
    achievements: marker,
    issues: "",
    nextSteps: "",
  });

  interface Case {
    /** sets up the state and returns the call to make */
    prepare(): Promise<(ctx: RequestContext) => Promise<unknown>>;
    /** checks an allowed call had its effect */
    verify(actor: Actor, result: unknown): Promise<void>;
  }

  let marker = "";
  let expected: Record<string, unknown> = {};

  const CASES: Record<ActionKey, Case> = {
    "save draft": {
      async prepare() {
        await reportIn(null);
        marker = `下書き ${++seq}`;
        return (ctx) =>
          saveReport(db, ctx, {
            itemNumber: ITEM,
            baseReportId: 0,
            baseVersion: 0,
            intent: "draft",
            fields: { achievements: marker },
          });
      },
      async verify(actor) {
        const reports = await db.progressReport.findMany({ where: { itemId } });
        expect(reports).toHaveLength(1);
        expect(reports[0]).toMatchObject({
          state: "draft",
          achievements: marker,
          createdById: actor.id,
          updatedById: actor.id,
          revision: 1,
          version: 1,
        });
      },
    },
    submit: {
      async prepare() {
        const { report } = await reportIn("draft");
        marker = `提出 ${++seq}`;
        return (ctx) =>
          saveReport(db, ctx, {
            itemNumber: ITEM,
            baseReportId: report!.id,
            baseVersion: report!.version,
            intent: "submit",
            fields: submittedFields(marker),
          });
      },
      async verify(actor) {
        const reports = await db.progressReport.findMany({ where: { itemId } });
        expect(reports).toHaveLength(1);
        expect(reports[0]).toMatchObject({
          state: "submitted",
          achievements: marker,
          progressPercent: 60,
          evaluation: "A",
          submittedById: actor.id,
          version: 2,
        });
      },
    },
    approve: {
      async prepare() {
        const { report } = await reportIn("submitted");
        return (ctx) => reviewReport(db, ctx, { reportId: report!.id, version: report!.version, decision: "approve" });
      },
      async verify(actor) {
        const report = await db.progressReport.findFirstOrThrow({ where: { itemId } });
        expect(report).toMatchObject({ state: "approved", reviewedById: actor.id, version: 2 });
      },
    },
    return: {
      async prepare() {
        const { report } = await reportIn("submitted");
        marker = `差戻し ${++seq}`;
        return (ctx) =>
          reviewReport(db, ctx, {
            reportId: report!.id,
            version: report!.version,
            decision: "return",
            comment: marker,
          });
      },
      async verify(actor) {
        const report = await db.progressReport.findFirstOrThrow({ where: { itemId } });
        expect(report).toMatchObject({ state: "returned", reviewComment: marker, reviewedById: actor.id, version: 2 });
      },
    },
    publish: {
      async prepare() {
        await reportIn("approved");
        return (ctx) => publishReports(db, ctx, { all: true });
      },
      async verify(actor, result) {
        expect(result).toEqual({ published: 1, itemNumbers: [ITEM] });
        const report = await db.progressReport.findFirstOrThrow({ where: { itemId } });
        expect(report).toMatchObject({ state: "published", publishedById: actor.id, version: 2 });
        expect(report.publishedAt).toBeInstanceOf(Date);
      },
    },
    "edit item": {
      async prepare() {
        const item = await db.planItem.findUniqueOrThrow({ where: { id: itemId } });
        marker = `${item.title.replace(/（改\d+）$/, "")}（改${++seq}）`;
        expected = { version: item.version + 1 };
        return (ctx) =>
          updateItem(db, ctx, {
            itemNumber: ITEM,
            version: item.version,
            title: marker,
            purpose: item.purpose,
            content: item.content,
            target: item.target,
            sectionId: item.sectionId,
            classificationId: item.classificationId,
            reason: "表現の修正",
          });
      },
      async verify(actor) {
        const item = await db.planItem.findUniqueOrThrow({ where: { id: itemId } });
        expect(item).toMatchObject({ title: marker, version: expected.version });
        const change = await db.itemChange.findFirstOrThrow({ where: { itemId }, orderBy: { id: "desc" } });
        expect(change).toMatchObject({ field: "title", after: marker, reason: "表現の修正", changedById: actor.id });
      },
    },
    "create user": {
      async prepare() {
        marker = uniqueEmail("created");
        return (ctx) =>
          createUser(db, ctx, {
            email: marker,
            name: "新規 利用者",
            role: "council",
            sectionId: "",
            bureauId: "",
            password: "a-long-password-1",
          });
      },
      async verify() {
        expect(await db.user.findUnique({ where: { email: marker } })).toMatchObject({
          role: "council",
          disabledAt: null,
        });
      },
    },
    "create period": {
      async prepare() {
        const taken = await db.reportingPeriod.findMany({ where: { fiscalYear: { gte: 2024, lte: 2040 } } });
        const free = [2030, 2031, 2032, 2033, 2034]
          .flatMap((fy) => (["first_half", "year_end"] as const).map((term) => ({ fy, term })))
          .find((c) => !taken.some((p) => p.fiscalYear === c.fy && p.term === c.term))!;
        expected = { fiscalYear: free.fy, term: free.term };
        return (ctx) => createPeriod(db, ctx, { fiscalYear: free.fy, term: free.term, dueOn: `${free.fy}-10-31` });
      },
      async verify() {
        const period = await db.reportingPeriod.findUniqueOrThrow({
          where: {
            fiscalYear_term: { fiscalYear: expected.fiscalYear as number, term: expected.term as "first_half" },
          },
        });
        expect(period.status).toBe("draft");
      },
    },
    "open period": {
      async prepare() {
        await db.reportingPeriod.updateMany({
          where: { status: "open" },
          data: { status: "closed", closedAt: new Date() },
        });
        periodSeq += 1;
        const draft = await db.reportingPeriod.create({
          data: { fiscalYear: 2500 + periodSeq, term: "year_end", dueOn: new Date("2030-03-31T00:00:00Z") },
        });
        expected = { id: draft.id };
        return (ctx) => setPeriodStatus(db, ctx, { periodId: draft.id, status: "open" });
      },
      async verify() {
        const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: expected.id as number } });
        expect(period.status).toBe("open");
        expect(period.openedAt).toBeInstanceOf(Date);
      },
    },
    "close period": {
      async prepare() {
        const open = await ensureOpenPeriod();
        expected = { id: open.id };
        return (ctx) => setPeriodStatus(db, ctx, { periodId: open.id, status: "closed" });
      },
      async verify() {
        const period = await db.reportingPeriod.findUniqueOrThrow({ where: { id: expected.id as number } });
        expect(period.status).toBe("closed");
        expect(period.closedAt).toBeInstanceOf(Date);
      },
    },
    "write opinion": {
      async prepare() {
        marker = `意見 ${++seq}`;
        return (ctx) => createOpinion(db, ctx, { target: "item", item: ITEM, body: marker });
      },
      async verify(actor) {
        const opinion = await db.councilOpinion.findFirstOrThrow({ where: { body: marker } });
        expect(opinion).toMatchObject({ itemId, authorId: actor.id, state: "submitted" });
      },
    },
    "answer opinion": {
      async prepare() {
        const council = actors.council!;
        const opinion = await db.councilOpinion.create({
          data: { itemId, authorId: council.id, body: `回答待ち ${++seq}` },
        });
        marker = `対応 ${seq}`;
        expected = { id: opinion.id };
        return (ctx) => answerOpinion(db, ctx, { opinionId: opinion.id, response: marker });
      },
      async verify(actor) {
        const opinion = await db.councilOpinion.findUniqueOrThrow({ where: { id: expected.id as number } });
        expect(opinion).toMatchObject({ state: "answered", response: marker, respondedById: actor.id });
      },
    },
    "forward voice": {
      async prepare() {
        const voice = await db.citizenVoice.create({
          data: { itemId, body: `声 ${++seq}`, maskedBody: `声 ${seq}`, mayPublish: true, nameMayPublish: false },
        });
        expected = { id: voice.id };
        return (ctx) => forwardVoice(db, ctx, { voiceId: voice.id, version: 0 });
      },
      async verify(actor) {
        const voice = await db.citizenVoice.findUniqueOrThrow({ where: { id: expected.id as number } });
        expect(voice).toMatchObject({ state: "forwarded", handledById: actor.id, version: 1 });
      },
    },
    "answer voice": {
      async prepare() {
        // A voice the secretariat has forwarded to the item's section.
        const voice = await db.citizenVoice.create({
          data: {
            itemId,
            body: `声 ${++seq}`,
            maskedBody: `声 ${seq}`,
            mayPublish: true,
            nameMayPublish: false,
            state: "forwarded",
            forwardedAt: new Date(),
          },
        });
        marker = `市の考え方 ${seq}`;
        expected = { id: voice.id };
        return (ctx) => answerVoice(db, ctx, { voiceId: voice.id, version: 0, answer: marker });
      },
      async verify(actor) {
        const voice = await db.citizenVoice.findUniqueOrThrow({ where: { id: expected.id as number } });
        expect(voice).toMatchObject({ state: "answered", answer: marker, answeredById: actor.id });
      },
    },
    "judge achievement": {
      async prepare() {
        const item = await db.planItem.findUniqueOrThrow({ where: { id: itemId } });
        const next = item.achievement === "achieved" ? "partly_achieved" : "achieved";
        expected = { achievement: next, version: item.version + 1 };
        return (ctx) =>
          setAchievement(db, ctx, {
            itemNumber: ITEM,
            version: item.version,
            achievement: next,
            note: `判定 ${++seq}`,
          });
      },
      async verify() {
        const item = await db.planItem.findUniqueOrThrow({ where: { id: itemId } });
        expect(item).toMatchObject(expected);
      },
    },
  };

  it.each(cells)("$actor × $action → allowed: $allowed", async ({ actor: actorKey, action, allowed }) => {
    const actor = actors[actorKey];
    const call = await CASES[action].prepare();
    const before = await digest(db);
    const auditBefore = await lastAuditId(db);

    if (allowed) {
      const result = await call(ctxOf(actor));
      await CASES[action].verify(actor!, result);
      expect(await digest(db)).not.toBe(before);
      const audit = await auditSince(db, auditBefore);
      expect(audit.length).toBeGreaterThan(0);
      expect(audit.every((row) => row.outcome === "ok")).toBe(true);
      expect(audit.some((row) => row.action === AUDIT_ACTION[action] && row.actorId === actor!.id)).toBe(true);
      return;
    }

    const error = await failureOf(call(ctxOf(actor)));
    const code = actor ? "forbidden" : "unauthenticated";
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe(code);
    expect(await digest(db)).toBe(before);
    const audit = await auditSince(db, auditBefore);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      outcome: "denied",
      action: AUDIT_ACTION[action],
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? "anonymous",
      after: { reason: code },
    });
  });
});
