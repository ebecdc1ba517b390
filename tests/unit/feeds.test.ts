// The Atom feeds' formatting: entry titles, summaries and ids, the document a real feed parser
// reads back (text that looks like markup stays text), and the conditional-request rules.
import { describe, expect, it } from "vitest";
import {
  ACHIEVEMENTS_EXCERPT,
  excerpt,
  type FeedData,
  type Publication,
  publicationId,
  publicationSummary,
  publicationTitle,
  renderAtom,
} from "../../lib/feeds/atom.ts";
import { feedAlternate, feedPath, feedTitle } from "../../lib/feeds/subject.ts";
import { isNotModified, validatorsOf } from "../../lib/http/conditional.ts";
import { parseAtom } from "../support/atom.ts";

const BASE = "https://portal.example.jp";
const IIZUKA = { name: "飯塚市", planName: "飯塚市行政経営戦略推進プラン", secretariat: "業務改善・DX推進課" };

const report: Publication = {
  itemNumber: 44,
  itemTitle: "WEB口座振替受付サービスの推進",
  fiscalYear: 2025,
  term: "first_half",
  revision: 1,
  status: "in_progress",
  evaluation: "B",
  progressPercent: 40,
  achievements: "電子申告の対象税目を拡大した。",
  publishedAt: "2025-11-04T01:02:03.456Z",
};

describe("feed entries", () => {
  it("titles a publication by item and period, and a correction by its revision", () => {
    expect(publicationTitle(report)).toBe("No.44 WEB口座振替受付サービスの推進 — 令和7年度上半期の報告");
    expect(publicationTitle({ ...report, term: "year_end", revision: 2 })).toBe(
      "No.44 WEB口座振替受付サービスの推進 — 令和7年度年度末の報告（訂正 第2版）",
    );
  });

  it("summarises 進捗状況, 評価, 進捗率 and the start of 実績 as plain text", () => {
    expect(publicationSummary(report)).toBe(
      "進捗状況：実施中\n評価：B 概ね順調\n進捗率：40%\n実績：電子申告の対象税目を拡大した。",
    );
    expect(
      publicationSummary({ ...report, status: null, evaluation: null, progressPercent: null, achievements: " " }),
    ).toBe("進捗状況：記載なし\n評価：記載なし\n進捗率：記載なし\n実績：記載なし");
    const long = publicationSummary({ ...report, achievements: "あ".repeat(ACHIEVEMENTS_EXCERPT + 1) });
    expect(long.split("\n")[3]).toBe(`実績：${"あ".repeat(ACHIEVEMENTS_EXCERPT)}…`);
  });

  it("cuts an excerpt by characters, not UTF-16 units, on one line", () => {
    expect(excerpt("一行目\n\n  二行目 ", 20)).toBe("一行目 二行目");
    expect(excerpt("𠮷野家の𠮷", 3)).toBe("𠮷野家…");
    expect(excerpt("ちょうど", 4)).toBe("ちょうど");
  });

  it("gives each published revision a stable tag URI on the portal's host name", () => {
    expect(publicationId("http://localhost:3000", report)).toBe(
      "tag:localhost,2025:items/44/reports/2025-first_half/1",
    );
    expect(publicationId(BASE, { ...report, revision: 2 })).toBe(
      "tag:portal.example.jp,2025:items/44/reports/2025-first_half/2",
    );
  });
});

describe("feed subjects", () => {
  it("puts each feed beside its page and names it with the municipality's plan", () => {
    expect(feedPath({ kind: "all" })).toBe("/feed.xml");
    expect(feedPath({ kind: "item", number: 44, title: "x" })).toBe("/items/44/feed.xml");
    expect(feedPath({ kind: "department", code: "02", name: "財務部" })).toBe("/departments/02/feed.xml");
    expect(feedTitle({ kind: "all" }, IIZUKA)).toBe("飯塚市行政経営戦略推進プラン 進捗報告");
    expect(feedTitle({ kind: "department", code: "02", name: "財務部" }, IIZUKA)).toBe(
      "財務部 — 飯塚市行政経営戦略推進プラン 進捗報告",
    );
    expect(feedTitle({ kind: "all" }, { name: "南町", planName: "第3次行財政改革実施計画" })).toBe(
      "南町第3次行財政改革実施計画 進捗報告",
    );
    expect(feedAlternate({ kind: "item", number: 44, title: "題" }, IIZUKA)).toEqual({
      "application/atom+xml": [
        { url: "/items/44/feed.xml", title: "No.44 題 — 飯塚市行政経営戦略推進プラン 進捗報告" },
      ],
    });
  });
});

