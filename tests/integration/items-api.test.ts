// GET /api/v1/items through its route handler on the imported plan: the /items page's filters (one
// module), q over section, bureau, category names and published report texts (never a draft's),
// malformed values refused with 400 in the one error envelope, unknown values matching nothing,
// labels as written beside their canonical category, and unknown /api addresses in the envelope.
import { beforeAll, expect, it, vi } from "vitest";
import { saveReport } from "../../lib/reports/save-report.ts";
import { approveReports } from "../../lib/review/approve-reports.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { describeOnDatabases } from "../support/db.ts";
import { COMPLETE_REPORT, castIn, ctxOf } from "../support/fixtures.ts";
import { routes } from "../support/route-handlers.ts";

// The data cache is Next's; here each read goes to the suite's database.
vi.mock("next/cache", async () => (await import("../support/route-handlers.ts")).dataCache());
vi.mock("../../lib/db/runtime.ts", async () =>
  (await import("../support/route-handlers.ts")).runtimeDb("items-api-test"),
);

const itemsRoute = await import("../../app/api/v1/items/route.ts");
const summaryRoute = await import("../../app/api/v1/summary/route.ts");
const otherApi = await import("../../app/api/[[...path]]/route.ts");

interface ApiItem {
  number: number;
  area: string | null;
  direction: string | null;
  areaCanonical: string | null;
  directionCanonical: string | null;
  status: string;
  evaluation: string | null;
}

async function get(query: string) {
  return itemsRoute.GET(new Request(`https://portal.example.jp/api/v1/items${query}`));
}

/** The numbers of the items a query selects (answered 200). */
async function numbers(query: string): Promise<number[]> {
  const response = await get(query);
  expect(response.status, query).toBe(200);
  const { items } = (await response.json()) as { items: ApiItem[] };
  return items.map((i) => i.number);
}

const q = (text: string) => `?q=${encodeURIComponent(text)}`;

