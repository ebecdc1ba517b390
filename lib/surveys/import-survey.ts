import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { assertAllowed, runAudited } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { TX_OPTIONS, type Tx } from "../db/tx.ts";
import type { ReportState } from "../generated/prisma/enums.ts";
import { parsePeriodKey, periodKey, periodLabel } from "../periods/period-key.ts";
import { kpiFieldName, parseKpiActuals, REPORT_LIMITS, reportFieldsSchema } from "../reports/report-schema.ts";
import { actualsOf, saveReportIn } from "../reports/save-report.ts";
import { STATUS_TERMS } from "../reports/vocabulary.ts";
import { intId } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import {
  type CellProblem,
  FIELD_COLUMNS,
  type FieldName,
  type RowBase,
  readSurveyFile,
  type SurveyFile,
  SurveyFileError,
} from "./read-survey-file.ts";
import { KPI_SHEET, REPORT_SHEET } from "./survey-workbook.ts";

/** What a row of the file does when applied. */
export type RowOutcome = "new" | "changed" | "unchanged" | "error";

/** Why a row cannot be applied; `code` is a catalog key, the column a header of the sheet. */
export interface RowProblem {
  sheet: string;
  line: number;
  column: string | null;
  code:
    | CellProblem["code"]
    | "unknown_item"
    | "not_yours"
    | "locked"
    | "conflict"
    | "status"
    | "evaluation"
    | "progressPercent"
    | "tooLong"
    | "unknown_kpi"
    | "kpiNumber"
    | "kpi_without_row";
  params?: Record<string, string | number>;
}

/** A column's value before and after (as shown in the sheet), for the preview and a conflict. */
export interface FieldChange {
  column: string;
  before: string;
  after: string;
}

export interface ImportRow {
  sheet: string;
  line: number;
  itemNumber: number | null;
  title: string | null;
  outcome: RowOutcome;
  problems: RowProblem[];
  /** what applying the row changes (new and changed rows) */
  changes: FieldChange[];
  /** on a conflict: the report as someone saved it since the file was made, against the file */
  conflict: FieldChange[] | null;
}

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
  error: number;
}

export interface ImportPreview {
  fileName: string;
  /** the file's SHA-256: 取り込む applies only the file that was previewed */
  fileHash: string;
  kind: SurveyFile["kind"];
  encoding: SurveyFile["encoding"];
  period: { key: string; label: string };
  rows: ImportRow[];
  counts: ImportCounts;
  /** the report versions the preview compared against, by item number (what a CSV is applied on) */
  bases: Record<string, RowBase>;
}

export interface ImportResult {
  fileName: string;
  period: { key: string; label: string };
  applied: number;
  skipped: number;
}

const basesSchema = z.record(
  z.string().regex(/^\d{1,6}$/),
  z.object({ reportId: intId({ min: 0 }), version: intId({ min: 0 }) }),
);

export const importFileSchema = z.object({
  fileName: z.string().trim().min(1).max(255),
  bytes: z.instanceof(Uint8Array),
});

export const applyImportSchema = importFileSchema.extend({
  fileHash: z.string().regex(/^[0-9a-f]{64}$/),
  /** how many rows the confirmation said would be applied */
  expected: z.coerce.number().int().min(0),
  bases: z.preprocess((value) => (typeof value === "string" ? JSON.parse(value || "{}") : value), basesSchema),
});

/** Time the apply's transaction allows each row, beyond the default limit. */
const MS_PER_ROW = 100;

/** States a section may still change by import, as on the form (a published report gets a new revision). */
const IMPORTABLE: ReadonlySet<ReportState> = new Set(["draft", "returned", "published"]);

/** A row ready to be saved through the report service. */
interface PlannedRow extends ImportRow {
  save: { itemNumber: number; baseReportId: number; baseVersion: number; fields: Record<string, string> } | null;
}

async function readFile(bytes: Uint8Array, fileName: string): Promise<SurveyFile> {
  try {
    return await readSurveyFile(bytes, fileName);
  } catch (error) {
    if (error instanceof SurveyFileError)
      throw new ServiceError("invalid_file", { reason: error.code, params: error.params });
    throw error;
  }
}

async function openPeriod(db: Db | Tx, file: SurveyFile) {
  const period = await db.reportingPeriod.findFirst({ where: { status: "open" }, orderBy: { id: "desc" } });
  if (!period) throw new ServiceError("no_open_period");
  const key = periodKey(period);
  if (file.period !== null && file.period !== key) {
    const other = parsePeriodKey(file.period);
    throw new ServiceError("invalid_file", {
      reason: "wrong_period",
      params: { period: other ? periodLabel(other) : file.period, open: periodLabel(period) },
    });
  }
  return { id: period.id, key, label: periodLabel(period) };
}

function hashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The value a field shows in the sheet. */
function shown(field: FieldName, value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  if (field === "status") return STATUS_TERMS[value as keyof typeof STATUS_TERMS] ?? String(value);
  return String(value);
}

