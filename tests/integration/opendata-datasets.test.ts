// The open datasets through their route handlers, on reports published by the real services:
// only published data (every published revision, KPI values of published reports, confirmed KPIs),
// never a draft, a submission or an approval; CSV, JSON and xlsx with the dictionary's columns;
// ETag/Last-Modified with 304 on every dataset and on the older endpoints; 404 in the envelope.
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { beforeAll, expect, it, vi } from "vitest";
import { recordVisionValue } from "../../lib/indicators/manage-indicators.ts";
import { columnsOf, DATASET_NAMES, DATASETS, type DatasetName } from "../../lib/opendata/dictionary.ts";
import { setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { saveReport } from "../../lib/reports/save-report.ts";
import { approveReports } from "../../lib/review/approve-reports.ts";
import { describeOnDatabases } from "../support/db.ts";
import { COMPLETE_REPORT, castIn, ctxOf, openPeriod } from "../support/fixtures.ts";
import { publishItems, routes } from "../support/route-handlers.ts";
import { makeVoice } from "../support/voices.ts";

// The data cache is Next's; here each read goes to the suite's database.
vi.mock("next/cache", async () => (await import("../support/route-handlers.ts")).dataCache());
vi.mock("../../lib/db/runtime.ts", async () =>
  (await import("../support/route-handlers.ts")).runtimeDb("opendata-datasets-test"),
);

const datasetRoute = await import("../../app/api/v1/datasets/[file]/route.ts");
const itemsRoute = await import("../../app/api/v1/items/route.ts");
const itemRoute = await import("../../app/api/v1/items/[number]/route.ts");
const itemsCsvRoute = await import("../../app/api/v1/items.csv/route.ts");
const summaryRoute = await import("../../app/api/v1/summary/route.ts");

const BASE = "https://portal.example.jp";

/** A GET through the route handler its path names, as Next would call it. */
function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`${BASE}${path}`, { headers });
  const { pathname } = new URL(request.url);
  const dataset = /^\/api\/v1\/datasets\/([^/]+)$/.exec(pathname);
  if (dataset) return datasetRoute.GET(request, { params: Promise.resolve({ file: dataset[1] }) });
  const item = /^\/api\/v1\/items\/([^/]+)$/.exec(pathname);
  if (item) return itemRoute.GET(request, { params: Promise.resolve({ number: item[1] }) });
  if (pathname === "/api/v1/items.csv") return itemsCsvRoute.GET(request);
  if (pathname === "/api/v1/summary") return summaryRoute.GET(request);
  return itemsRoute.GET(request);
}

