// Compares a plan file with the database and writes it. Not server-only: preparing a database
// (PLAN_FILE on start) and the CLI load plans outside React Server Components, as the importer does.
import { createHash } from "node:crypto";
import type { Db } from "../db/create-client.ts";
import type { Tx } from "../db/tx.ts";
import { reconcileItems } from "../importer/canonical.ts";
import { IIZUKA } from "../importer/import-source.ts";
import type { SourceArea, SourceItemRow } from "../importer/source-types.ts";
import { importTextFindings } from "../quality/import-text-findings.ts";
import { formatFiscalRange } from "../wareki.ts";
import { DIRECTION_TERMS, ITEM_COLUMNS, ITEM_SHEET, MUNICIPALITY_KEYS, splitBureau } from "./plan-format.ts";
import type { PlanFile, PlanIndicator, PlanItemRow, PlanProblem } from "./read-plan-file.ts";

/** One field's value before and after, as the sheet and the item's history show it. */
export interface PlanChange {
  field: string;
  before: string;
  after: string;
}

export interface PlanPreview {
  kind: PlanFile["kind"];
  encoding: PlanFile["encoding"];
  municipality: { name: string; code: string; isNew: boolean; changes: PlanChange[] } | null;
  newItems: { line: number; number: number; title: string }[];
  changedItems: { line: number; number: number; title: string; changes: PlanChange[] }[];
  unchangedItems: number;
  /** in the database but not in the file: reported, never deleted */
  missingItems: { number: number; title: string }[];
  created: {
    bureaus: string[];
    sections: string[];
    areas: string[];
    directions: string[];
    classifications: string[];
    indicators: string[];
  };
  changedIndicators: { name: string; changes: PlanChange[] }[];
  problems: PlanProblem[];
  /** a digest of everything above: apply writes only what the person confirmed */
  digest: string;
}

/** What applying a plan wrote. */
export interface PlanCounts {
  municipality: number;
  bureaus: number;
  sections: number;
  areas: number;
  directions: number;
  classifications: number;
  items: number;
  changedItems: number;
  itemChanges: number;
  indicators: number;
  findings: number;
}

type Client = Db | Tx;

interface ResolvedItem {
  row: PlanItemRow;
  bureauKey: string;
  sectionName: string | null;
  classificationName: string | null;
  areaLabel: string;
  directionLabel: string;
  areaName: string | null;
  directionName: string | null;
  startFiscalYear: number;
  endFiscalYear: number;
  existingId: number | null;
  existingVersion: number;
  changes: PlanChange[];
}

interface NewBureau {
  code: string;
  name: string;
  sourceName: string;
}

export interface Plan {
  preview: PlanPreview;
  file: PlanFile;
  newBureaus: NewBureau[];
  /** written bureau → the bureau's source name in the database (existing or new) */
  bureauOf: Map<string, string>;
  newSections: { name: string; bureauKey: string }[];
  newAreas: { name: string; description: string }[];
  newDirections: { name: string; area: string; description: string }[];
  newClassifications: string[];
  items: ResolvedItem[];
  findings: { key: string; kind: string; itemNumber: number | null; field: string | null; detail: object }[];
  indicators: { row: PlanIndicator; existingId: number | null; changes: PlanChange[] }[];
}

const fold = (text: string) => text.normalize("NFKC").replace(/\s+/g, "").toLowerCase();
const shownNumber = (value: number | null) => (value === null ? "" : String(value));

/** The 成果指標's target as the vision's pages write it: the figure with its unit, or the direction's term. */
function targetTextOf(row: PlanIndicator): string {
  return row.targetValue === null ? DIRECTION_TERMS[row.direction] : `${row.targetValue}${row.unit}`;
}

/**
 * Resolves every row of the file against the database without writing: which bureaus, sections,
 * categories and items are new, which item fields change (old → new), which items the file leaves
 * out, and every problem. Categories resolve as the source importer resolves them (canonical.ts):
 * after folding width and spaces, a label that is not exactly the name is kept and becomes a finding.
 */
