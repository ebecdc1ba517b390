import { parseFigure } from "../indicators/figure.ts";
import { z } from "../validation/browser-zod.ts";
import { idSchema, intId } from "../validation/ids.ts";

export const REPORT_LIMITS = { achievements: 2000, issues: 1000, nextSteps: 1000 } as const;

export const ITEM_STATUSES = ["not_started", "considering", "in_progress", "completed", "suspended"] as const;
export const EVALUATIONS = ["A", "B", "C", "D"] as const;

const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * A report text: line breaks as the textarea counts them (a form sends CRLF, which would
 * count twice), trimmed, and refused — never cut — beyond its limit.
 */
const reportText = (max: number) =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value),
    z.string().trim().max(max, { error: "tooLong" }).default(""),
  );

/** Report fields as a form sends them; the messages are catalog keys under "errors.fields". */
export const reportFieldsSchema = z.object({
  status: z.preprocess(emptyToUndefined, z.enum(ITEM_STATUSES, { error: "status" }).optional()),
  evaluation: z.preprocess(emptyToUndefined, z.enum(EVALUATIONS, { error: "evaluation" }).optional()),
  progressPercent: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: "progressPercent" })
      .int({ error: "progressPercent" })
      .min(0, { error: "progressPercent" })
      .max(100, { error: "progressPercent" })
      .optional(),
  ),
  achievements: reportText(REPORT_LIMITS.achievements),
  issues: reportText(REPORT_LIMITS.issues),
  nextSteps: reportText(REPORT_LIMITS.nextSteps),
});

export type ReportFields = z.output<typeof reportFieldsSchema>;

/** A submitted report must say where the item stands; a draft may be partial. */
export const submittedReportSchema = reportFieldsSchema.superRefine((value, ctx) => {
  if (!value.status) ctx.addIssue({ code: "custom", path: ["status"], message: "required" });
  if (!value.evaluation) ctx.addIssue({ code: "custom", path: ["evaluation"], message: "required" });
  if (value.progressPercent === undefined)
    ctx.addIssue({ code: "custom", path: ["progressPercent"], message: "required" });
  if (!value.achievements) ctx.addIssue({ code: "custom", path: ["achievements"], message: "required" });
});

export const saveReportInputSchema = z.object({
  itemNumber: idSchema,
  /** the version the form was based on; 0 when there was no report yet */
  baseVersion: intId({ min: 0 }),
  /** the report id the form was based on (0 when none); with baseVersion it pins what the editor saw */
  baseReportId: intId({ min: 0 }),
  intent: z.enum(["draft", "submit"]),
});

/** Field errors keyed by field name, each a catalog key. */
export type FieldErrors = Partial<Record<keyof ReportFields, string>>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0] as keyof ReportFields;
    out[key] ??= issue.message;
  }
  return out;
}

/** Form field of a KPI actual: one per confirmed KPI of the item, named after the indicator. */
export const kpiFieldName = (indicatorId: number) => `kpi.${indicatorId}`;
const KPI_FIELD = /^kpi\.(\d+)$/;

/**
 * KPI actuals as the report form sends them (full-width digits and separators
 * allowed; "" = no actual for this period). Keys are indicator ids; only the
 * KPIs the form showed are present. Field errors use the key `kpi.<id>` and
 * the message "kpiNumber".
 */
export type KpiActualsResult =
  | { success: true; data: Map<number, number | null>; error?: undefined }
  | { success: false; data?: undefined; error: z.ZodError };

export function parseKpiActuals(fields: Record<string, unknown>): KpiActualsResult {
  const shape: Record<string, z.ZodType<number | null>> = {};
  for (const key of Object.keys(fields)) {
    if (KPI_FIELD.test(key)) {
      shape[key] = z.preprocess(
        parseFigure,
        z
          .number({ error: "kpiNumber" })
          .min(-1e12, { error: "kpiNumber" })
          .max(1e12, { error: "kpiNumber" })
          .nullable(),
      );
    }
  }
  const parsed = z.object(shape).safeParse(fields);
  if (!parsed.success) return { success: false, error: parsed.error };
  const actuals = new Map<number, number | null>();
  for (const [key, value] of Object.entries(parsed.data))
    actuals.set(Number(KPI_FIELD.exec(key)![1]), value as number | null);
  return { success: true, data: actuals };
}