describe("the Atom document", () => {
  const data: FeedData = {
    municipality: IIZUKA,
    subject: { kind: "item", number: 44, title: "A&B <script>x</script> ]]> の推進" },
    publications: [
      { ...report, itemTitle: "A&B <script>x</script> ]]> の推進", revision: 2, achievements: "<b>太字</b> & 実績" },
      report,
    ],
    updated: "2025-11-05T00:00:00.000Z",
  };

  it("is read back by a strict parser with every field as written, markup-like text kept as text", async () => {
    const xml = renderAtom(data, BASE);
    const { meta, items } = await parseAtom(xml);
    expect(meta["#type"]).toBe("atom");
    // A text title, escaped once (the parser itself strips anything that looks like a tag from titles).
    expect(xml).toContain(
      "<title>No.44 A&amp;B &lt;script&gt;x&lt;/script&gt; ]]&gt; の推進 — 飯塚市行政経営戦略推進プラン 進捗報告</title>",
    );
    expect(meta.title).toContain("No.44 A&B ");
    expect(meta.link).toBe(`${BASE}/items/44`);
    expect(meta.xmlurl).toBe(`${BASE}/items/44/feed.xml`);
    expect(meta.author).toBe("飯塚市 業務改善・DX推進課");
    expect(meta.date?.toISOString()).toBe(data.updated);
    expect(items.map((i) => i.guid)).toEqual([
      "tag:portal.example.jp,2025:items/44/reports/2025-first_half/2",
      "tag:portal.example.jp,2025:items/44/reports/2025-first_half/1",
    ]);
    const [correction, first] = items;
    // type="html": a reader decodes the entities once and shows the characters, never a tag.
    expect(correction.title).toBe(
      "No.44 A&amp;B &lt;script&gt;x&lt;/script&gt; ]]&gt; の推進 — 令和7年度上半期の報告（訂正 第2版）",
    );
    expect(correction.summary).toContain("実績：&lt;b&gt;太字&lt;/b&gt; &amp; 実績");
    expect(correction.link).toBe(`${BASE}/items/44`);
    expect(first.date?.toISOString()).toBe(report.publishedAt);
    expect(first.pubdate?.toISOString()).toBe(report.publishedAt);
    expect(first.summary).toBe(publicationSummary(report));
  });

  it("keeps a portal below a path in every link", async () => {
    const { meta, items } = await parseAtom(renderAtom({ ...data, subject: { kind: "all" } }, `${BASE}/plan`));
    expect(meta.link).toBe(`${BASE}/plan/`);
    expect(meta.xmlurl).toBe(`${BASE}/plan/feed.xml`);
    expect(items[0].link).toBe(`${BASE}/plan/items/44`);
  });

  it("depends on the data alone (the same data, the same bytes)", () => {
    expect(renderAtom(data, BASE)).toBe(renderAtom(structuredClone(data), BASE));
  });
});

describe("conditional requests", () => {
  const validators = validatorsOf("<feed/>", "2025-11-04T01:02:03.456Z");
  const ask = (headers: Record<string, string>) => isNotModified(new Headers(headers), validators);

  it("tags the body and dates it to the second", () => {
    expect(validators.etag).toMatch(/^"[\w-]{32}"$/);
    expect(validatorsOf("<feed />", "2025-11-04T01:02:03.456Z").etag).not.toBe(validators.etag);
    expect(validators.lastModified).toBe("Tue, 04 Nov 2025 01:02:03 GMT");
  });

  it("answers 304 to a matching If-None-Match, weak or in a list, or *", () => {
    expect(ask({ "If-None-Match": validators.etag })).toBe(true);
    expect(ask({ "If-None-Match": `"other", W/${validators.etag}` })).toBe(true);
    expect(ask({ "If-None-Match": "*" })).toBe(true);
    expect(ask({ "If-None-Match": '"other"' })).toBe(false);
  });

  it("reads If-Modified-Since only without If-None-Match", () => {
    expect(ask({ "If-Modified-Since": validators.lastModified })).toBe(true);
    expect(ask({ "If-Modified-Since": "Tue, 04 Nov 2025 01:02:02 GMT" })).toBe(false);
    expect(ask({ "If-Modified-Since": "not a date" })).toBe(false);
    expect(ask({ "If-None-Match": '"other"', "If-Modified-Since": validators.lastModified })).toBe(false);
    expect(ask({})).toBe(false);
  });
});