export async function planFromFile(db: Client, file: PlanFile): Promise<Plan> {
  const problems: PlanProblem[] = [...file.problems];
  const sheet = file.kind === "csv" ? "CSV" : ITEM_SHEET;
  const problem = (line: number, column: string, code: PlanProblem["code"], params?: PlanProblem["params"]) =>
    problems.push({ sheet, line, column, code, ...(params ? { params } : {}) });

  const municipalityRow = await db.municipality.findUnique({ where: { id: 1 } });
  const bureaus = await db.bureau.findMany({ orderBy: { sortOrder: "asc" } });
  const sections = await db.section.findMany({ include: { bureau: true } });
  const areas = await db.reformArea.findMany({ orderBy: { sortOrder: "asc" } });
  const directions = await db.direction.findMany({ orderBy: { sortOrder: "asc" }, include: { area: true } });
  const classifications = await db.classification.findMany();
  const existingItems = await db.planItem.findMany({
    orderBy: { number: "asc" },
    include: { bureau: true, section: true, classification: true },
  });
  const indicators = await db.indicator.findMany({ where: { scope: "vision" } });

  // 団体
  let municipality: PlanPreview["municipality"] = null;
  if (file.municipality) {
    const m = file.municipality;
    const changes: PlanChange[] = [];
    for (const field of Object.keys(MUNICIPALITY_KEYS) as (keyof typeof MUNICIPALITY_KEYS)[]) {
      // A row the file leaves out (an optional one) changes nothing.
      if (m[field] === null) continue;
      const before = municipalityRow ? String(municipalityRow[field]) : "";
      const after = String(m[field]);
      if (before !== after) changes.push({ field, before, after });
    }
    municipality = { name: m.name, code: m.code, isNew: !municipalityRow, changes };
  }
  const planStart = file.municipality?.startFiscalYear || municipalityRow?.startFiscalYear || IIZUKA.startFiscalYear;
  const planEnd = file.municipality?.endFiscalYear || municipalityRow?.endFiscalYear || IIZUKA.endFiscalYear;

  // 大分類 and 小分類: the database's and the file's own lists.
  const areaNames = new Map(areas.map((a) => [fold(a.name), a.name]));
  const newAreas = (file.areas ?? []).filter((a) => !areaNames.has(fold(a.name)));
  for (const a of newAreas) areaNames.set(fold(a.name), a.name);
  const directionsByArea = new Map<string, string[]>();
  for (const d of directions) directionsByArea.set(d.area.name, [...(directionsByArea.get(d.area.name) ?? []), d.name]);
  const knownDirections = new Set(directions.map((d) => fold(d.name)));
  const newDirections: Plan["newDirections"] = [];
  for (const d of file.directions ?? []) {
    const area = areaNames.get(fold(d.area));
    if (!area) {
      if (d.area !== "")
        problems.push({
          sheet: "小分類",
          line: d.line,
          column: "大分類",
          code: "unknown_area",
          params: { value: d.area },
        });
      continue;
    }
    if (knownDirections.has(fold(d.name))) continue;
    knownDirections.add(fold(d.name));
    newDirections.push({ name: d.name, area, description: d.description });
    directionsByArea.set(area, [...(directionsByArea.get(area) ?? []), d.name]);
  }
  const sourceAreas: SourceArea[] = [...areaNames.values()].map((name) => ({
    name,
    intro: [],
    directions: (directionsByArea.get(name) ?? []).map((d) => ({ name: d, policy: [], mainActions: [] })),
  }));

  // The file is one listing: both of the importer's listings carry it, so only its own gaps are findings.
  const sourceRows: SourceItemRow[] = file.items.flatMap((row) => {
    const base = {
      number: row.number,
      bureau: row.fields.bureau,
      title: row.fields.title,
      section: row.fields.section,
      purpose: row.fields.purpose,
      content: row.fields.content,
      target: row.fields.target,
    };
    return [
      { ...base, listing: "byClassification", classification: row.fields.classification, area: "", direction: "" },
      { ...base, listing: "byNumber", classification: "", area: row.fields.area, direction: row.fields.direction },
    ];
  });
  const reconciled = new Map(reconcileItems(sourceRows, sourceAreas).map((item) => [item.number, item]));

  // 部局: a code written in front is the bureau's code; without one, a bureau found by name keeps its
  // code and a new one gets the next free code, in order of appearance (so a re-import assigns none).
  const bureauOf = new Map<string, string>();
  const newBureaus: NewBureau[] = [];
  const byCode = new Map(bureaus.map((b) => [b.code, b]));
  const byName = new Map(bureaus.map((b) => [b.name, b]));
  const takenCodes = new Set(bureaus.map((b) => b.code));
  let nextCode = Math.max(0, ...bureaus.map((b) => Number(b.code) || 0));
  for (const row of file.items) {
    const written = row.fields.bureau;
    if (written === "" || bureauOf.has(written)) continue;
    const { code, name } = splitBureau(written);
    const existing =
      code !== null ? byCode.get(code) : (byName.get(name) ?? bureaus.find((b) => b.sourceName === written));
    const planned = code !== null ? newBureaus.find((b) => b.code === code) : newBureaus.find((b) => b.name === name);
    const found = existing ?? planned;
    if (found && found.name !== name) {
      problem(row.line, ITEM_COLUMNS.bureau, "bureau_code_taken", { code: found.code, bureau: found.sourceName });
      continue;
    }
    if (found) {
      bureauOf.set(written, found.sourceName);
      continue;
    }
    let assigned = code;
    while (assigned === null || (code === null && takenCodes.has(assigned)))
      assigned = String(++nextCode).padStart(2, "0");
    takenCodes.add(assigned);
    newBureaus.push({ code: assigned, name, sourceName: written });
    bureauOf.set(written, written);
  }

  // 所管部署: one bureau each.
  const sectionBureau = new Map(sections.map((s) => [s.name, s.bureau.sourceName]));
  const newSections: Plan["newSections"] = [];
  const classificationNames = new Set(classifications.map((c) => c.name));
  const newClassifications: string[] = [];
  const fileNumbers = new Set(file.items.map((row) => row.number));
  const byNumber = new Map(existingItems.map((item) => [item.number, item]));
  const resolved: ResolvedItem[] = [];
  const findings: Plan["findings"] = [];

  for (const row of file.items) {
    const canonical = reconciled.get(row.number)!;
    const bureauKey = bureauOf.get(row.fields.bureau);
    const sectionName = row.fields.section || null;
    if (sectionName && bureauKey) {
      const owner = sectionBureau.get(sectionName);
      if (owner === undefined) {
        sectionBureau.set(sectionName, bureauKey);
        newSections.push({ name: sectionName, bureauKey });
      } else if (owner !== bureauKey) {
        problem(row.line, ITEM_COLUMNS.section, "section_bureau", { section: sectionName, bureau: owner });
      }
    }
    const classificationName = row.fields.classification || null;
    if (classificationName && !classificationNames.has(classificationName)) {
      classificationNames.add(classificationName);
      newClassifications.push(classificationName);
    }
    if (canonical.areaLabel !== "" && canonical.areaName === null)
      problem(row.line, ITEM_COLUMNS.area, "unknown_area", { value: canonical.areaLabel });
    findings.push(...canonical.findings.filter((f) => !f.key.startsWith("missing:")));

    const startFiscalYear = row.startFiscalYear ?? planStart;
    const endFiscalYear = row.endFiscalYear ?? planEnd;
    const existing = byNumber.get(row.number);
    const changes: PlanChange[] = [];
    if (existing) {
      for (const field of ["title", "purpose", "content", "target"] as const)
        if (existing[field] !== row.fields[field])
          changes.push({ field, before: existing[field], after: row.fields[field] });
      if (bureauKey && existing.bureau.sourceName !== bureauKey)
        changes.push({ field: "bureau", before: existing.bureau.sourceName, after: bureauKey });
      if ((existing.section?.name ?? null) !== sectionName)
        changes.push({ field: "section", before: existing.section?.name ?? "", after: sectionName ?? "" });
      if ((existing.classification?.name ?? null) !== classificationName)
        changes.push({
          field: "classification",
          before: existing.classification?.name ?? "",
          after: classificationName ?? "",
        });
      if (existing.areaLabel !== canonical.areaLabel)
        changes.push({ field: "area", before: existing.areaLabel, after: canonical.areaLabel });
      if (existing.directionLabel !== canonical.directionLabel)
        changes.push({ field: "direction", before: existing.directionLabel, after: canonical.directionLabel });
      if (existing.startFiscalYear !== startFiscalYear || existing.endFiscalYear !== endFiscalYear)
        changes.push({
          field: "period",
          before: formatFiscalRange(existing.startFiscalYear, existing.endFiscalYear),
          after: formatFiscalRange(startFiscalYear, endFiscalYear),
        });
    }
    resolved.push({
      row,
      bureauKey: bureauKey ?? "",
      sectionName,
      classificationName,
      areaLabel: canonical.areaLabel,
      directionLabel: canonical.directionLabel,
      areaName: canonical.areaName,
      directionName: canonical.directionName,
      startFiscalYear,
      endFiscalYear,
      existingId: existing?.id ?? null,
      existingVersion: existing?.version ?? 0,
      changes,
    });
  }

  // 成果指標 by name.
  const indicatorByName = new Map(indicators.map((i) => [i.name, i]));
  const plannedIndicators = (file.indicators ?? []).map((row) => {
    const existing = indicatorByName.get(row.name);
    const changes: PlanChange[] = [];
    if (existing) {
      const pairs: [string, string, string][] = [
        ["unit", existing.unit, row.unit],
        ["baselineValue", shownNumber(existing.baselineValue), shownNumber(row.baselineValue)],
        ["baselineYear", shownNumber(existing.baselineYear), shownNumber(row.baselineYear)],
        ["targetValue", shownNumber(existing.targetValue), shownNumber(row.targetValue)],
        ["targetYear", shownNumber(existing.targetYear), shownNumber(row.targetYear)],
        ["direction", DIRECTION_TERMS[existing.direction], DIRECTION_TERMS[row.direction]],
      ];
      for (const [field, before, after] of pairs) if (before !== after) changes.push({ field, before, after });
    }
    return { row, existingId: existing?.id ?? null, changes };
  });

  const previewBody = {
    kind: file.kind,
    encoding: file.encoding,
    municipality,
    newItems: resolved
      .filter((r) => r.existingId === null)
      .map((r) => ({ line: r.row.line, number: r.row.number, title: r.row.fields.title })),
    changedItems: resolved
      .filter((r) => r.existingId !== null && r.changes.length > 0)
      .map((r) => ({ line: r.row.line, number: r.row.number, title: r.row.fields.title, changes: r.changes })),
    unchangedItems: resolved.filter((r) => r.existingId !== null && r.changes.length === 0).length,
    missingItems: existingItems
      .filter((item) => !fileNumbers.has(item.number))
      .map((item) => ({ number: item.number, title: item.title })),
    created: {
      bureaus: newBureaus.map((b) => b.sourceName),
      sections: newSections.map((s) => s.name),
      areas: newAreas.map((a) => a.name),
      directions: newDirections.map((d) => d.name),
      classifications: newClassifications,
      indicators: plannedIndicators.filter((i) => i.existingId === null).map((i) => i.row.name),
    },
    changedIndicators: plannedIndicators
      .filter((i) => i.changes.length > 0)
      .map((i) => ({ name: i.row.name, changes: i.changes })),
    problems: problems.sort((a, b) => (a.sheet === b.sheet ? a.line - b.line : a.sheet.localeCompare(b.sheet))),
  };
  const digest = createHash("sha256").update(JSON.stringify(previewBody)).digest("hex");
  return {
    preview: { ...previewBody, digest },
    file,
    newBureaus,
    bureauOf,
    newSections,
    newAreas: newAreas.map((a) => ({ name: a.name, description: a.description })),
    newDirections,
    newClassifications,
    items: resolved,
    findings,
    indicators: plannedIndicators,
  };
}

