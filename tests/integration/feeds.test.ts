// The Atom feeds of publications through their route handlers, on reports published by the real
// services: every published revision an entry, newest first, links on the portal's address, the
// item's and the department's own feeds, at most 50 entries, 304 on a client's current copy, 404
// in the API's envelope, and cache tags that a publication expires.
import type FeedParser from "feedparser";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { cacheTargets } from "../../lib/cache/changes.ts";
import { FEED_ENTRY_LIMIT } from "../../lib/feeds/atom.ts";
import { setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { parseAtom } from "../support/atom.ts";
import { describeOnDatabases } from "../support/db.ts";
import { bureauCodeOf, COMPLETE_REPORT, castIn, ctxOf, openPeriod } from "../support/fixtures.ts";
import { publishItems, routes } from "../support/route-handlers.ts";
import { makeVoice } from "../support/voices.ts";

const next = vi.hoisted(() => {
  const previousUrl = process.env.NEXTAUTH_URL;
  process.env.NEXTAUTH_URL = "https://portal.example.jp";
  return { previousUrl };
});

// The data cache is Next's; here each read goes to the suite's database, and the tags are kept to check.
vi.mock("next/cache", async () => (await import("../support/route-handlers.ts")).dataCache());
vi.mock("../../lib/db/runtime.ts", async () => (await import("../support/route-handlers.ts")).runtimeDb("feeds-test"));

const allFeed = await import("../../app/feed.xml/route.ts");
const itemFeed = await import("../../app/items/[number]/feed.xml/route.ts");
const departmentFeed = await import("../../app/departments/[code]/feed.xml/route.ts");

const BASE = "https://portal.example.jp";
const TAG = "tag:portal.example.jp,2025";

function get(path: string, headers: Record<string, string> = {}) {
  const request = new Request(`${BASE}${path}`, { headers });
  const item = /^\/items\/([^/]+)\/feed\.xml$/.exec(path);
  if (item) return itemFeed.GET(request, { params: Promise.resolve({ number: item[1] }) });
  const department = /^\/departments\/([^/]+)\/feed\.xml$/.exec(path);
  if (department) return departmentFeed.GET(request, { params: Promise.resolve({ code: department[1] }) });
  return allFeed.GET(request);
}

/** A feed that answered 200 as Atom, parsed. */
async function feed(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/atom+xml; charset=utf-8");
  return { response, ...(await parseAtom(await response.text())) };
}

describeOnDatabases("Atom feeds of publications", "imported", (suite) => {
  const cast = castIn(suite);
  /** Every publication so far, in the order made, with the entry id its feed entry must have. */
  const published: { guid: string; number: number; at: Date }[] = [];
  let taxBureau = "";
  let otherItem = 0;

  afterAll(() => {
    if (next.previousUrl === undefined) delete process.env.NEXTAUTH_URL;
    else process.env.NEXTAUTH_URL = next.previousUrl;
  });

  /** Submits, approves and publishes the current period's report of each item, in one publication. */
  async function publish(actor: typeof cast.editor, numbers: number[], fields = COMPLETE_REPORT) {
    const { db } = suite;
    const reportIds = await publishItems(db, { editor: actor, admin: cast.admin }, numbers, fields);
    const rows = await db.progressReport.findMany({
      where: { id: { in: reportIds } },
      include: { item: true, period: true },
    });
    for (const row of rows) {
      const { number } = row.item;
      const period = `${row.period.fiscalYear}-${row.period.term}`;
      published.push({
        guid: `${TAG}:items/${number}/reports/${period}/${row.revision}`,
        number,
        at: row.publishedAt!,
      });
    }
  }

  /** What a feed must carry: publications newest first, one publication's by item number. */
  const expected = (filter: (p: (typeof published)[number]) => boolean) =>
    published
      .filter(filter)
      .sort((a, b) => b.at.getTime() - a.at.getTime() || a.number - b.number)
      .slice(0, FEED_ENTRY_LIMIT)
      .map((p) => p.guid);
  const guids = (items: FeedParser.Item[]) => items.map((i) => i.guid);

  beforeAll(async () => {
    const { db } = suite;
    routes.db = db;
    taxBureau = await bureauCodeOf(db, "税務課");
    // 令和6年度 年度末: item 42's report, published and the period closed.
    const earlier = await openPeriod(db, {
      admin: cast.admin,
      fiscalYear: 2024,
      term: "year_end",
      dueOn: "2025-04-30",
    });
    await publish(cast.editor, [42], { ...COMPLETE_REPORT, status: "considering", progressPercent: "30" });
    await setPeriodStatus(db, ctxOf(cast.admin), { periodId: earlier.id, status: "closed" });
    // 令和7年度 上半期: 43 and 44 in one publication, then a correction of 44 and an item of another bureau.
    await openPeriod(db, { admin: cast.admin, fiscalYear: 2025, term: "first_half", dueOn: "2025-10-31" });
    await publish(cast.editor, [44, 43]);
    await publish(cast.editor, [44], { ...COMPLETE_REPORT, evaluation: "A", progressPercent: "60" });
    const other = await db.planItem.findFirstOrThrow({
      where: { bureau: { code: { not: taxBureau } } },
      orderBy: { number: "asc" },
    });
    otherItem = other.number;
    await publish(cast.admin, [otherItem]);
  });

  it("carries every publication, newest first, with titles, links and dates on the portal's address", async () => {
    const { response, meta, items } = await feed("/feed.xml");
    expect(meta.title).toBe("飯塚市行政経営戦略推進プラン 進捗報告");
    expect(meta.link).toBe(`${BASE}/`);
    expect(meta.xmlurl).toBe(`${BASE}/feed.xml`);
    expect(guids(items)).toEqual(expected(() => true));
    expect(guids(items)).toEqual([
      `${TAG}:items/${otherItem}/reports/2025-first_half/1`,
      `${TAG}:items/44/reports/2025-first_half/2`,
      `${TAG}:items/43/reports/2025-first_half/1`,
      `${TAG}:items/44/reports/2025-first_half/1`,
      `${TAG}:items/42/reports/2024-year_end/1`,
    ]);
    const [, correction, , , first] = items;
    expect(correction.title).toBe("No.44 WEB口座振替受付サービスの推進 — 令和7年度上半期の報告（訂正 第2版）");
    expect(correction.link).toBe(`${BASE}/items/44`);
    expect(correction.summary).toBe(
      "進捗状況：実施中\n評価：A 順調\n進捗率：60%\n実績：電子申告の対象税目を拡大した。",
    );
    expect(first.title).toMatch(/^No\.42 .+ — 令和6年度年度末の報告$/);
    expect(first.summary).toContain("進捗状況：検討中\n評価：B 概ね順調\n進捗率：30%\n");
    for (const item of items) {
      const made = published.find((p) => p.guid === item.guid);
      expect(item.date?.toISOString()).toBe(made?.at.toISOString());
      expect(item.pubdate?.toISOString()).toBe(made?.at.toISOString());
    }
    const newest = published.reduce((a, b) => (a.at > b.at ? a : b)).at;
    expect(meta.date?.toISOString()).toBe(newest.toISOString());
    expect(response.headers.get("Last-Modified")).toBe(newest.toUTCString());
    expect(response.headers.get("ETag")).toMatch(/^"[\w-]{32}"$/);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("gives an item its own publications, every revision, and an item without any an empty feed", async () => {
    const { meta, items } = await feed("/items/44/feed.xml");
    expect(meta.title).toBe("No.44 WEB口座振替受付サービスの推進 — 飯塚市行政経営戦略推進プラン 進捗報告");
    expect(meta.link).toBe(`${BASE}/items/44`);
    expect(meta.xmlurl).toBe(`${BASE}/items/44/feed.xml`);
    expect(guids(items)).toEqual(expected((p) => p.number === 44));
    expect(items).toHaveLength(2);

    const empty = await feed("/items/56/feed.xml");
    expect(empty.items).toEqual([]);
    const item56 = await suite.db.planItem.findUniqueOrThrow({ where: { number: 56 } });
    expect(empty.meta.date?.toISOString()).toBe(item56.updatedAt.toISOString());
  });

  it("gives a department the publications of its items only", async () => {
    const { meta, items } = await feed(`/departments/${taxBureau}/feed.xml`);
    const bureau = await suite.db.bureau.findUniqueOrThrow({ where: { code: taxBureau } });
    expect(meta.title).toBe(`${bureau.name} — 飯塚市行政経営戦略推進プラン 進捗報告`);
    expect(meta.link).toBe(`${BASE}/departments/${taxBureau}`);
    expect(guids(items)).toEqual(expected((p) => [42, 43, 44].includes(p.number)));
    expect(items).toHaveLength(4);
  });

  it("answers 304 to the client's current copy, and the new feed once something is published", async () => {
    const first = await get("/items/43/feed.xml");
    const etag = first.headers.get("ETag")!;
    const lastModified = first.headers.get("Last-Modified")!;

    const asks: Record<string, string>[] = [{ "If-None-Match": etag }, { "If-Modified-Since": lastModified }];
    for (const headers of asks) {
      const again = await get("/items/43/feed.xml", headers);
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("ETag")).toBe(etag);
      expect(again.headers.get("Last-Modified")).toBe(lastModified);
    }
    expect((await get("/items/43/feed.xml", { "If-None-Match": '"stale"' })).status).toBe(200);

    await publish(cast.editor, [43], { ...COMPLETE_REPORT, status: "completed", progressPercent: "100" });
    const changed = await get("/items/43/feed.xml", { "If-None-Match": etag, "If-Modified-Since": lastModified });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    const { items } = await parseAtom(await changed.text());
    expect(items[0].summary).toContain("進捗状況：完了\n");
  });

  it("is kept under tags that a publication of the item expires", async () => {
    await get("/feed.xml");
    await get("/items/44/feed.xml");
    await get(`/departments/${taxBureau}/feed.xml`);
    const expired = new Set(cacheTargets({ kind: "reports.published", itemNumbers: [44] }).tags);
    const feeds = ["feed-v3 all", "feed-v3 item:44", `feed-v3 department:${taxBureau}`];
    const published = new Set(cacheTargets({ kind: "voice.published", itemNumber: 44 }).tags);
    expect(routes.tags.get("feed-v3 item:44")?.some((tag) => published.has(tag))).toBe(true);
    for (const key of feeds) expect(routes.tags.get(key)?.some((tag) => expired.has(tag))).toBe(true);
  });

  it("gives an item its published voices with the city's answers, a name only where allowed, nothing unpublished", async () => {
    const { db } = suite;
    const named = await makeVoice(db, cast.admin, {
      itemNumber: 44,
      body: "口座振替の申込みが\nスマホでできて便利でした。090-1234-5678",
      name: "いいづか太郎",
      ageGroup: "40s",
      nameMayPublish: true,
      answer: "ご意見ありがとうございます。対象の金融機関を増やします。",
      publish: true,
    });
    const unnamed = await makeVoice(db, cast.admin, {
      itemNumber: 44,
      body: "対象の税目はいつ増えますか。",
      name: "名前は伏せてほしい人",
      ageGroup: "70plus",
      answer: "令和8年度に拡大する予定です。",
      publish: true,
    });
    const answered = await makeVoice(db, cast.admin, {
      itemNumber: 44,
      body: "回答済みで未公開",
      answer: "未公開の回答",
    });
    const received = await makeVoice(db, cast.admin, { itemNumber: 44, body: "受け付けただけの声" });

    const { response, meta, items } = await feed("/items/44/feed.xml");
    const voiceGuid = (reference: string) => `${TAG}:items/44/voices/${reference}`;
    // Newest first, before the item's reports, which were published earlier.
    expect(guids(items)).toEqual([
      voiceGuid(unnamed.reference),
      voiceGuid(named.reference),
      ...expected((p) => p.number === 44),
    ]);
    expect(guids(items)).not.toContain(voiceGuid(answered.reference));
    expect(guids(items)).not.toContain(voiceGuid(received.reference));
    const [second, first] = items;
    expect(first.title).toBe(`No.44 WEB口座振替受付サービスの推進 — 市民の声 ${named.reference} と市の考え方`);
    expect(first.link).toBe(`${BASE}/items/44#voice-${named.reference}`);
    expect(first.summary).toBe(
      "投稿者：40代・いいづか太郎\nご意見・ご質問：口座振替の申込みが スマホでできて便利でした。［電話番号］\n市の考え方：ご意見ありがとうございます。対象の金融機関を増やします。",
    );
    expect(second.summary).toBe(
      "投稿者：70代以上\nご意見・ご質問：対象の税目はいつ増えますか。\n市の考え方：令和8年度に拡大する予定です。",
    );
    const text = await (await get("/items/44/feed.xml")).text();
    for (const hidden of ["名前は伏せてほしい人", "090-1234-5678", "未公開", "受け付けただけ"])
      expect(text).not.toContain(hidden);
    const voice = await db.citizenVoice.findUniqueOrThrow({ where: { id: unnamed.id } });
    expect(meta.date?.toISOString()).toBe(voice.publishedAt?.toISOString());
    expect(response.headers.get("Last-Modified")).toBe(voice.publishedAt?.toUTCString());
    // Voices belong to their item's feed only.
    expect(guids((await feed("/feed.xml")).items).some((guid) => guid?.includes("/voices/"))).toBe(false);
    expect(guids((await feed(`/departments/${taxBureau}/feed.xml`)).items).some((g) => g?.includes("/voices/"))).toBe(
      false,
    );
  });

  it("answers an unknown item or department 404 in the API's error envelope", async () => {
    for (const path of ["/items/9999/feed.xml", "/items/4x/feed.xml", "/departments/99/feed.xml"]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    }
  });

  it(`carries the ${FEED_ENTRY_LIMIT} newest publications only`, async () => {
    const numbers = (
      await suite.db.planItem.findMany({
        where: { number: { notIn: [42, 43, 44, otherItem] } },
        orderBy: { number: "desc" },
        take: FEED_ENTRY_LIMIT - 2,
      })
    ).map((i) => i.number);
    await publish(cast.admin, numbers.slice(0, 20));
    await publish(cast.admin, numbers.slice(20));
    expect(published.length).toBeGreaterThan(FEED_ENTRY_LIMIT);

    const { items } = await feed("/feed.xml");
    expect(items).toHaveLength(FEED_ENTRY_LIMIT);
    expect(guids(items)).toEqual(expected(() => true));
    // The oldest fell out; an item's own feed still has it.
    expect(guids(items)).not.toContain(`${TAG}:items/42/reports/2024-year_end/1`);
    expect((await feed("/items/42/feed.xml")).items).toHaveLength(1);
  });
});