const FIELD_NAMES = Object.keys(FIELD_COLUMNS) as FieldName[];

/**
 * Checks every row of the file against the database as the report form's save would, without
 * writing: zod, the policy, the report's state, the version the row was based on. Content is
 * compared first, so a file imported before is unchanged the second time, not a conflict.
 */
async function planRows(
  db: Db | Tx,
  ctx: RequestContext,
  file: SurveyFile,
  period: { id: number },
  csvBases: Record<string, RowBase> | null,
): Promise<PlannedRow[]> {
  const numbers = [...new Set(file.rows.flatMap((row) => (row.itemNumber === null ? [] : [row.itemNumber])))];
  const items = await db.planItem.findMany({
    where: { number: { in: numbers } },
    select: {
      id: true,
      number: true,
      title: true,
      sectionId: true,
      bureauId: true,
      reports: { where: { periodId: period.id }, orderBy: { revision: "desc" }, take: 1 },
      indicators: { where: { scope: "item", status: "confirmed" }, select: { id: true, name: true } },
    },
  });
  const byNumber = new Map(items.map((item) => [item.number, item]));
  const kpisByItem = new Map<number | null, SurveyFile["kpis"]>();
  for (const kpi of file.kpis) kpisByItem.set(kpi.itemNumber, [...(kpisByItem.get(kpi.itemNumber) ?? []), kpi]);
  const seen = new Set<number>();
  const planned: PlannedRow[] = [];

  for (const row of file.rows) {
    const sheet = file.kind === "csv" ? "CSV" : REPORT_SHEET;
    const item = row.itemNumber === null ? undefined : byNumber.get(row.itemNumber);
    const problems: RowProblem[] = [...row.problems];
    const base: PlannedRow = {
      sheet,
      line: row.line,
      itemNumber: row.itemNumber,
      title: item?.title ?? null,
      outcome: "error",
      problems,
      changes: [],
      conflict: null,
      save: null,
    };
    planned.push(base);
    if (row.itemNumber === null) continue;
    if (seen.has(row.itemNumber)) {
      problems.push({ sheet, line: row.line, column: "番号", code: "duplicate" });
      continue;
    }
    seen.add(row.itemNumber);
    if (!item) {
      problems.push({
        sheet,
        line: row.line,
        column: "番号",
        code: "unknown_item",
        params: { number: row.itemNumber },
      });
      continue;
    }
    if (!can(ctx.actor, "report.save_draft", item)) {
      problems.push({ sheet, line: row.line, column: "番号", code: "not_yours", params: { number: item.number } });
      continue;
    }

    const parsed = reportFieldsSchema.safeParse(row.fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as FieldName;
        problems.push({
          sheet,
          line: row.line,
          column: FIELD_COLUMNS[field],
          code: issue.message as RowProblem["code"],
          params: field in REPORT_LIMITS ? { limit: REPORT_LIMITS[field as keyof typeof REPORT_LIMITS] } : {},
        });
      }
    }
    const kpiFields: Record<string, string> = {};
    for (const kpi of kpisByItem.get(item.number) ?? []) {
      problems.push(...kpi.problems);
      const indicator = item.indicators.find((i) => i.name.trim() === kpi.name.trim());
      if (!indicator) {
        problems.push({ sheet: KPI_SHEET, line: kpi.line, column: "KPI名", code: "unknown_kpi" });
        continue;
      }
      kpiFields[kpiFieldName(indicator.id)] = kpi.value;
      if (!parseKpiActuals({ [kpiFieldName(indicator.id)]: kpi.value }).success)
        problems.push({ sheet: KPI_SHEET, line: kpi.line, column: "実績値", code: "kpiNumber" });
    }
    if (problems.length > 0 || !parsed.success) continue;

    const current = item.reports[0] ?? null;
    const currentActuals = current ? await actualsOf(db, current.id) : {};
    const actuals = parseKpiActuals(kpiFields);
    const changes: FieldChange[] = FIELD_NAMES.flatMap((field) => {
      const before = shown(field, current?.[field]);
      const after = shown(field, parsed.data[field]);
      return before === after ? [] : [{ column: FIELD_COLUMNS[field], before, after }];
    });
    for (const [id, value] of actuals.success ? actuals.data : []) {
      const name = item.indicators.find((i) => i.id === id)?.name ?? "";
      const before = currentActuals[String(id)] === undefined ? "" : String(currentActuals[String(id)]);
      const after = value === null ? "" : String(value);
      if (before !== after) changes.push({ column: `KPI実績：${name}`, before, after });
    }
    base.changes = changes;
    if (changes.length === 0) {
      base.outcome = "unchanged";
      continue;
    }
    if (current && !IMPORTABLE.has(current.state)) {
      problems.push({ sheet, line: row.line, column: null, code: "locked", params: { state: current.state } });
      continue;
    }
    const fileBase = file.bases
      ? (file.bases.get(item.number) ?? { reportId: 0, version: 0 })
      : (csvBases?.[String(item.number)] ?? { reportId: current?.id ?? 0, version: current?.version ?? 0 });
    if (fileBase.reportId !== (current?.id ?? 0) || fileBase.version !== (current?.version ?? 0)) {
      problems.push({ sheet, line: row.line, column: null, code: "conflict" });
      base.conflict = changes;
      base.changes = [];
      continue;
    }
    base.outcome = current ? "changed" : "new";
    base.save = {
      itemNumber: item.number,
      baseReportId: current?.id ?? 0,
      baseVersion: current?.version ?? 0,
      fields: { ...row.fields, ...kpiFields },
    };
  }

  // KPI rows of items the report sheet does not list cannot be saved without their report.
  for (const [number, kpis] of kpisByItem) {
    if (number !== null && seen.has(number)) continue;
    for (const kpi of kpis)
      planned.push({
        sheet: KPI_SHEET,
        line: kpi.line,
        itemNumber: number,
        title: null,
        outcome: "error",
        problems: [...kpi.problems, { sheet: KPI_SHEET, line: kpi.line, column: "番号", code: "kpi_without_row" }],
        changes: [],
        conflict: null,
        save: null,
      });
  }
  return planned;
}