/** Whether applying the plan would write anything. */
export function planChangesSomething(preview: PlanPreview): boolean {
  return (
    (preview.municipality !== null && preview.municipality.changes.length > 0) ||
    preview.newItems.length > 0 ||
    preview.changedItems.length > 0 ||
    Object.values(preview.created).some((list) => list.length > 0) ||
    preview.changedIndicators.length > 0
  );
}

export interface WriteOptions {
  /** who changes existing items (their ItemChange rows name them); null only when none changes */
  actorId: number | null;
  /** the reason every ItemChange records */
  reason: string;
  /** the file's SHA-256, recorded with the run */
  fileHash: string;
}

const lines = (text: string) => (text === "" ? [] : text.split(/\r?\n/).filter((line) => line.trim() !== ""));

/**
 * Writes a plan without problems in the caller's transaction: the municipality, new bureaus,
 * sections and categories, new items with their source text and findings, changed items with one
 * ItemChange per field (as an item edit records them) and a new version. Nothing is deleted.
 */
export async function writePlan(tx: Tx, plan: Plan, options: WriteOptions): Promise<PlanCounts> {
  if (plan.preview.problems.length > 0) throw new Error("a plan with problems is never written");
  const counts: PlanCounts = {
    municipality: 0,
    bureaus: 0,
    sections: 0,
    areas: 0,
    directions: 0,
    classifications: 0,
    items: 0,
    changedItems: 0,
    itemChanges: 0,
    indicators: 0,
    findings: 0,
  };
  const m = plan.file.municipality;
  if (m && plan.preview.municipality && plan.preview.municipality.changes.length > 0) {
    const data = {
      name: m.name,
      code: m.code,
      planName: m.planName,
      startFiscalYear: m.startFiscalYear,
      endFiscalYear: m.endFiscalYear,
      // undefined leaves the portal's as it is (a new row: none).
      secretariat: m.secretariat ?? undefined,
    };
    await tx.municipality.upsert({
      where: { id: 1 },
      create: { id: 1, ...data, licenceName: IIZUKA.licenceName, licenceUrl: IIZUKA.licenceUrl },
      update: data,
    });
    counts.municipality = 1;
  }

  const maxOrder = async (rows: { sortOrder: number }[]) => Math.max(0, ...rows.map((r) => r.sortOrder));
  let order = await maxOrder(await tx.bureau.findMany({ select: { sortOrder: true } }));
  for (const b of plan.newBureaus) await tx.bureau.create({ data: { ...b, sortOrder: ++order } });
  counts.bureaus = plan.newBureaus.length;

  order = await maxOrder(await tx.reformArea.findMany({ select: { sortOrder: true } }));
  for (const a of plan.newAreas)
    await tx.reformArea.create({ data: { name: a.name, intro: lines(a.description), sortOrder: ++order } });
  counts.areas = plan.newAreas.length;
  const areaId = new Map((await tx.reformArea.findMany()).map((a) => [a.name, a.id]));
  order = await maxOrder(await tx.direction.findMany({ select: { sortOrder: true } }));
  for (const d of plan.newDirections)
    await tx.direction.create({
      data: {
        name: d.name,
        areaId: areaId.get(d.area)!,
        policy: lines(d.description),
        mainActions: [],
        sortOrder: ++order,
      },
    });
  counts.directions = plan.newDirections.length;

  const bureauId = new Map((await tx.bureau.findMany()).map((b) => [b.sourceName, b.id]));
  order = await maxOrder(await tx.section.findMany({ select: { sortOrder: true } }));
  for (const s of plan.newSections)
    await tx.section.create({ data: { name: s.name, bureauId: bureauId.get(s.bureauKey)!, sortOrder: ++order } });
  counts.sections = plan.newSections.length;
  order = await maxOrder(await tx.classification.findMany({ select: { sortOrder: true } }));
  for (const name of plan.newClassifications) await tx.classification.create({ data: { name, sortOrder: ++order } });
  counts.classifications = plan.newClassifications.length;

  const sectionId = new Map((await tx.section.findMany()).map((s) => [s.name, s.id]));
  const classificationId = new Map((await tx.classification.findMany()).map((c) => [c.name, c.id]));
  const directionId = new Map((await tx.direction.findMany()).map((d) => [d.name, d.id]));
  const columns = (item: ResolvedItem) => ({
    title: item.row.fields.title,
    purpose: item.row.fields.purpose,
    content: item.row.fields.content,
    target: item.row.fields.target,
    bureauId: bureauId.get(item.bureauKey)!,
    sectionId: item.sectionName ? sectionId.get(item.sectionName)! : null,
    classificationId: item.classificationName ? classificationId.get(item.classificationName)! : null,
    areaLabel: item.areaLabel,
    directionLabel: item.directionLabel,
    areaId: item.areaName ? (areaId.get(item.areaName) ?? null) : null,
    directionId: item.directionName ? (directionId.get(item.directionName) ?? null) : null,
    startFiscalYear: item.startFiscalYear,
    endFiscalYear: item.endFiscalYear,
  });

  const fresh = plan.items.filter((item) => item.existingId === null);
  await tx.planItem.createMany({ data: fresh.map((item) => ({ number: item.row.number, ...columns(item) })) });
  counts.items = fresh.length;
  for (const item of plan.items) {
    if (item.existingId === null || item.changes.length === 0) continue;
    if (options.actorId === null) throw new Error("changing existing items needs the acting user");
    const updated = await tx.planItem.updateMany({
      where: { id: item.existingId, version: item.existingVersion },
      data: { ...columns(item), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new Error(`item ${item.row.number} changed while the plan was written`);
    await tx.itemChange.createMany({
      data: item.changes.map((c) => ({
        ...c,
        itemId: item.existingId!,
        reason: options.reason,
        changedById: options.actorId!,
      })),
    });
    counts.changedItems += 1;
    counts.itemChanges += item.changes.length;
  }

  // The file is the new items' source: its text is their one listing's variant.
  const itemId = new Map(
    (await tx.planItem.findMany({ select: { id: true, number: true } })).map((i) => [i.number, i.id]),
  );
  await tx.itemSourceVariant.createMany({
    data: fresh.flatMap((item) =>
      (
        ["bureau", "title", "section", "purpose", "content", "target", "classification", "area", "direction"] as const
      ).map((field) => ({
        itemId: itemId.get(item.row.number)!,
        listing: "by_number" as const,
        field,
        value: item.row.fields[field],
        isCanonical: true,
      })),
    ),
    skipDuplicates: true,
  });
  const findings = await tx.dataQualityFinding.createMany({
    data: plan.findings.map((f) => ({
      key: f.key,
      kind: f.kind as never,
      itemId: f.itemNumber === null ? null : itemId.get(f.itemNumber)!,
      field: f.field,
      detail: f.detail,
    })),
    skipDuplicates: true,
  });
  // Garbled characters (mixed scripts, a digit for a letter, …) in the texts as they now stand.
  counts.findings = findings.count + (await importTextFindings(tx));

  order = Math.max(0, ...(await tx.indicator.findMany({ where: { scope: "vision" } })).map((i) => i.sortOrder));
  for (const { row, existingId, changes } of plan.indicators) {
    const data = {
      unit: row.unit,
      baselineValue: row.baselineValue,
      baselineYear: row.baselineYear,
      targetValue: row.targetValue,
      targetYear: row.targetYear,
      targetText: targetTextOf(row),
      direction: row.direction,
    };
    if (existingId === null) {
      await tx.indicator.create({
        data: { scope: "vision", name: row.name, description: row.name, ...data, sortOrder: ++order },
      });
      counts.indicators += 1;
    } else if (changes.length > 0) {
      await tx.indicator.update({ where: { id: existingId }, data });
      counts.indicators += 1;
    }
  }

  const changed = Object.values(counts).some((n) => n > 0);
  if (changed)
    await tx.importRun.create({ data: { sourceHash: planRunHash(options.fileHash), counts: { ...counts }, changed } });
  return counts;
}

/** How a plan file's import run is told from the built-in source's in ImportRun. */
export const PLAN_RUN_PREFIX = "plan:";
export function planRunHash(fileHash: string): string {
  return `${PLAN_RUN_PREFIX}${fileHash}`;
}
