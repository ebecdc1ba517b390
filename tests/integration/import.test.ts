import crypto from "node:crypto";
import fs from "node:fs";
import { beforeAll, expect, it } from "vitest";
import { foldText, reconcileItems } from "../../lib/importer/canonical.ts";
import { importSource, SOURCE_PATH } from "../../lib/importer/import-source.ts";
import { parseSource } from "../../lib/importer/parse-source.ts";
import { ITEM_FIELDS } from "../../lib/importer/source-types.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";

const markdown = fs.readFileSync(SOURCE_PATH, "utf8");
const parsed = parseSource(markdown);
const ITEMS = 118;
// Every text field from both listings, plus classification (by-classification) and area/direction (by-number).
const EXPECTED_VARIANTS = ITEM_FIELDS.length * 2 * ITEMS + 3 * ITEMS;
const EXPECTED_OPINIONS = parsed.meeting.agenda.flatMap((a) => a.opinions).length;
const EXPECTED_BLOCKS = 3 + parsed.vision.sections.length;
// Garbled texts (lib/quality): 10 items' 分類 「専門分野のBP0の推進」, 3 vision texts with 「…キャストिंग」.
const TEXT_FINDINGS = 13;

/** Every row of every table but the migrations bookkeeping, keyed by table. */
async function dumpAll(db: Db): Promise<Record<string, unknown[]>> {
  const tables = await db.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`,
  );
  const dump: Record<string, unknown[]> = {};
  for (const { table_name } of tables)
    dump[table_name] = await db.$queryRawUnsafe(`SELECT * FROM "${table_name}" ORDER BY 1`);
  return dump;
}

describeOnDatabases("importSource", "imported", (suite) => {
  // One imported database per target (import takes seconds); the tests read it,
  // and only the last one writes to it.
  let db: Db;

  beforeAll(() => {
    db = suite.db;
  });

  async function item(number: number) {
    return db.planItem.findUniqueOrThrow({
      where: { number },
      include: { section: true, area: true, direction: true, findings: true, variants: true },
    });
  }

  it("creates the organisation, plan structure and vision", async () => {
    expect(await db.planItem.count()).toBe(ITEMS);
    const bureaus = await db.bureau.findMany({ orderBy: { sortOrder: "asc" } });
    expect(bureaus.map((b) => b.code)).toEqual(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10"]);
    expect(bureaus[0]).toMatchObject({ name: "総務部", sourceName: "01総務部" });
    expect(await db.section.count()).toBe(51);
    expect(await db.reformArea.count()).toBe(4);
    const directions = await db.direction.findMany({ include: { area: true }, orderBy: { sortOrder: "asc" } });
    expect(directions).toHaveLength(8);
    expect(directions.map((d) => [d.area.name, d.name])).toEqual(
      parsed.areas.flatMap((a) => a.directions.map((d) => [a.name, d.name])),
    );
    expect(await db.classification.count()).toBe(43);
    expect(await db.planItem.count({ where: { classificationId: null } })).toBe(0);
    expect(await db.contentBlock.count()).toBe(EXPECTED_BLOCKS);
  });

  it("creates the vision indicators, public comments and the council meeting", async () => {
    const indicators = await db.indicator.findMany({ orderBy: { sortOrder: "asc" } });
    expect(indicators.map((i) => [i.scope, i.baselineValue])).toEqual([
      ["vision", 6.8],
      ["vision", 7.3],
      ["vision", 4.2],
      ["vision", 7.0],
      ["vision", 47.89],
    ]);
    expect((await db.publicComment.findMany({ orderBy: { number: "asc" } })).map((c) => c.number)).toEqual([
      1, 2, 3, 4, 5, 6,
    ]);
    const meetings = await db.councilMeeting.findMany({ include: { opinions: true } });
    expect(meetings).toHaveLength(1);
    expect(EXPECTED_OPINIONS).toBeGreaterThan(0);
    expect(meetings[0].opinions).toHaveLength(EXPECTED_OPINIONS);
    expect(await db.councilOpinion.count()).toBe(EXPECTED_OPINIONS);
  });

  it("keeps both listings' text of every field, with exactly the item's value marked canonical", async () => {
    expect(EXPECTED_VARIANTS).toBe(1770);
    expect(await db.itemSourceVariant.count()).toBe(EXPECTED_VARIANTS);
    const items = await db.planItem.findMany({ include: { variants: true, bureau: true, section: true } });
    for (const entry of items) {
      const stored: Record<string, string> = {
        bureau: entry.bureau.sourceName,
        title: entry.title,
        section: entry.section?.name ?? "",
        purpose: entry.purpose,
        content: entry.content,
        target: entry.target,
      };
      for (const field of ITEM_FIELDS) {
        const canonical = entry.variants.filter((v) => v.field === field && v.isCanonical);
        expect(canonical, `item ${entry.number} ${field}`).toHaveLength(1);
        expect(canonical[0].value, `item ${entry.number} ${field}`).toBe(stored[field]);
      }
    }
  });

  it("records the data-quality findings by kind", async () => {
    expect(await db.dataQualityFinding.count()).toBe(64 + TEXT_FINDINGS);
    const byKind = await db.dataQualityFinding.groupBy({ by: ["kind"], _count: { _all: true } });
    expect(Object.fromEntries(byKind.map((k) => [k.kind, k._count._all]))).toEqual({
      listing_mismatch: 39,
      width_mismatch: 15,
      empty_field: 4,
      missing_category: 2,
      nonstandard_category: 4,
      mixed_script: 3,
      digit_for_letter: 10,
    });
    expect(await db.dataQualityFinding.count({ where: { status: { not: "open" } } })).toBe(0);
  });

  it("item 49: the fuller wording is canonical and both texts are kept", async () => {
    const found = await item(49);
    expect(found.target).toContain("うち2割（73件）");
    const target = found.variants.filter((v) => v.field === "target");
    expect(target.find((v) => v.listing === "by_classification")).toMatchObject({
      isCanonical: true,
      value: found.target,
    });
    const slip = target.find((v) => v.listing === "by_number");
    expect(slip?.isCanonical).toBe(false);
    expect(slip?.value).toContain("うち割（73件）");
    expect(found.findings.find((f) => f.field === "target")?.kind).toBe("listing_mismatch");
  });

  it("items 2, 76 and 118: empty cells", async () => {
    const two = await item(2);
    expect(two.purpose).toBe("");
    expect(two.findings.filter((f) => f.kind === "empty_field").map((f) => f.field)).toEqual(["purpose"]);

    const seventySix = await item(76);
    const content = seventySix.variants.filter((v) => v.field === "content");
    expect(content.find((v) => v.listing === "by_number")).toMatchObject({ value: "", isCanonical: false });
    const byClassification = content.find((v) => v.listing === "by_classification");
    expect(byClassification?.isCanonical).toBe(true);
    expect(byClassification?.value).not.toBe("");
    expect(seventySix.content).toBe(byClassification?.value);
    expect(seventySix.findings.some((f) => f.kind === "empty_field" && f.field === "content")).toBe(true);

    const last = await item(118);
    expect(last.sectionId).toBeNull();
    expect(last.target).toBe("");
    expect(
      last.findings
        .filter((f) => f.kind === "empty_field")
        .map((f) => f.field)
        .sort(),
    ).toEqual(["section", "target"]);
  });

  it("items 20 and 87: no area in the by-number listing", async () => {
    for (const number of [20, 87]) {
      const found = await item(number);
      expect(found).toMatchObject({ areaLabel: "", areaId: null, directionId: null });
      expect(found.findings.filter((f) => f.kind === "missing_category").map((f) => f.field)).toEqual(["area"]);
    }
  });

  it("items 78, 80 and 117: the off-list direction 歳入の適正化 is kept but not linked", async () => {
    for (const number of [78, 80, 117]) {
      const found = await item(number);
      expect(found).toMatchObject({ directionLabel: "歳入の適正化", directionId: null });
      expect(found.area?.name).toBe("財政の改革");
      expect(found.findings.filter((f) => f.kind === "nonstandard_category").map((f) => f.field)).toEqual([
        "direction",
      ]);
    }
  });

  it("item 96: a half-width area label still links to its area", async () => {
    const found = await item(96);
    expect(found.areaLabel).toBe("人(職員)の改革");
    expect(found.area?.name).toBe("人（職員）の改革");
    expect(found.findings.filter((f) => f.kind === "nonstandard_category").map((f) => f.field)).toEqual(["area"]);
  });

  it("item 81: section names differing only in width are one section", async () => {
    const found = await item(81);
    const names = found.variants.filter((v) => v.field === "section").map((v) => v.value);
    expect(new Set(names).size).toBe(2);
    const sections = await db.section.findMany();
    expect(sections.filter((s) => foldText(s.name) === foldText(names[0])).map((s) => s.id)).toEqual([found.sectionId]);
    expect(found.findings.find((f) => f.field === "section")?.kind).toBe("width_mismatch");
  });

  it("records one import run with the source hash", async () => {
    const runs = await db.importRun.findMany();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      changed: true,
      sourceHash: crypto.createHash("sha256").update(markdown).digest("hex"),
    });
  });

  it("a second import changes nothing, not even one row", async () => {
    const before = await dumpAll(db);
    expect(before.PlanItem).toHaveLength(ITEMS);
    const result = await importSource(db);
    expect(result.changed).toBe(false);
    expect(Object.values(result.created).every((n) => n === 0)).toBe(true);
    expect(await dumpAll(db)).toEqual(before);
  });

  // Writes to the shared database: keep it last.
  it("re-creates what is missing but never overwrites an edit", async () => {
    const expectedFindings = reconcileItems(parsed.rows, parsed.areas).flatMap((i) => i.findings).length;
    await db.planItem.update({ where: { number: 1 }, data: { title: "edited by the secretariat" } });
    await db.publicComment.deleteMany({ where: { number: 6 } });
    await db.dataQualityFinding.delete({ where: { key: "empty:2:purpose" } });

    const result = await importSource(db);
    expect(result.changed).toBe(true);
    expect(Object.fromEntries(Object.entries(result.created).filter(([, n]) => n > 0))).toEqual({
      findings: 1,
      comments: 1,
    });
    expect((await item(1)).title).toBe("edited by the secretariat");
    expect(await db.publicComment.count()).toBe(6);
    expect(await db.dataQualityFinding.count()).toBe(expectedFindings + TEXT_FINDINGS);
    expect(await db.importRun.count()).toBe(2);
  });
});
