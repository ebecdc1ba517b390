// 市民の声: a citizen sends a voice from an item's public page (no sign-in: limits per address and per
// item, a honeypot, a length limit), the secretariat forwards it to the section, the section answers
// (市の考え方) and the secretariat publishes it if the citizen allowed it, or turns it down. Refusals
// change nothing; contacts are hidden from everyone but the secretariat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import type { RequestContext } from "../../lib/auth/context.ts";
import { EMAIL_MASK, PHONE_MASK, VOICE_TEXT_LIMIT } from "../../lib/voices/rules.ts";
import { VOICES_PER_ADDRESS_PER_HOUR, VOICES_PER_ITEM_PER_HOUR } from "../../lib/voices/throttle.ts";
import {
  answerVoice,
  forwardVoice,
  listVoices,
  publishVoice,
  readPublishedVoices,
  rejectVoice,
  submitVoice,
} from "../../lib/voices/voices.ts";
import { type Db, openImportedDb, type TestDb, targets } from "../support/db.ts";
import { auditSince, ctxOf, fieldErrorsOf, lastAuditId, makeUser, refusalCheck } from "../support/fixtures.ts";

const ITEM = 44;

describe.each(targets)("citizens' voices on $name", (target) => {
  let testDb: TestDb;
  let db: Db;
  let admin: Actor;
  let editor: Actor;
  let otherEditor: Actor;
  /** an item of another bureau's section */
  let otherItem: number;
  let address = 0;

  /** The public, from an address of its own (so the limit per address never interferes between tests). */
  const citizen = (ip?: string): RequestContext => {
    address += 1;
    return ctxOf(null, { ip: ip ?? `198.51.100.${address}` });
  };

  beforeAll(async () => {
    testDb = await openImportedDb(target);
    db = testDb.db;
    const item = await db.planItem.findUniqueOrThrow({ where: { number: ITEM }, include: { section: true } });
    const other = await db.planItem.findFirstOrThrow({
      where: { bureauId: { not: item.bureauId }, sectionId: { not: null } },
      include: { section: true },
      orderBy: { number: "asc" },
    });
    otherItem = other.number;
    admin = await makeUser(db, { role: "admin" });
    editor = await makeUser(db, { role: "editor", section: item.section!.name });
    otherEditor = await makeUser(db, { role: "editor", section: other.section!.name });
  });

  afterAll(async () => {
    await testDb?.close();
  });

  const send = (input: Record<string, unknown>, ctx = citizen()) =>
    submitVoice(db, ctx, { itemNumber: ITEM, body: "窓口の待ち時間を知りたいです。", ...input });

  const voiceIdOf = (reference: string) => Number(reference.slice(2));

  /** Voices, notifications and the rate counters aside: what a refused call must leave as it was. */
  const snapshot = async () =>
    JSON.stringify([
      await db.citizenVoice.findMany({ orderBy: { id: "asc" } }),
      await db.notification.findMany({ orderBy: { id: "asc" } }),
    ]);

  /** Expects the call to fail with `code`, change nothing, and leave only the given audit rows. */
  const expectRefused = refusalCheck(() => db, snapshot, "CitizenVoice");

  it("receives a voice from the public, audited without its text, and gives its 受付番号", async () => {
    const mark = await lastAuditId(db);
    const sent = await send(
      {
        body: "  手続きについて質問です。\n電話 090-1234-5678 まで。  ",
        name: "飯塚 花子",
        ageGroup: "40s",
        mayPublish: "on",
        nameMayPublish: "on",
      },
      citizen("203.0.113.7"),
    );
    expect(sent.itemNumber).toBe(ITEM);
    expect(sent.reference).toMatch(/^V-\d{6}$/);
    const row = await db.citizenVoice.findUniqueOrThrow({ where: { id: voiceIdOf(sent.reference) } });
    expect(row).toMatchObject({
      body: "手続きについて質問です。\n電話 090-1234-5678 まで。",
      maskedBody: `手続きについて質問です。\n電話 ${PHONE_MASK} まで。`,
      name: "飯塚 花子",
      ageGroup: "40s",
      mayPublish: true,
      nameMayPublish: true,
      state: "received",
      version: 0,
    });
    const audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "voice.submit",
      outcome: "ok",
      entityType: "CitizenVoice",
      entityId: String(row.id),
      actorId: null,
      ip: "203.0.113.7",
      before: null,
    });
    expect(audit[0].after).toEqual({ reference: sent.reference, itemNumber: ITEM, state: "received", version: 0 });
    expect(JSON.stringify(audit[0])).not.toContain("090-1234-5678");
    expect(JSON.stringify(audit[0])).not.toContain("飯塚 花子");

    // A name is published only with the voice: without mayPublish, nameMayPublish is not kept.
    const quiet = await send({ name: "匿名希望", nameMayPublish: "on" });
    expect(await db.citizenVoice.findUniqueOrThrow({ where: { id: voiceIdOf(quiet.reference) } })).toMatchObject({
      mayPublish: false,
      nameMayPublish: false,
    });
    // A name of spaces is no name: nothing to publish under it.
    const blank = await send({ itemNumber: 45, name: "　 ", mayPublish: "on", nameMayPublish: "on" });
    expect(await db.citizenVoice.findUniqueOrThrow({ where: { id: voiceIdOf(blank.reference) } })).toMatchObject({
      name: null,
      mayPublish: true,
      nameMayPublish: false,
    });
  });

  it("refuses a robot (the honeypot), a text too long or empty and an unknown item, storing nothing", async () => {
    let error = await expectRefused(() => send({ website: "http://spam.example" }), "invalid", null);
    expect(fieldErrorsOf(error)).toEqual({ website: "robot" });
    error = await expectRefused(() => send({ body: "あ".repeat(VOICE_TEXT_LIMIT + 1) }), "invalid", null);
    expect(fieldErrorsOf(error)).toEqual({ body: "tooLong" });
    error = await expectRefused(() => send({ body: "   " }), "invalid", null);
    expect(fieldErrorsOf(error)).toEqual({ body: "bodyRequired" });
    error = await expectRefused(() => send({ ageGroup: "90s" }), "invalid", null);
    expect(fieldErrorsOf(error)).toEqual({ ageGroup: "ageGroup" });
    await expectRefused(() => send({ itemNumber: 999 }), "not_found", null);
    // Exactly the limit is accepted.
    const longest = await send({ body: "長".repeat(VOICE_TEXT_LIMIT) });
    expect(longest.reference).toMatch(/^V-/);
  });

  it("limits the voices one address sends in an hour; another address is still received", async () => {
    const ip = "203.0.113.50";
    for (let i = 0; i < VOICES_PER_ADDRESS_PER_HOUR; i += 1) {
      await send({ itemNumber: i % 2 === 0 ? ITEM : otherItem, body: `声 ${i}` }, ctxOf(null, { ip }));
    }
    await expectRefused(() => send({ body: "もう一通" }, ctxOf(null, { ip })), "rate_limited", null);
    await expectRefused(
      () => send({ itemNumber: otherItem, body: "別の項目にも" }, ctxOf(null, { ip })),
      "rate_limited",
      null,
    );
    const elsewhere = await send({ body: "別の人から" }, ctxOf(null, { ip: "203.0.113.51" }));
    expect(elsewhere.reference).toMatch(/^V-/);
  });

  it("limits the voices one item receives in an hour, whatever the address; other items are still open", async () => {
    const flooded = otherItem;
    const already = await db.citizenVoice.count({ where: { item: { number: flooded } } });
    for (let i = already; i < VOICES_PER_ITEM_PER_HOUR; i += 1) {
      await send({ itemNumber: flooded, body: `殺到 ${i}` });
    }
    const ctx = citizen();
    await expectRefused(() => send({ itemNumber: flooded, body: "まだ送る" }, ctx), "rate_limited", null);
    // The refused voice did not use up the address's slot: the same address is received on another item.
    expect((await send({ body: "こちらの項目へ" }, ctx)).reference).toMatch(/^V-/);
  });

  it("takes a voice through forward → answer by the section → publish, each step audited", async () => {
    const sent = await send({
      body: "手続きを教えてください。連絡は taro@example.jp か ０９０－１２３４－５６７８ へ。",
      name: "飯塚 太郎",
      ageGroup: "70plus",
      mayPublish: "on",
      nameMayPublish: "on",
    });
    const voiceId = voiceIdOf(sent.reference);
    const asSent = "手続きを教えてください。連絡は taro@example.jp か ０９０－１２３４－５６７８ へ。";
    const masked = `手続きを教えてください。連絡は ${EMAIL_MASK} か ${PHONE_MASK} へ。`;

    // Received: the secretariat reads it as sent; the section does not see it yet.
    const forAdmin = (await listVoices(db, ctxOf(admin), { item: ITEM })).find((v) => v.id === voiceId)!;
    expect(forAdmin).toMatchObject({
      reference: sent.reference,
      body: asSent,
      state: "received",
      canModerate: true,
      canAnswer: true,
      item: { number: ITEM },
    });
    expect((await listVoices(db, ctxOf(editor))).map((v) => v.id)).not.toContain(voiceId);

    // Forward: the section's editor is notified, the other section's is not.
    let mark = await lastAuditId(db);
    const forwarded = await forwardVoice(db, ctxOf(admin), { voiceId, version: 0 });
    expect(forwarded).toMatchObject({ state: "forwarded", version: 1, itemNumber: ITEM });
    const notes = await db.notification.findMany({
      where: { dedupeKey: { startsWith: `voice_forwarded:${voiceId}:` } },
    });
    expect(notes.map((n) => n.userId)).toContain(editor.id);
    expect(notes.map((n) => n.userId)).not.toContain(otherEditor.id);
    expect(notes.find((n) => n.userId === editor.id)).toMatchObject({ kind: "voice_forwarded" });
    expect(notes[0].subject).toContain(sent.reference);
    let audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "voice.forward", outcome: "ok", actorId: admin.id });
    expect(audit[0].before).toMatchObject({ state: "received", version: 0 });
    expect(audit[0].after).toMatchObject({ state: "forwarded", version: 1 });

    // The section now sees it, contacts hidden; the other section never does.
    const forEditor = (await listVoices(db, ctxOf(editor))).find((v) => v.id === voiceId)!;
    expect(forEditor).toMatchObject({ body: masked, state: "forwarded", canModerate: false, canAnswer: true });
    expect(forEditor.body).not.toContain("taro@example.jp");
    expect((await listVoices(db, ctxOf(otherEditor))).map((v) => v.id)).not.toContain(voiceId);
    expect((await listVoices(db, ctxOf(admin))).find((v) => v.id === voiceId)!.body).toBe(asSent);

    // A stale page (version 0) is refused as a conflict.
    await expectRefused(() => forwardVoice(db, ctxOf(admin), { voiceId, version: 0 }), "invalid_state", null);
    await expectRefused(
      () => answerVoice(db, ctxOf(editor), { voiceId, version: 0, answer: "古い画面からの回答" }),
      "conflict",
      null,
    );
    // An empty answer is refused with its field.
    const empty = await expectRefused(
      () => answerVoice(db, ctxOf(editor), { voiceId, version: 1, answer: "  " }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(empty)).toEqual({ answer: "answerRequired" });

    // The section answers, and may revise the answer until it is published.
    mark = await lastAuditId(db);
    const answered = await answerVoice(db, ctxOf(editor), { voiceId, version: 1, answer: "窓口は平日9時から" });
    expect(answered).toMatchObject({ state: "answered", version: 2 });
    audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "voice.answer", outcome: "ok", actorId: editor.id });
    const revised = await answerVoice(db, ctxOf(editor), {
      voiceId,
      version: 2,
      answer: "窓口は平日8時30分から17時15分まで受け付けています。",
    });
    expect(revised.version).toBe(3);
    expect((await listVoices(db, ctxOf(editor))).find((v) => v.id === voiceId)).toMatchObject({
      state: "answered",
      answer: "窓口は平日8時30分から17時15分まで受け付けています。",
      answeredByName: editor.name,
    });
    // Answered, not published: not public yet; an editor may not publish.
    expect((await readPublishedVoices(db, { itemNumber: ITEM })).map((v) => v.id)).not.toContain(voiceId);
    await expectRefused(() => publishVoice(db, ctxOf(editor), { voiceId, version: 3 }), "forbidden", {
      action: "voice.publish",
      actor: editor,
    });

    // Published: public, contacts hidden, with the name (allowed) and the answer.
    mark = await lastAuditId(db);
    const published = await publishVoice(db, ctxOf(admin), { voiceId, version: 3 });
    expect(published).toMatchObject({ state: "published", version: 4 });
    audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "voice.publish", outcome: "ok", actorId: admin.id });
    expect(audit[0].after).toMatchObject({ state: "published", version: 4 });
    const publicVoice = (await readPublishedVoices(db, { itemNumber: ITEM })).find((v) => v.id === voiceId)!;
    expect(publicVoice).toMatchObject({
      reference: sent.reference,
      itemNumber: ITEM,
      body: masked,
      name: "飯塚 太郎",
      ageGroup: "70plus",
      answer: "窓口は平日8時30分から17時15分まで受け付けています。",
    });
    expect(JSON.stringify(publicVoice)).not.toMatch(/taro@example\.jp|０９０/);
    expect((await readPublishedVoices(db)).map((v) => v.id)).toContain(voiceId);
    expect((await readPublishedVoices(db, { itemNumber: otherItem })).map((v) => v.id)).not.toContain(voiceId);
    // Published is final: no more answers, no turning down.
    await expectRefused(
      () => answerVoice(db, ctxOf(editor), { voiceId, version: 4, answer: "公開後の修正" }),
      "invalid_state",
      null,
    );
    await expectRefused(
      () => rejectVoice(db, ctxOf(admin), { voiceId, version: 4, reason: "公開後" }),
      "invalid_state",
      null,
    );
  });

  it("publishes a name only when the citizen allowed it", async () => {
    const sent = await send({ name: "名前は伏せて", mayPublish: "on" });
    const voiceId = voiceIdOf(sent.reference);
    await answerVoice(db, ctxOf(admin), { voiceId, version: 0, answer: "事務局から直接回答します。" });
    await publishVoice(db, ctxOf(admin), { voiceId, version: 1 });
    const shown = (await readPublishedVoices(db, { itemNumber: ITEM })).find((v) => v.id === voiceId)!;
    expect(shown).toMatchObject({ name: null, answer: "事務局から直接回答します。" });
  });

  it("refuses to publish a voice the citizen did not allow to be published", async () => {
    const sent = await send({ body: "公開しないでください。" });
    const voiceId = voiceIdOf(sent.reference);
    await forwardVoice(db, ctxOf(admin), { voiceId, version: 0 });
    await answerVoice(db, ctxOf(editor), { voiceId, version: 1, answer: "回答します。" });
    const error = await expectRefused(
      () => publishVoice(db, ctxOf(admin), { voiceId, version: 2 }),
      "invalid_state",
      null,
    );
    expect(error.details).toMatchObject({ reason: "notAllowed" });
    expect((await readPublishedVoices(db)).map((v) => v.id)).not.toContain(voiceId);
  });

  it("turns a voice down with a reason the secretariat alone reads", async () => {
    const sent = await send({ body: "不適切な内容", mayPublish: "on" });
    const voiceId = voiceIdOf(sent.reference);
    const noReason = await expectRefused(
      () => rejectVoice(db, ctxOf(admin), { voiceId, version: 0, reason: " " }),
      "invalid",
      null,
    );
    expect(fieldErrorsOf(noReason)).toEqual({ reason: "reasonRequired" });
    await expectRefused(
      () => rejectVoice(db, ctxOf(editor), { voiceId, version: 0, reason: "担当課から" }),
      "forbidden",
      {
        action: "voice.reject",
        actor: editor,
      },
    );

    const mark = await lastAuditId(db);
    const rejected = await rejectVoice(db, ctxOf(admin), { voiceId, version: 0, reason: "個人への誹謗中傷を含むため" });
    expect(rejected).toMatchObject({ state: "rejected", version: 1 });
    const audit = await auditSince(db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "voice.reject", outcome: "ok", actorId: admin.id });
    expect(audit[0].after).toMatchObject({ state: "rejected", reason: "個人への誹謗中傷を含むため" });
    expect((await listVoices(db, ctxOf(admin), { state: "rejected" })).find((v) => v.id === voiceId)).toMatchObject({
      rejectReason: "個人への誹謗中傷を含むため",
      canAnswer: false,
    });
    // Never shown to the section (it was never forwarded) nor the public, and final.
    expect((await listVoices(db, ctxOf(editor))).map((v) => v.id)).not.toContain(voiceId);
    expect((await readPublishedVoices(db)).map((v) => v.id)).not.toContain(voiceId);
    await expectRefused(() => forwardVoice(db, ctxOf(admin), { voiceId, version: 1 }), "invalid_state", null);

    // A forwarded voice may be turned down too; the section then reads it without the reason.
    const later = voiceIdOf((await send({ body: "回付後に不掲載" })).reference);
    await forwardVoice(db, ctxOf(admin), { voiceId: later, version: 0 });
    await rejectVoice(db, ctxOf(admin), { voiceId: later, version: 1, reason: "重複" });
    expect(await db.citizenVoice.findUniqueOrThrow({ where: { id: later } })).toMatchObject({ state: "rejected" });
  });

  it("refuses an editor answering another section's voice: forbidden, audited, nothing changed", async () => {
    const sent = await send({ body: "他課への声" });
    const voiceId = voiceIdOf(sent.reference);
    await forwardVoice(db, ctxOf(admin), { voiceId, version: 0 });
    await expectRefused(
      () => answerVoice(db, ctxOf(otherEditor), { voiceId, version: 1, answer: "別の課からの回答" }),
      "forbidden",
      { action: "voice.answer", actor: otherEditor },
    );
    // Nor may an editor forward, or answer a voice still being screened (not forwarded).
    await expectRefused(() => forwardVoice(db, ctxOf(editor), { voiceId, version: 1 }), "forbidden", {
      action: "voice.forward",
      actor: editor,
    });
    const screened = voiceIdOf((await send({ body: "審査中の声" })).reference);
    await expectRefused(
      () => answerVoice(db, ctxOf(editor), { voiceId: screened, version: 0, answer: "先に回答" }),
      "invalid_state",
      null,
    );
  });

  it("shows an editor only forwarded voices of their own items, and refuses the public and the council", async () => {
    const listed = await listVoices(db, ctxOf(editor));
    expect(listed.length).toBeGreaterThan(0);
    for (const voice of listed) {
      expect(voice.item.number).toBe(ITEM);
      expect(["forwarded", "answered", "published"]).toContain(voice.state);
      expect(voice.rejectReason).toBeNull();
      expect(voice.body).not.toMatch(/090-1234-5678|@example\.jp/);
    }
    const received = await db.citizenVoice.count({ where: { state: "received", item: { number: ITEM } } });
    expect(received).toBeGreaterThan(0);
    // Filters: by state, by item, by section.
    const all = await listVoices(db, ctxOf(admin));
    expect((await listVoices(db, ctxOf(admin), { state: "received" })).every((v) => v.state === "received")).toBe(true);
    expect((await listVoices(db, ctxOf(admin), { item: otherItem })).every((v) => v.item.number === otherItem)).toBe(
      true,
    );
    const section = await db.planItem.findUniqueOrThrow({ where: { number: ITEM }, select: { sectionId: true } });
    const bySection = await listVoices(db, ctxOf(admin), { section: section.sectionId! });
    expect(bySection.length).toBeGreaterThan(0);
    expect(bySection.length).toBeLessThan(all.length);

    let mark = await lastAuditId(db);
    await expect(listVoices(db, ctxOf(null))).rejects.toMatchObject({ code: "unauthenticated" });
    const council = await makeUser(db, { role: "council" });
    mark = await lastAuditId(db);
    await expect(listVoices(db, ctxOf(council))).rejects.toMatchObject({ code: "forbidden" });
    expect(await auditSince(db, mark)).toMatchObject([
      { action: "voice.list", outcome: "denied", actorId: council.id },
    ]);
  });
});
