import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../db/create-client.ts";
import { importTextFindings } from "../quality/import-text-findings.ts";
import { reconcileItems } from "./canonical.ts";
import { parseSource } from "./parse-source.ts";
import { ITEM_FIELDS, type ParsedSource } from "./source-types.ts";

export const SOURCE_PATH = path.join(process.cwd(), "prisma", "data", "iizuka-plan-source.md");

/** The plan's early period (前期): R6–R8. */
const PLAN_START_FY = 2024;
const PLAN_END_FY = 2026;
/**
 * Who publishes this plan: the source document is Iizuka's, so Iizuka (全国地方公共団体コード
 * 402052) is the default municipality, its 業務改善・DX推進課 runs the portal, and its open data is
 * under CC BY 4.0, which the government's 公共データ利用規約 (PDL1.0) is compatible with.
 */
export const IIZUKA = {
  name: "飯塚市",
  code: "402052",
  planName: "飯塚市行政経営戦略推進プラン",
  startFiscalYear: PLAN_START_FY,
  endFiscalYear: PLAN_END_FY,
  licenceName: "CC BY 4.0",
  licenceUrl: "https://creativecommons.org/licenses/by/4.0/deed.ja",
  secretariat: "業務改善・DX推進課",
} as const;
const COMMENT_TOPIC = "行政経営戦略推進ビジョン（素案）";