/** A dataset's CSV, parsed into rows keyed by the Japanese headers (which must be the dictionary's). */
async function csvOf(name: DatasetName, query = "") {
  const response = await get(`/api/v1/datasets/${name}.csv${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
  expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="402052_plan_${name}.csv"`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  const [header, ...rows] = parse(text, { bom: true, record_delimiter: "\r\n" }) as string[][];
  expect(header).toEqual(columnsOf(name).map((c) => c.label));
  return rows.map((row) => Object.fromEntries(header.map((label, i) => [label, row[i]])));
}

async function jsonOf(name: DatasetName) {
  const response = await get(`/api/v1/datasets/${name}.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
  return (await response.json()) as { dataset: string; records: Record<string, unknown>[]; [key: string]: unknown };
}

async function xlsxOf(name: DatasetName) {
  const response = await get(`/api/v1/datasets/${name}.xlsx`);
  expect(response.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  return book.getWorksheet(DATASETS[name].sheet)!;
}

const DRAFT_TEXT = "下書きの実績（公開前）";
const APPROVED_TEXT = "承認済みの実績（公開前）";
const UNPUBLISHED_VOICE = "回答したが公開していない声";
const RECEIVED_VOICE = "受け付けただけの声";
const HIDDEN_NAME = "名前を公開しない人";

describeOnDatabases("open datasets", "imported", (suite) => {
  const cast = castIn(suite);
  let kpi44 = 0;
  let proposed43 = 0;
  let vision = 0;
  const voices: { reference: string; id: number }[] = [];

  beforeAll(async () => {
    const { db } = suite;
    routes.db = db;
    const itemId = async (number: number) => (await db.planItem.findUniqueOrThrow({ where: { number } })).id;
    const kpi = (number: number, itemIdValue: number, status: "confirmed" | "proposed") =>
      db.indicator.create({
        data: {
          scope: "item",
          itemId: itemIdValue,
          name: `No.${number}の指標`,
          description: "",
          unit: "%",
          baselineValue: 12.5,
          targetValue: 20,
          targetYear: 2026,
          targetText: "",
          direction: "increase",
          status,
          sortOrder: 1,
        },
      });
    kpi44 = (await kpi(44, await itemId(44), "confirmed")).id;
    proposed43 = (await kpi(43, await itemId(43), "proposed")).id;
    vision = (await db.indicator.findFirstOrThrow({ where: { scope: "vision" }, orderBy: { sortOrder: "asc" } })).id;
    await recordVisionValue(db, ctxOf(cast.admin), { indicatorId: vision, fiscalYear: 2024, value: "48.5", note: "" });

    // 令和6年度 年度末: item 42's report, published, and the period closed.
    const earlier = await openPeriod(db, {
      admin: cast.admin,
      fiscalYear: 2024,
      term: "year_end",
      dueOn: "2025-04-30",
    });
    await publishItems(suite.db, cast, [42], { ...COMPLETE_REPORT, status: "considering", progressPercent: "30" });
    await setPeriodStatus(db, ctxOf(cast.admin), { periodId: earlier.id, status: "closed" });

    // 令和7年度 上半期: item 44 with its KPI, then a correction; 43 stays a draft, 56 approved but not published.
    await openPeriod(db, { admin: cast.admin, fiscalYear: 2025, term: "first_half", dueOn: "2025-10-31" });
    await publishItems(suite.db, cast, [44], { ...COMPLETE_REPORT, [`kpi.${kpi44}`]: "15.5" });
    await publishItems(suite.db, cast, [44], {
      ...COMPLETE_REPORT,
      evaluation: "A",
      progressPercent: "60",
      [`kpi.${kpi44}`]: "16",
    });
    await saveReport(db, ctxOf(cast.editor), {
      itemNumber: 43,
      baseReportId: 0,
      baseVersion: 0,
      intent: "draft",
      fields: { ...COMPLETE_REPORT, achievements: DRAFT_TEXT },
    });
    const submitted = await saveReport(db, ctxOf(cast.editor), {
      itemNumber: 56,
      baseReportId: 0,
      baseVersion: 0,
      intent: "submit",
      fields: { ...COMPLETE_REPORT, achievements: APPROVED_TEXT },
    });
    await approveReports(db, ctxOf(cast.admin), {
      reports: [{ reportId: submitted.reportId, version: submitted.version }],
    });

    // Citizens' voices on 44: two published (one with its name allowed), one answered only, one received only.
    voices.push(
      await makeVoice(db, cast.admin, {
        itemNumber: 44,
        body: "メールは taro@example.jp まで",
        name: "いいづか太郎",
        ageGroup: "30s",
        nameMayPublish: true,
        answer: "ご意見ありがとうございます。",
        publish: true,
      }),
      await makeVoice(db, cast.admin, {
        itemNumber: 44,
        body: "対象の税目はいつ増えますか。",
        name: HIDDEN_NAME,
        answer: "令和8年度に拡大する予定です。",
        publish: true,
      }),
    );
    await makeVoice(db, cast.admin, { itemNumber: 44, body: UNPUBLISHED_VOICE, answer: "未公開の回答" });
    await makeVoice(db, cast.admin, { itemNumber: 43, body: RECEIVED_VOICE });
  });

  it("publishes every published revision of every report, and nothing else", async () => {
    const rows = await csvOf("reports");
    expect(rows.map((r) => r.ID)).toEqual(["42-2024-year_end-1", "44-2025-first_half-1", "44-2025-first_half-2"]);
    for (const row of rows) {
      expect(row.全国地方公共団体コード).toBe("402052");
      expect(row.地方公共団体名).toBe("飯塚市");
    }
    const [first, , correction] = rows;
    expect(first).toMatchObject({
      取組項目番号: "42",
      部局名: "行政経営部",
      所管部署: "税務課",
      報告期間キー: "2024-year_end",
      報告期間: "令和6年度 年度末",
      版: "1",
      訂正: "false",
      進捗状況: "検討中",
      評価: "B",
      進捗率: "30",
      実績: COMPLETE_REPORT.achievements,
      課題: COMPLETE_REPORT.issues,
      今後の取組: COMPLETE_REPORT.nextSteps,
    });
    expect(correction).toMatchObject({ 取組項目番号: "44", 版: "2", 訂正: "true", 評価: "A", 進捗率: "60" });
    const published = await suite.db.progressReport.findFirstOrThrow({
      where: { item: { number: 44 }, revision: 2, state: "published" },
    });
    // To the second, as ISO 8601 in Japan time.
    expect(Date.parse(correction.公開日時)).toBe(Math.floor(published.publishedAt!.getTime() / 1000) * 1000);
    expect(correction.公開日時).toMatch(/\+09:00$/);
  });

  it("never shows a draft, a submission or an approval in any dataset or format", async () => {
    for (const name of DATASET_NAMES) {
      for (const format of ["csv", "json", "xlsx"]) {
        const response = await get(`/api/v1/datasets/${name}.${format}`);
        expect(response.status).toBe(200);
        let text = "";
        if (format === "xlsx") {
          const book = new ExcelJS.Workbook();
          await book.xlsx.load(await response.arrayBuffer());
          text = JSON.stringify(book.worksheets.map((sheet) => sheet.getSheetValues()));
        } else text = await response.text();
        expect(text, `${name}.${format}`).not.toContain(DRAFT_TEXT);
        expect(text, `${name}.${format}`).not.toContain(APPROVED_TEXT);
        for (const hidden of [UNPUBLISHED_VOICE, RECEIVED_VOICE, HIDDEN_NAME, "taro@example.jp"])
          expect(text, `${name}.${format}`).not.toContain(hidden);
      }
    }
    const items = await csvOf("items");
    expect(items.find((r) => r.番号 === "43")).toMatchObject({ 進捗状況: "未報告", 報告公開日時: "" });
    expect(items.find((r) => r.番号 === "56")).toMatchObject({ 進捗状況: "未報告" });
  });

  it("publishes the published voices with the city's answers, masked, a name only where allowed", async () => {
    const rows = await csvOf("voices");
    expect(rows.map((r) => r.ID)).toEqual(voices.map((v) => v.reference));
    const [named, unnamed] = rows;
    expect(named).toMatchObject({
      受付番号: voices[0].reference,
      取組項目番号: "44",
      取組項目名: "WEB口座振替受付サービスの推進",
      年代: "30代",
      名前: "いいづか太郎",
      "ご意見・ご質問": "メールは ［メールアドレス］ まで",
      市の考え方: "ご意見ありがとうございます。",
    });
    expect(unnamed).toMatchObject({ 年代: "", 名前: "", 市の考え方: "令和8年度に拡大する予定です。" });
    const stored = await suite.db.citizenVoice.findUniqueOrThrow({ where: { id: voices[1].id } });
    for (const [label, at] of [
      ["受付日時", stored.createdAt],
      ["回答日時", stored.answeredAt],
      ["公開日時", stored.publishedAt],
    ] as const) {
      expect(Date.parse(unnamed[label])).toBe(Math.floor(at!.getTime() / 1000) * 1000);
      expect(unnamed[label]).toMatch(/\+09:00$/);
    }
    const json = await jsonOf("voices");
    expect(json.records[1]).toMatchObject({ reference: voices[1].reference, name: null, ageGroup: null });
  });

  it("lists every item with its published state, in the JSON as in the CSV", async () => {
    const rows = await csvOf("items");
    const count = await suite.db.planItem.count();
    expect(rows).toHaveLength(count);
    expect(rows.map((r) => r.ID)).toEqual(rows.map((r) => r.番号));
    expect(rows.find((r) => r.番号 === "44")).toMatchObject({
      取組項目名: "WEB口座振替受付サービスの推進",
      部局コード: "02",
      所管部署: "税務課",
      進捗状況: "実施中",
      評価: "A",
      進捗率: "60",
      "計画期間（開始年度）": expect.stringMatching(/^\d{4}$/),
    });
    // 42's report is of the closed period, 44's of the open one only: 44 missed the closed period.
    expect(rows.find((r) => r.番号 === "42")?.未更新).toBe("false");
    expect(rows.find((r) => r.番号 === "44")?.未更新).toBe("true");
    const json = await jsonOf("items");
    expect(json).toMatchObject({
      dataset: "items",
      municipality: { code: "402052", name: "飯塚市" },
      licence: { name: expect.stringContaining("CC BY"), url: expect.stringContaining("creativecommons.org") },
    });
    expect(json.records).toHaveLength(count);
    expect(json.records.find((r) => r.number === 44)).toMatchObject({
      stale: true,
      progressPercent: 60,
      evaluation: "A",
    });
    expect(Object.keys(json.records[0])).toEqual(columnsOf("items").map((c) => c.field));
  });

  it("publishes the vision's indicators and confirmed KPIs, and only the values of published reports", async () => {
    const indicators = await csvOf("indicators");
    const visionCount = await suite.db.indicator.count({ where: { scope: "vision" } });
    expect(indicators.filter((r) => r.区分 === "成果指標")).toHaveLength(visionCount);
    expect(indicators.filter((r) => r.区分 === "KPI").map((r) => r.ID)).toEqual([String(kpi44)]);
    expect(indicators.map((r) => r.ID)).not.toContain(String(proposed43));
    expect(indicators.find((r) => r.ID === String(kpi44))).toMatchObject({
      取組項目番号: "44",
      単位: "%",
      基準値: "12.5",
      目標値: "20",
      目標年度: "2026",
      方向: "上昇",
    });

    const values = await csvOf("indicator-values");
    expect(values.map((v) => [v.ID, v.指標ID, v.年度, v.報告期間キー, v.実績値, v.報告ID])).toEqual([
      [`${vision}-2024`, String(vision), "2024", "", "48.5", ""],
      // The period's latest published revision decides: the correction's 16, not 15.5.
      [`${kpi44}-2025-first_half`, String(kpi44), "2025", "2025-first_half", "16", "44-2025-first_half-2"],
    ]);
  });

  it("rolls the summary up per period, each group a row, and refuses an unknown period", async () => {
    const latest = await csvOf("summary");
    const count = String(await suite.db.planItem.count());
    expect(latest[0]).toMatchObject({
      ID: "overall",
      集計区分: "全体",
      取組項目数: count,
      報告期間キー: "2025-first_half",
    });
    expect(latest[0]["進捗状況（実施中）"]).toBe("1");
    expect(latest.find((r) => r.ID === "bureau:02")).toMatchObject({ 集計区分: "部局", 区分コード: "02" });
    const earlier = await csvOf("summary", "?period=2024-year_end");
    expect(earlier[0]).toMatchObject({ 報告期間: "令和6年度 年度末", "進捗状況（検討中）": "1", 報告あり: "1" });

    const unknown = await get("/api/v1/datasets/summary.csv?period=2030-first_half");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      error: { code: "not_found", message: expect.stringContaining("報告期間") },
    });
  });

  it.each(DATASET_NAMES)("writes %s as a workbook with the dictionary's headers and the CSV's rows", async (name) => {
    const sheet = await xlsxOf(name);
    const columns = columnsOf(name);
    expect(columns.map((_, i) => sheet.getRow(1).getCell(i + 1).value)).toEqual(columns.map((c) => c.label));
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const rows = await csvOf(name);
    expect(sheet.rowCount).toBe(rows.length + 1);
    const ids = sheet.getColumn(2).values.slice(2);
    expect(ids).toEqual(rows.map((r) => r.ID));
  });

  it("answers 304 to a client's current copy of every dataset and endpoint, and the new data after a publication", async () => {
    const paths = [
      ...DATASET_NAMES.flatMap((name) => ["csv", "json", "xlsx"].map((f) => `/api/v1/datasets/${name}.${f}`)),
      "/api/v1/items",
      "/api/v1/items/44",
      "/api/v1/items.csv",
      "/api/v1/summary",
      "/api/v1/summary?period=2024-year_end",
    ];
    const copies = new Map<string, { etag: string; lastModified: string }>();
    for (const path of paths) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("ETag")!;
      const lastModified = first.headers.get("Last-Modified")!;
      expect(etag ?? "", path).toMatch(/^"[\w-]{32}"$/);
      expect(Number.isNaN(Date.parse(lastModified)), path).toBe(false);
      // The same data gives the same tag (a workbook's bytes differ from build to build, its tag does not).
      expect((await get(path)).headers.get("ETag"), path).toBe(etag);
      const asks: Record<string, string>[] = [{ "If-None-Match": etag }, { "If-Modified-Since": lastModified }];
      for (const headers of asks) {
        const again = await get(path, headers);
        expect(again.status, path).toBe(304);
        expect(await again.text()).toBe("");
        expect(again.headers.get("ETag")).toBe(etag);
        expect(again.headers.get("Access-Control-Allow-Origin")).toBe("*");
      }
      expect((await get(path, { "If-None-Match": '"stale"' })).status, path).toBe(200);
      copies.set(path, { etag, lastModified });
    }

    await publishItems(suite.db, cast, [42], { ...COMPLETE_REPORT, status: "completed", progressPercent: "100" });
    // The older period's summary and item 44 did not change; everything else did.
    const unchanged = new Set(["/api/v1/summary?period=2024-year_end", "/api/v1/items/44"]);
    for (const path of paths) {
      const { etag, lastModified } = copies.get(path)!;
      const response = await get(path, { "If-None-Match": etag });
      expect(response.status, path).toBe(unchanged.has(path) ? 304 : 200);
      if (!unchanged.has(path)) {
        expect(response.headers.get("ETag"), path).not.toBe(etag);
        expect(Date.parse(response.headers.get("Last-Modified")!), path).toBeGreaterThan(Date.parse(lastModified));
        // A client that only kept the date gets the new data too.
        expect((await get(path, { "If-Modified-Since": lastModified })).status, path).toBe(200);
      }
    }
    expect((await csvOf("reports")).map((r) => r.ID)).toContain("42-2025-first_half-1");
  });

  it("answers an unknown dataset or format 404 in the API's error envelope", async () => {
    for (const file of ["nothing.csv", "items.xml", "items", "items.csv.json", "ITEMS.csv"]) {
      const response = await get(`/api/v1/datasets/${file}`);
      expect(response.status, file).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    }
  });
});