function countsOf(rows: ImportRow[]): ImportCounts {
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, error: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  return counts;
}

function basesOf(rows: PlannedRow[]): Record<string, RowBase> {
  return Object.fromEntries(
    rows.flatMap((row) =>
      row.save
        ? [[String(row.save.itemNumber), { reportId: row.save.baseReportId, version: row.save.baseVersion }]]
        : [],
    ),
  );
}

function publicRow({ save: _save, ...row }: PlannedRow): ImportRow {
  return row;
}

/**
 * 内容を確認: reads the file and shows what importing it would do, row by row. Nothing is
 * written; a file that cannot be a survey of the open period is refused as a whole.
 */
export async function previewSurveyImport(
  db: Db,
  ctx: RequestContext,
  input: Untrusted<z.input<typeof importFileSchema>>,
): Promise<ImportPreview> {
  assertAllowed(can(ctx.actor, "survey.import"), ctx);
  const parsed = importFileSchema.safeParse(input);
  if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error, field: "file" });
  const { fileName, bytes } = parsed.data;
  const file = await readFile(bytes, fileName);
  const period = await openPeriod(db, file);
  const rows = await planRows(db, ctx, file, period, null);
  return {
    fileName,
    fileHash: hashOf(bytes),
    kind: file.kind,
    encoding: file.encoding,
    period: { key: period.key, label: period.label },
    rows: rows.map(publicRow),
    counts: countsOf(rows),
    bases: basesOf(rows),
  };
}

/**
 * 取り込む: saves the valid rows of the previewed file as drafts through the report service, in one
 * transaction with one audit record per report and one for the import. If anything changed since
 * the preview (another file, a report saved meanwhile), nothing is written and the person
 * previews again.
 */
export async function applySurveyImport(
  db: Db,
  ctx: RequestContext,
  input: Untrusted<z.input<typeof applyImportSchema>>,
): Promise<ImportResult> {
  let parsed: ReturnType<typeof applyImportSchema.safeParse>;
  try {
    parsed = applyImportSchema.safeParse(input);
  } catch {
    throw new ServiceError("invalid");
  }
  // The file is read before the transaction, which then only checks and writes; its time limit
  // grows with the rows, since 2,000 saves take longer than the default on a busy machine.
  const file =
    parsed.success && can(ctx.actor, "survey.import") && hashOf(parsed.data.bytes) === parsed.data.fileHash
      ? await readFile(parsed.data.bytes, parsed.data.fileName)
      : null;
  const timeout = Math.max(TX_OPTIONS.timeout, (file?.rows.length ?? 0) * MS_PER_ROW);
  const meta = { action: "survey.import", entityType: "ReportingPeriod" };
  return runAudited(
    db,
    ctx,
    meta,
    async (tx, record) => {
      assertAllowed(can(ctx.actor, "survey.import"), ctx);
      if (!parsed.success) throw new ServiceError("invalid", { zod: parsed.error, field: "file" });
      const { fileName, fileHash, expected, bases } = parsed.data;
      if (!file) throw new ServiceError("conflict", { reason: "other_file" });
      const period = await openPeriod(tx, file);
      const rows = await planRows(tx, ctx, file, period, file.kind === "csv" ? bases : null);
      const applicable = rows.filter((row) => row.save !== null);
      if (applicable.length !== expected) throw new ServiceError("conflict", { reason: "changed_since_preview" });
      for (const row of applicable) await saveReportIn(tx, ctx, { ...row.save!, intent: "draft" });
      const counts = countsOf(rows);
      await record({
        entityId: period.key,
        after: { fileName, fileHash, kind: file.kind, encoding: file.encoding, ...counts },
      });
      return {
        fileName,
        period: { key: period.key, label: period.label },
        applied: applicable.length,
        skipped: rows.length - applicable.length,
      };
    },
    { timeout },
  );
}