export interface ImportResult {
  changed: boolean;
  created: Record<string, number>;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Loads the city's source document into the database. Only creates what is
 * missing (keyed by natural keys), so a second run writes nothing and later
 * edits by the secretariat are never overwritten by a re-import.
 */
export async function importSource(
  db: Db,
  markdown = fs.readFileSync(/*turbopackIgnore: true*/ SOURCE_PATH, "utf8"),
): Promise<ImportResult> {
  const sourceHash = crypto.createHash("sha256").update(markdown).digest("hex");
  const source = parseSource(markdown);
  return db.$transaction(
    async (tx) => {
      const created = {
        municipality: await importMunicipality(tx),
        bureaus: await importBureaus(tx, source),
        sections: await importSections(tx, source),
        areas: await importAreas(tx, source),
        classifications: await importClassifications(tx, source),
        items: 0,
        variants: 0,
        findings: 0,
        indicators: await importIndicators(tx, source),
        comments: await importComments(tx, source),
        meetings: await importMeeting(tx, source),
        contentBlocks: await importVision(tx, source),
      };
      Object.assign(created, await importItems(tx, source));
      created.findings += await importTextFindings(tx);
      const changed = Object.values(created).some((n) => n > 0);
      if (changed) await tx.importRun.create({ data: { sourceHash, counts: created, changed } });
      return { changed, created };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

async function importMunicipality(tx: Tx): Promise<number> {
  const result = await tx.municipality.createMany({ data: [{ id: 1, ...IIZUKA }], skipDuplicates: true });
  return result.count;
}

function bureauCode(sourceName: string): string {
  const match = /^(\d{2})/.exec(sourceName);
  if (!match) throw new Error(`Bureau without a code: ${sourceName}`);
  return match[1];
}

async function importBureaus(tx: Tx, source: ParsedSource): Promise<number> {
  const names = [...new Set(source.rows.map((r) => r.bureau).filter(Boolean))].sort();
  const result = await tx.bureau.createMany({
    data: names.map((sourceName, i) => ({
      code: bureauCode(sourceName),
      name: sourceName.replace(/^\d{2}/, ""),
      sourceName,
      sortOrder: i + 1,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

async function importSections(tx: Tx, source: ParsedSource): Promise<number> {
  const bureaus = new Map((await tx.bureau.findMany()).map((b) => [b.sourceName, b.id]));
  const items = reconcileItems(source.rows, source.areas);
  const seen = new Map<string, number>();
  for (const item of items) {
    const name = item.fields.section;
    if (name !== "" && !seen.has(name)) seen.set(name, bureaus.get(item.fields.bureau)!);
  }
  const result = await tx.section.createMany({
    data: [...seen.entries()].map(([name, bureauId], i) => ({ name, bureauId, sortOrder: i + 1 })),
    skipDuplicates: true,
  });
  return result.count;
}

async function importAreas(tx: Tx, source: ParsedSource): Promise<number> {
  let count = 0;
  for (const [i, area] of source.areas.entries()) {
    const existing = await tx.reformArea.findUnique({ where: { name: area.name } });
    const row =
      existing ?? (await tx.reformArea.create({ data: { name: area.name, intro: area.intro, sortOrder: i + 1 } }));
    if (!existing) count++;
    const result = await tx.direction.createMany({
      data: area.directions.map((d, j) => ({
        name: d.name,
        areaId: row.id,
        policy: d.policy,
        mainActions: d.mainActions,
        sortOrder: i * 10 + j + 1,
      })),
      skipDuplicates: true,
    });
    count += result.count;
  }
  return count;
}

async function importClassifications(tx: Tx, source: ParsedSource): Promise<number> {
  // Order of first appearance in the by-classification listing, which groups by it.
  const names = [
    ...new Set(source.rows.filter((r) => r.listing === "byClassification").map((r) => r.classification)),
  ].filter(Boolean);
  const result = await tx.classification.createMany({
    data: names.map((name, i) => ({ name, sortOrder: i + 1 })),
    skipDuplicates: true,
  });
  return result.count;
}

async function importItems(
  tx: Tx,
  source: ParsedSource,
): Promise<{ items: number; variants: number; findings: number }> {
  const reconciled = reconcileItems(source.rows, source.areas);
  // One query after the other: a transaction's connection runs them serially anyway.
  const bureaus = await tx.bureau.findMany();
  const sections = await tx.section.findMany();
  const areas = await tx.reformArea.findMany();
  const directions = await tx.direction.findMany();
  const classifications = await tx.classification.findMany();
  const existing = await tx.planItem.findMany({ select: { id: true, number: true } });
  const idOf = <T extends { id: number }>(list: T[], key: (t: T) => string) => new Map(list.map((t) => [key(t), t.id]));
  const bureauId = idOf(bureaus, (b) => b.sourceName);
  const sectionId = idOf(sections, (s) => s.name);
  const areaId = idOf(areas, (a) => a.name);
  const directionId = idOf(directions, (d) => d.name);
  const classificationId = idOf(classifications, (c) => c.name);
  const existingNumbers = new Set(existing.map((i) => i.number));

  const fresh = reconciled.filter((item) => !existingNumbers.has(item.number));
  const itemsCreated = await tx.planItem.createMany({
    data: fresh.map((item) => ({
      number: item.number,
      title: item.fields.title,
      bureauId: bureauId.get(item.fields.bureau)!,
      sectionId: sectionId.get(item.fields.section) ?? null,
      purpose: item.fields.purpose,
      content: item.fields.content,
      target: item.fields.target,
      areaLabel: item.areaLabel,
      directionLabel: item.directionLabel,
      areaId: item.areaName ? (areaId.get(item.areaName) ?? null) : null,
      directionId: item.directionName ? (directionId.get(item.directionName) ?? null) : null,
      classificationId: classificationId.get(item.classification) ?? null,
      startFiscalYear: PLAN_START_FY,
      endFiscalYear: PLAN_END_FY,
    })),
  });

  const itemId = new Map(
    (await tx.planItem.findMany({ select: { id: true, number: true } })).map((i) => [i.number, i.id]),
  );
  const variants = reconciled.flatMap((item) =>
    item.choices.flatMap((choice) =>
      (["byClassification", "byNumber"] as const).map((listing) => ({
        itemId: itemId.get(item.number)!,
        listing: listing === "byNumber" ? ("by_number" as const) : ("by_classification" as const),
        field: choice.field,
        value: listing === "byNumber" ? choice.byNumber : choice.byClassification,
        isCanonical: choice.canonical === listing,
      })),
    ),
  );
  const categoryVariants = reconciled.flatMap((item) => [
    {
      itemId: itemId.get(item.number)!,
      listing: "by_classification" as const,
      field: "classification",
      value: item.classification,
      isCanonical: true,
    },
    {
      itemId: itemId.get(item.number)!,
      listing: "by_number" as const,
      field: "area",
      value: item.areaLabel,
      isCanonical: true,
    },
    {
      itemId: itemId.get(item.number)!,
      listing: "by_number" as const,
      field: "direction",
      value: item.directionLabel,
      isCanonical: true,
    },
  ]);
  const variantsCreated = await tx.itemSourceVariant.createMany({
    data: [...variants, ...categoryVariants],
    skipDuplicates: true,
  });

  const findings = reconciled.flatMap((item) =>
    item.findings.map((f) => ({
      key: f.key,
      kind: f.kind,
      itemId: f.itemNumber === null ? null : itemId.get(f.itemNumber)!,
      field: f.field,
      detail: f.detail as object,
    })),
  );
  const findingsCreated = await tx.dataQualityFinding.createMany({ data: findings, skipDuplicates: true });
  return { items: itemsCreated.count, variants: variantsCreated.count, findings: findingsCreated.count };
}

async function importIndicators(tx: Tx, source: ParsedSource): Promise<number> {
  const existing = new Set(
    (await tx.indicator.findMany({ where: { scope: "vision" }, select: { name: true } })).map((i) => i.name),
  );
  const result = await tx.indicator.createMany({
    data: source.indicators
      .map((ind, i) => ({
        scope: "vision" as const,
        name: ind.name,
        description: ind.description,
        unit: ind.unit,
        baselineValue: ind.baselineValue,
        baselineYear: ind.baselineYear,
        targetText: ind.targetText,
        direction: "increase" as const,
        sourceText: `${ind.survey}（${ind.baselineYear}年度）`,
        sortOrder: i + 1,
      }))
      .filter((ind) => !existing.has(ind.name)),
  });
  return result.count;
}

async function importComments(tx: Tx, source: ParsedSource): Promise<number> {
  const result = await tx.publicComment.createMany({
    data: source.comments.map((c) => ({
      topic: COMMENT_TOPIC,
      number: c.number,
      ageGroup: c.ageGroup,
      opinion: c.opinion,
      response: c.response,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

async function importMeeting(tx: Tx, source: ParsedSource): Promise<number> {
  const m = source.meeting;
  if (await tx.councilMeeting.findUnique({ where: { name: m.name } })) return 0;
  const meeting = await tx.councilMeeting.create({
    data: {
      name: m.name,
      heldOn: new Date(`${m.heldOn}T00:00:00Z`),
      heldAtText: m.heldAtText,
      place: m.place,
      attendees: m.attendees,
      absentees: m.absentees,
      secretariat: m.secretariat,
      agenda: m.agenda.map((a) => a.title),
      materials: m.materials,
      disclosure: m.disclosure,
      observers: m.observers,
    },
  });
  // The record's opinions are public (公開 meeting) and had no written response.
  const opinions = m.agenda.flatMap((a) => a.opinions.map((body) => ({ agendaTitle: a.title, body })));
  await tx.councilOpinion.createMany({
    data: opinions.map((o, i) => ({
      meetingId: meeting.id,
      agendaTitle: o.agendaTitle,
      body: o.body,
      state: "published" as const,
      publishedAt: meeting.heldOn,
      sortOrder: i + 1,
    })),
  });
  return 1 + opinions.length;
}

async function importVision(tx: Tx, source: ParsedSource): Promise<number> {
  const v = source.vision;
  const blocks = [
    { key: "vision.title", heading: v.title, body: [v.catchphrase] },
    { key: "vision.images", heading: "「目指す姿」実現後のイメージ", body: v.images },
    { key: "vision.values", heading: "目指す姿の実現に向けて“大切にしたいこと”", body: v.values },
    ...v.sections.map((s) => ({ key: `vision.section.${s.key}`, heading: s.heading, body: s.paragraphs })),
  ];
  const result = await tx.contentBlock.createMany({
    data: blocks.map((b, i) => ({ ...b, sortOrder: i + 1 })),
    skipDuplicates: true,
  });
  return result.count;
}

/** Field names the variants table may hold, for readers of the data-quality page. */
export const VARIANT_FIELDS = [...ITEM_FIELDS, "classification", "area", "direction"] as const;
