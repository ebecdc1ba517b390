import { parse } from "csv-parse/sync";
import { expect, test } from "./support";

test("GET /api/v1/items lists all 118 items in number order", async ({ request }) => {
  const response = await request.get("/api/v1/items");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["cache-control"]).toContain("max-age");
  const { items } = await response.json();
  expect(items).toHaveLength(118);
  expect(items.map((i: { number: number }) => i.number)).toEqual(Array.from({ length: 118 }, (_, i) => i + 1));
  const item44 = items[43];
  expect(item44).toMatchObject({
    number: 44,
    title: "WEB口座振替受付サービスの推進",
    bureau: "02行政経営部",
    section: "税務課",
    status: "未報告",
  });
  for (const key of ["purpose", "content", "target", "area", "direction", "classification", "updatedAt"])
    expect(item44).toHaveProperty(key);
  expect(items[19]).toMatchObject({
    number: 20,
    area: null,
    direction: null,
    areaCanonical: null,
    directionCanonical: null,
    classification: "電子契約の推進",
  });
  expect(items[117]).toMatchObject({ number: 118, section: null, target: "" });
  // The label as the plan writes it, beside the vision's area or direction it stands for (null: その他・未分類).
  expect(items[95]).toMatchObject({ number: 96, area: "人(職員)の改革", areaCanonical: "人（職員）の改革" });
  expect(items[77]).toMatchObject({ number: 78, direction: "歳入の適正化", directionCanonical: null });
  const canonicalAreas = new Set(items.map((i: { areaCanonical: string | null }) => i.areaCanonical));
  expect(canonicalAreas.size).toBe(5);
});

test("GET /api/v1/items takes the /items page's filters and refuses malformed ones in the error envelope", async ({
  request,
}) => {
  const numbers = async (query: string) => {
    const response = await request.get(`/api/v1/items?${query}`);
    expect(response.status(), query).toBe(200);
    return (await response.json()).items.map((i: { number: number }) => i.number);
  };
  // 税務課 is the section of these four items: q reads section, bureau and category names too.
  expect(await numbers(`q=${encodeURIComponent("税務課")}`)).toEqual([42, 43, 44, 56]);
  expect(await numbers(`direction=${encodeURIComponent("歳入の適正化")}`)).toEqual([78, 80, 117]);
  expect(await numbers(`area=${encodeURIComponent("人(職員)の改革")}`)).toContain(118);
  expect(await numbers(`area=${encodeURIComponent("存在しない大分類")}`)).toEqual([]);
  const bad = await request.get("/api/v1/items?status=bogus");
  expect(bad.status()).toBe(400);
  expect(bad.headers()["access-control-allow-origin"]).toBe("*");
  const body = await bad.json();
  expect(body.error.code).toBe("invalid");
  expect(body.error.message).toContain("status");
});

test("any other address under /api answers 404 in the error envelope", async ({ request }) => {
  const response = await request.get("/api/v1/no-such-dataset");
  expect(response.status()).toBe(404);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect((await response.json()).error.code).toBe("not_found");
});

test("GET /api/v1/items/{number} returns one item or a JSON 404", async ({ request }) => {
  const one = await request.get("/api/v1/items/49");
  expect(one.status()).toBe(200);
  expect((await one.json()).target).toContain("うち2割（73件）");
  for (const bad of ["999", "0", "abc", "1.5"]) {
    const response = await request.get(`/api/v1/items/${bad}`);
    expect(response.status(), bad).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  }
});

test("GET /api/v1/items.csv is RFC 4180 CSV with a BOM and the API's data", async ({ request }) => {
  const response = await request.get("/api/v1/items.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  const body = await response.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows: Record<string, string>[] = parse(body, { bom: true, columns: true, record_delimiter: "\r\n" });
  const { items } = await (await request.get("/api/v1/items")).json();
  expect(rows).toHaveLength(118);
  for (const [i, row] of rows.entries()) {
    for (const key of ["title", "bureau", "purpose", "content", "target", "status"]) {
      expect(row[key], `${items[i].number}.${key}`).toBe(items[i][key]);
    }
    expect(row.number).toBe(String(items[i].number));
    expect(row.section).toBe(items[i].section ?? "");
    expect(row.bureauCode).toBe(items[i].bureauCode);
    expect(row.planPeriod).toBe(`${items[i].planPeriod.startFiscalYear}-${items[i].planPeriod.endFiscalYear}`);
    // Booleans as the JSON writes them.
    expect(row.stale).toBe(String(items[i].stale));
  }
});

test("GET /api/health reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("GET /api/v1/summary gives the roll-ups of the latest period, by period key, and 404 for an unknown one", async ({
  request,
}) => {
  const response = await request.get("/api/v1/summary");
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const summary = await response.json();
  expect(summary.period).toMatchObject({ key: "2025-first_half", label: "令和7年度 上半期" });
  expect(summary.overall.items).toBe(118);
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  for (const group of [
    summary.overall,
    ...summary.areas,
    ...summary.directions,
    ...summary.bureaus,
    ...summary.sections,
    ...summary.classifications,
  ]) {
    expect(sum(group.byStatus)).toBe(group.items);
    expect(sum(group.byEvaluation)).toBe(group.items);
  }
  // Every kind's groups add up to the whole: items outside the plan's own groups are in その他・未分類.
  for (const kind of ["areas", "directions", "bureaus", "sections", "classifications"]) {
    expect(
      summary[kind].reduce((n: number, g: { items: number }) => n + g.items, 0),
      kind,
    ).toBe(118);
  }
  expect(summary.areas.map((a: { name: string }) => a.name)).toContain("財政の改革");
  expect(summary.areas).toHaveLength(5);
  expect(summary.directions).toHaveLength(9);
  // Items 20, 78, 80, 87 and 117 on the source; admin-fixes.spec.ts (run earlier) classifies item 87.
  const { items } = await (await request.get("/api/v1/items")).json();
  const unassigned = items.filter((i: { directionCanonical: string | null }) => i.directionCanonical === null).length;
  expect(unassigned).toBeGreaterThan(0);
  expect(summary.directions.at(-1)).toMatchObject({ name: "その他・未分類", unassigned: true, items: unassigned });
  expect(summary.bureaus).toHaveLength(10);
  expect(summary.bureaus[0]).toMatchObject({
    code: "01",
    name: "総務部",
    items: expect.any(Number),
    unassigned: false,
  });

  const byKey = await request.get("/api/v1/summary?period=2025-first_half");
  expect((await byKey.json()).overall.items).toBe(118);
  const unknown = await request.get("/api/v1/summary?period=1999-year_end");
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe("not_found");
});