describeOnDatabases("GET /api/v1/items filters", "imported", (suite) => {
  const cast = castIn(suite, { period: true });
  const all = Array.from({ length: 118 }, (_, i) => i + 1);

  /** Items whose rows satisfy a condition, read from the database itself. */
  async function itemsWhere(where: Parameters<typeof suite.db.planItem.findMany>[0]): Promise<number[]> {
    const rows = await suite.db.planItem.findMany({ ...where, orderBy: { number: "asc" }, select: { number: true } });
    return rows.map((r) => r.number);
  }

  async function save(number: number, intent: "draft" | "submit", fields: typeof COMPLETE_REPORT) {
    return saveReport(suite.db, ctxOf(cast.editor), {
      itemNumber: number,
      baseReportId: 0,
      baseVersion: 0,
      intent,
      fields,
    });
  }

  beforeAll(async () => {
    routes.db = suite.db;
    // 42 and 43 published with texts of their own; 56 only as a draft.
    const reports = [
      await save(42, "submit", {
        ...COMPLETE_REPORT,
        achievements: "固定資産税の課税資料を電子化した。",
        issues: "スキャナの台数が足りない。",
        nextSteps: "読取精度の検証を続ける。",
      }),
      await save(43, "submit", {
        ...COMPLETE_REPORT,
        status: "considering",
        evaluation: "A",
        progressPercent: "10",
        nextSteps: "督促状にQRコード決済を載せる。",
      }),
    ];
    await approveReports(suite.db, ctxOf(cast.admin), {
      reports: reports.map((r) => ({ reportId: r.reportId, version: r.version })),
    });
    await publishReports(suite.db, ctxOf(cast.admin), { reportIds: reports.map((r) => r.reportId) });
    await save(56, "draft", { ...COMPLETE_REPORT, achievements: "下書きにだけある語句。" });
  });

  it("lists every item without filters, each category as written and as the plan's own", async () => {
    const response = await get("");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const { items } = (await response.json()) as { items: ApiItem[] };
    expect(items.map((i) => i.number)).toEqual(all);
    const byNumber = new Map(items.map((i) => [i.number, i]));
    expect(byNumber.get(96)).toMatchObject({ area: "人(職員)の改革", areaCanonical: "人（職員）の改革" });
    expect(byNumber.get(78)).toMatchObject({
      area: "財政の改革",
      areaCanonical: "財政の改革",
      direction: "歳入の適正化",
      directionCanonical: null,
    });
    expect(byNumber.get(20)).toMatchObject({ area: null, areaCanonical: null, directionCanonical: null });
    // A pivot on the canonical area gives the vision's four areas (and the unassigned).
    const areas = await suite.db.reformArea.findMany({ select: { name: true } });
    expect(new Set(items.map((i) => i.areaCanonical))).toEqual(new Set([...areas.map((a) => a.name), null]));
  });

  it("finds by section, bureau and category names", async () => {
    expect(await numbers(q("税務課"))).toEqual([42, 43, 44, 56]);
    const tax = await suite.db.section.findUniqueOrThrow({ where: { name: "税務課" }, include: { bureau: true } });
    expect(await numbers(q(tax.bureau.name))).toEqual(await itemsWhere({ where: { bureauId: tax.bureauId } }));
    expect(await numbers(q("歳入の適正化"))).toEqual(expect.arrayContaining([78, 80, 117]));
    expect(await numbers(q("人（職員）の改革"))).toEqual(
      await itemsWhere({ where: { area: { name: "人（職員）の改革" } } }),
    );
    const classification = await suite.db.classification.findFirstOrThrow({
      where: { items: { some: { number: 20 } } },
    });
    expect(await numbers(q(classification.name))).toEqual(
      expect.arrayContaining(await itemsWhere({ where: { classificationId: classification.id } })),
    );
  });

  it("finds by the texts of published reports (実績, 課題, 今後の取組), never by a draft's", async () => {
    expect(await numbers(q("課税資料を電子化"))).toEqual([42]);
    expect(await numbers(q("スキャナの台数"))).toEqual([42]);
    expect(await numbers(q("ＱＲコード決済"))).toEqual([43]);
    expect(await numbers(q("下書きにだけある語句"))).toEqual([]);
    expect(await numbers(`${q("読取精度")}&status=considering`)).toEqual([]);
  });

  it("takes each filter of the /items page", async () => {
    const people = await itemsWhere({ where: { area: { name: "人（職員）の改革" } } });
    expect(people).toContain(96);
    expect(await numbers(`?area=${encodeURIComponent("人（職員）の改革")}`)).toEqual(people);
    expect(await numbers(`?area=${encodeURIComponent("人(職員)の改革")}`)).toEqual(people);
    expect(await numbers("?area=unassigned")).toEqual(await itemsWhere({ where: { areaId: null } }));
    expect(await numbers(`?direction=${encodeURIComponent("歳入の適正化")}`)).toEqual([78, 80, 117]);
    expect(await numbers("?direction=unassigned")).toEqual(await itemsWhere({ where: { directionId: null } }));
    const tax = await suite.db.section.findUniqueOrThrow({ where: { name: "税務課" }, include: { bureau: true } });
    const taxBureau = await itemsWhere({ where: { bureauId: tax.bureauId } });
    expect(await numbers(`?bureau=${tax.bureau.code}`)).toEqual(taxBureau);
    expect(await numbers(`?bureau=${encodeURIComponent(tax.bureau.name)}`)).toEqual(taxBureau);
    expect(await numbers(`?bureau=${tax.bureau.code}&section=${encodeURIComponent("税務課")}`)).toEqual([
      42, 43, 44, 56,
    ]);
    expect(await numbers("?section=unassigned")).toEqual(await itemsWhere({ where: { sectionId: null } }));
    const classification = await suite.db.classification.findFirstOrThrow({ where: { items: { some: {} } } });
    expect(await numbers(`?classification=${encodeURIComponent(classification.name)}`)).toEqual(
      await itemsWhere({ where: { classificationId: classification.id } }),
    );
    expect(await numbers("?status=in_progress")).toEqual([42]);
    expect(await numbers(`?status=${encodeURIComponent("検討中")}`)).toEqual([43]);
    expect(await numbers("?status=not_reported")).toEqual(all.filter((n) => n !== 42 && n !== 43));
    expect(await numbers("?evaluation=A")).toEqual([43]);
    expect(await numbers(`?evaluation=${encodeURIComponent("概ね順調")}`)).toEqual([42]);
    expect(await numbers("?evaluation=unrated")).toEqual([]);
    expect(await numbers(`?evaluation=B&status=in_progress&${q("税務課").slice(1)}`)).toEqual([42]);
  });

  it("answers a malformed filter 400 in the one error envelope, and an unknown one with no items", async () => {
    for (const query of [
      "?status=bogus",
      "?evaluation=E",
      "?area=a&area=b",
      `?q=${"x".repeat(101)}`,
      "?status=in_progress&evaluation=Z",
    ]) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const body = await response.json();
      expect(Object.keys(body), query).toEqual(["error"]);
      expect(body.error.code).toBe("invalid");
      expect(body.error.message).toMatch(/^絞り込み条件が正しくありません。/);
    }
    const both = await (await get("?status=bogus&evaluation=E")).json();
    expect(both.error.message).toContain("status は");
    expect(both.error.message).toContain("evaluation は");
    for (const query of ["?area=存在しない大分類", "?bureau=99", `?section=${encodeURIComponent("存在しない課")}`])
      expect(await numbers(query), query).toEqual([]);
    // Parameters that are no filter are ignored.
    expect(await numbers("?page=2&_=1")).toEqual(all);
  });

  it("gives the summary with every kind adding up to the items, unassigned groups named", async () => {
    const response = await summaryRoute.GET(new Request("https://portal.example.jp/api/v1/summary"));
    expect(response.status).toBe(200);
    const summary = await response.json();
    expect(summary.overall.items).toBe(118);
    for (const kind of ["areas", "directions", "bureaus", "sections", "classifications"]) {
      const groups: { items: number; unassigned: boolean; name: string }[] = summary[kind];
      expect(
        groups.reduce((n, g) => n + g.items, 0),
        kind,
      ).toBe(118);
    }
    expect(summary.directions.at(-1)).toMatchObject({ name: "その他・未分類", unassigned: true, items: 5 });
    const unknown = await summaryRoute.GET(
      new Request("https://portal.example.jp/api/v1/summary?period=1999-year_end"),
    );
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });

  it("answers any other address under /api 404 in the envelope", async () => {
    for (const handler of [otherApi.GET, otherApi.POST, otherApi.DELETE]) {
      const response = await handler();
      expect(response.status).toBe(404);
      const body = await response.json();
      expect(body).toEqual({ error: { code: "not_found", message: expect.stringContaining("/opendata") } });
    }
  });
});
