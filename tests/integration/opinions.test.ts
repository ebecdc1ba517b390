// 審議会意見: a council member records an opinion on an item or a period, the secretariat
// answers and publishes it, and the public lists only what was published. Refusals change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import {
  answerOpinion,
  createOpinion,
  listOpinionPeriods,
  listOpinionQueue,
  listOpinionsForCouncil,
  publishOpinion,
  readPublishedOpinions,
} from "../../lib/council/opinions.ts";
import { type Db, openImportedDb, type TestDb, targets } from "../support/db.ts";
import {
  auditSince,
  ctxOf,
  digest,
  failureOf,
  fieldErrorsOf,
  lastAuditId,
  makeUser,
  openPeriod,
  refusalCheck,
} from "../support/fixtures.ts";

const ITEM = 44;

describe.each(targets)("council opinions on $name", (target) => {
  let testDb: TestDb;
  let db: Db;
  let admin: Actor;
  let otherAdmin: Actor;
  let council: Actor;
  let editor: Actor;
  let periodId: number;

  beforeAll(async () => {
    testDb = await openImportedDb(target);
    db = testDb.db;
    admin = await makeUser(db, { role: "admin" });
    otherAdmin = await makeUser(db, { role: "admin" });
    council = await makeUser(db, { role: "council" });
    editor = await makeUser(db, { role: "editor", section: "税務課" });
    periodId = (await openPeriod(db, { admin })).id;
  });

  afterAll(async () => {
    await testDb?.close();
  });

  /** Everything a refused call must leave as it was, opinions included. */
  const snapshot = async () =>
    `${await digest(db)}${JSON.stringify(await db.councilOpinion.findMany({ orderBy: { id: "asc" } }))}`;

  /** Expects the call to fail with `code`, change nothing, and leave only the given audit rows. */
  const expectRefused = refusalCheck(() => db, snapshot, "CouncilOpinion");

  it("lets a council member record an opinion on an item and on a period, audited", async () => {
    let mark = await lastAuditId(db);
    const onItem = await createOpinion(db, ctxOf(council), {
      target: "item",
      item: String(ITEM),
      body: "  目標値の根拠を示してください。  ",
    });
    expect(onItem.itemNumber).toBe(ITEM);
    const row = await db.councilOpinion.findUniqueOrThrow({ where: { id: onItem.opinionId }, include: { item: true } });
    expect(row).toMatchObject({
      body: "目標値の根拠を示してください。",
      state: "submitted",
      authorId: council.id,
      periodId: null,
      meetingId: null,
      response: null,
    });
    expect(row.item?.number).toBe(ITEM);
    let audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "opinion.write",
      outcome: "ok",
      entityType: "CouncilOpinion",
      entityId: String(onItem.opinionId),
      actorId: council.id,
      before: null,
    });
    expect(audit[0].after).toMatchObject({
      state: "submitted",
      body: "目標値の根拠を示してください。",
      itemNumber: ITEM,
    });

    mark = await lastAuditId(db);
    const onPeriod = await createOpinion(db, ctxOf(council), {
      target: "period",
      periodId,
      body: "全体として報告の粒度にばらつきがある。",
    });
    expect(onPeriod.itemNumber).toBeNull();
    expect(await db.councilOpinion.findUniqueOrThrow({ where: { id: onPeriod.opinionId } })).toMatchObject({
      periodId,
      itemId: null,
      state: "submitted",
    });
    audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "opinion.write", outcome: "ok", entityId: String(onPeriod.opinionId) });

    // The council sees both, newest first, with their state; the form offers the open period.
    const listed = await listOpinionsForCouncil(db, ctxOf(council));
    expect(listed.map((o) => o.id)).toEqual([onPeriod.opinionId, onItem.opinionId]);
    expect(listed[1]).toMatchObject({
      state: "submitted",
      mine: true,
      target: { kind: "item", number: ITEM },
      response: null,
    });
    expect(listed[0].target).toEqual({ kind: "period", fiscalYear: 2025, term: "first_half" });
    expect(await listOpinionPeriods(db, ctxOf(council))).toEqual([
      { id: periodId, fiscalYear: 2025, term: "first_half", open: true },
    ]);
    // The same item named in full-width digits, with 「No.」, as the form's list offers it, or by its title.
    for (const named of ["４４", "No.44", "44 WEB口座振替受付サービスの推進", "web口座振替"]) {
      const again = await createOpinion(db, ctxOf(council), { target: "item", item: named, body: "同じ項目への意見" });
      expect(again.itemNumber, named).toBe(ITEM);
      await db.councilOpinion.delete({ where: { id: again.opinionId } });
    }
  });

  it("refuses invalid opinions with field errors and changes nothing", async () => {
    const council_ = ctxOf(council);
    let error = await expectRefused(
      () => createOpinion(db, council_, { target: "item", item: "44", body: "   " }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(error)).toEqual({ body: "bodyRequired" });
    error = await expectRefused(
      () => createOpinion(db, council_, { target: "item", item: "44", body: "あ".repeat(2001) }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(error)).toEqual({ body: "tooLong" });
    error = await expectRefused(
      () => createOpinion(db, council_, { target: "item", item: "abc", body: "意見" }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(error)).toEqual({ item: "itemNotFound" });
    error = await expectRefused(
      () => createOpinion(db, council_, { target: "item", item: "999", body: "意見" }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(error)).toEqual({ item: "itemNotFound" });
    // Words that fit several titles name none of them (「電子申請」 is in more than one).
    error = await expectRefused(
      () => createOpinion(db, council_, { target: "item", item: "電子", body: "意見" }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(error)).toEqual({ item: "itemAmbiguous" });
    const draft = await db.reportingPeriod.create({
      data: { fiscalYear: 2025, term: "year_end", dueOn: new Date("2026-04-30T00:00:00Z") },
    });
    error = await expectRefused(
      () => createOpinion(db, council_, { target: "period", periodId: draft.id, body: "意見" }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(error)).toEqual({ periodId: "periodNotFound" });
    await db.reportingPeriod.delete({ where: { id: draft.id } });
    error = await expectRefused(
      () => createOpinion(db, council_, { target: "nothing", body: "意見" } as never),
      "invalid",
      null,
    );
    expect(Object.values(fieldErrorsOf(error))).toEqual(["target"]);
    // Exactly 2000 characters is accepted.
    const longest = await createOpinion(db, council_, { target: "item", item: 1, body: "長".repeat(2000) });
    expect((await db.councilOpinion.findUniqueOrThrow({ where: { id: longest.opinionId } })).body).toHaveLength(2000);
  });

  it("refuses an opinion from an editor, the public and the secretariat, audited and without a change", async () => {
    const input = { target: "item" as const, item: ITEM, body: "権限のない意見" };
    await expectRefused(() => createOpinion(db, ctxOf(editor), input), "forbidden", {
      action: "opinion.write",
      actor: editor,
    });
    await expectRefused(() => createOpinion(db, ctxOf(null), input), "unauthenticated", {
      action: "opinion.write",
      actor: null,
    });
    await expectRefused(() => createOpinion(db, ctxOf(admin), input), "forbidden", {
      action: "opinion.write",
      actor: admin,
    });
    // Refused before the input is even looked at: an invalid one is refused the same way.
    await expectRefused(() => createOpinion(db, ctxOf(editor), { ...input, body: "" }), "forbidden", {
      action: "opinion.write",
      actor: editor,
    });
  });

  it("lets only the secretariat read the queue; the council's list is closed to editors and the public", async () => {
    const queue = await listOpinionQueue(db, ctxOf(admin));
    expect(queue.submitted.length).toBeGreaterThanOrEqual(2);
    expect(queue.answered).toEqual([]);
    expect(queue.submitted.every((o) => o.state === "submitted")).toBe(true);
    // Oldest first, so nothing waits forever.
    expect(queue.submitted.map((o) => o.id)).toEqual([...queue.submitted.map((o) => o.id)].sort((a, b) => a - b));
    for (const actor of [council, editor])
      expect((await failureOf(listOpinionQueue(db, ctxOf(actor)))).code).toBe("forbidden");
    expect((await failureOf(listOpinionQueue(db, ctxOf(null)))).code).toBe("unauthenticated");
    expect((await failureOf(listOpinionsForCouncil(db, ctxOf(editor)))).code).toBe("forbidden");
    expect((await failureOf(listOpinionsForCouncil(db, ctxOf(null)))).code).toBe("unauthenticated");
    // The secretariat may read the council's list too; nothing there is "mine".
    expect((await listOpinionsForCouncil(db, ctxOf(admin))).every((o) => !o.mine)).toBe(true);
  });

  it("lets the secretariat answer, revise and publish; the council cannot; an unanswered opinion is not published", async () => {
    const { opinionId } = await createOpinion(db, ctxOf(council), {
      target: "item",
      item: ITEM,
      body: "利用率の推移を示してほしい。",
    });

    // Nobody publishes an opinion without an answer.
    await expectRefused(
      () => publishOpinion(db, ctxOf(admin), { opinionId, respondedAt: null }),
      "invalid_state",
      null,
    );
    // The council and editors neither answer nor publish.
    for (const actor of [council, editor]) {
      await expectRefused(
        () => answerOpinion(db, ctxOf(actor), { opinionId, respondedAt: null, response: "回答" }),
        "forbidden",
        { action: "opinion.answer", actor },
      );
      await expectRefused(() => publishOpinion(db, ctxOf(actor), { opinionId, respondedAt: null }), "forbidden", {
        action: "opinion.publish",
        actor,
      });
    }
    await expectRefused(
      () => answerOpinion(db, ctxOf(null), { opinionId, respondedAt: null, response: "回答" }),
      "unauthenticated",
      { action: "opinion.answer", actor: null },
    );
    // An answer needs text.
    const empty = await expectRefused(
      () => answerOpinion(db, ctxOf(admin), { opinionId, respondedAt: null, response: " " }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(empty)).toEqual({ response: "responseRequired" });

    // 対応
    let mark = await lastAuditId(db);
    const answered = await answerOpinion(db, ctxOf(admin), {
      opinionId,
      respondedAt: null,
      response: "次回の報告から年度ごとの利用率を掲載します。",
    });
    expect(answered.state).toBe("answered");
    let row = await db.councilOpinion.findUniqueOrThrow({ where: { id: opinionId } });
    expect(row).toMatchObject({
      state: "answered",
      respondedById: admin.id,
      response: "次回の報告から年度ごとの利用率を掲載します。",
      publishedAt: null,
    });
    expect(row.respondedAt?.toISOString()).toBe(answered.respondedAt);
    let audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "opinion.answer",
      outcome: "ok",
      entityId: String(opinionId),
      actorId: admin.id,
    });
    expect(audit[0].before).toMatchObject({ state: "submitted", response: null });
    expect(audit[0].after).toMatchObject({
      state: "answered",
      response: "次回の報告から年度ごとの利用率を掲載します。",
      itemNumber: ITEM,
    });
    // Answered but not published: not public yet.
    expect((await readPublishedOpinions(db, { itemNumber: ITEM })).map((o) => o.id)).not.toContain(opinionId);

    // A second answer based on the unanswered state (another admin's stale page) is refused.
    await expectRefused(
      () => answerOpinion(db, ctxOf(otherAdmin), { opinionId, respondedAt: null, response: "別の回答" }),
      "conflict",
      null,
    );
    // Revised on top of the answer shown.
    const revised = await answerOpinion(db, ctxOf(otherAdmin), {
      opinionId,
      respondedAt: answered.respondedAt,
      response: "次回の報告（令和7年度上半期）から利用率を掲載します。",
    });
    expect(revised.respondedAt).not.toBe(answered.respondedAt);
    // Publishing what the first admin saw (the old answer) is refused: the answer changed since.
    await expectRefused(
      () => publishOpinion(db, ctxOf(admin), { opinionId, respondedAt: answered.respondedAt }),
      "conflict",
      null,
    );

    // 公開
    mark = await lastAuditId(db);
    const published = await publishOpinion(db, ctxOf(admin), { opinionId, respondedAt: revised.respondedAt });
    expect(published).toEqual({ opinionId, itemNumber: ITEM });
    row = await db.councilOpinion.findUniqueOrThrow({ where: { id: opinionId } });
    expect(row).toMatchObject({
      state: "published",
      respondedById: otherAdmin.id,
      response: "次回の報告（令和7年度上半期）から利用率を掲載します。",
    });
    expect(row.publishedAt).not.toBeNull();
    audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "opinion.publish",
      outcome: "ok",
      entityId: String(opinionId),
      actorId: admin.id,
      before: { state: "answered" },
    });
    expect(audit[0].after).toMatchObject({ state: "published", itemNumber: ITEM });

    // Published is final: neither published again nor re-answered.
    await expectRefused(
      () => publishOpinion(db, ctxOf(admin), { opinionId, respondedAt: revised.respondedAt }),
      "invalid_state",
      null,
    );
    await expectRefused(
      () => answerOpinion(db, ctxOf(admin), { opinionId, respondedAt: revised.respondedAt, response: "後から変更" }),
      "invalid_state",
      null,
    );

    // The council sees the state and the answer.
    const mine = (await listOpinionsForCouncil(db, ctxOf(council))).find((o) => o.id === opinionId);
    expect(mine).toMatchObject({
      state: "published",
      response: "次回の報告（令和7年度上半期）から利用率を掲載します。",
      respondedByName: otherAdmin.name,
    });
  });

  it("lets exactly one of two simultaneous answers win", async () => {
    const { opinionId } = await createOpinion(db, ctxOf(council), {
      target: "period",
      periodId,
      body: "同時に回答される意見",
    });
    const results = await Promise.allSettled([
      answerOpinion(db, ctxOf(admin), { opinionId, respondedAt: null, response: "回答A" }),
      answerOpinion(db, ctxOf(otherAdmin), { opinionId, respondedAt: null, response: "回答B" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(ServiceError);
    expect((lost[0].reason as ServiceError).code).toBe("conflict");
    const row = await db.councilOpinion.findUniqueOrThrow({ where: { id: opinionId } });
    expect(["回答A", "回答B"]).toContain(row.response);
    expect(
      await db.auditLog.count({ where: { action: "opinion.answer", entityId: String(opinionId), outcome: "ok" } }),
    ).toBe(1);
  });

  it("lists only published opinions for the public, per item and all together, without the imported meeting record", async () => {
    // One answered-but-unpublished opinion on the item, one published on a period.
    const hidden = await createOpinion(db, ctxOf(council), {
      target: "item",
      item: ITEM,
      body: "未公開のままの意見",
    });
    const hiddenAnswer = await answerOpinion(db, ctxOf(admin), {
      opinionId: hidden.opinionId,
      respondedAt: null,
      response: "未公開の回答",
    });
    expect(hiddenAnswer.state).toBe("answered");
    const onPeriod = await createOpinion(db, ctxOf(council), {
      target: "period",
      periodId,
      body: "期間全体への公開される意見",
    });
    const periodAnswer = await answerOpinion(db, ctxOf(admin), {
      opinionId: onPeriod.opinionId,
      respondedAt: null,
      response: "期間全体への対応",
    });
    expect(
      (await publishOpinion(db, ctxOf(admin), { opinionId: onPeriod.opinionId, respondedAt: periodAnswer.respondedAt }))
        .itemNumber,
    ).toBeNull();

    const all = await readPublishedOpinions(db);
    const item = await readPublishedOpinions(db, { itemNumber: ITEM });
    const states = await db.councilOpinion.findMany({
      where: { id: { in: all.map((o) => o.id) } },
      select: { state: true, meetingId: true },
    });
    expect(states.every((s) => s.state === "published" && s.meetingId === null)).toBe(true);
    expect(all.map((o) => o.body)).toEqual(
      expect.arrayContaining(["期間全体への公開される意見", "利用率の推移を示してほしい。"]),
    );
    expect(all.map((o) => o.id)).not.toContain(hidden.opinionId);
    expect(all[0]).toMatchObject({
      id: onPeriod.opinionId,
      response: "期間全体への対応",
      target: { kind: "period", fiscalYear: 2025, term: "first_half" },
    });
    expect(item.map((o) => o.body)).toEqual(["利用率の推移を示してほしい。"]);
    expect(item[0]).toMatchObject({
      target: { kind: "item", number: ITEM },
      response: "次回の報告（令和7年度上半期）から利用率を掲載します。",
    });
    expect(await readPublishedOpinions(db, { itemNumber: 1 })).toEqual([]);
    // The 9 opinions of the imported meeting record stay published and out of these lists.
    expect(await db.councilOpinion.count({ where: { meetingId: { not: null }, state: "published" } })).toBe(9);
  });
});
