import { z } from "zod";
import { fiscalYearInput } from "../validation/fiscal-year.ts";
import { municipalityCodeSchema } from "./code.ts";

/** The open-data licence when the plan names none: CC BY 4.0, compatible with 公共データ利用規約 (PDL1.0). */
export const DEFAULT_LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/deed.ja",
} as const;

/** The longest texts the municipality's fields may hold, in characters (the plan reader names them). */
export const MUNICIPALITY_TEXT_LIMITS = { name: 50, planName: 200, licenceName: 100, secretariat: 100 } as const;

/** The fiscal years a plan period may name: Gregorian, as 2024, 令和6 or R6 are read. */
const PLAN_YEARS = { min: 2000, max: 2100 } as const;

const text = (max: number) =>
  z.string({ error: "required" }).trim().min(1, { error: "required" }).max(max, { error: "tooLong" });
const planYear = z.preprocess(
  fiscalYearInput,
  z
    .number({ error: "planYear" })
    .int({ error: "planYear" })
    .min(PLAN_YEARS.min, { error: "planYear" })
    .max(PLAN_YEARS.max, { error: "planYear" }),
);
// A blank cell names nothing: the licence then is the default one, the secretariat none.
const blankAsAbsent = (input: unknown) => (typeof input === "string" && input.trim() === "" ? undefined : input);
const optionalText = (max: number) => z.preprocess(blankAsAbsent, text(max).optional());

/**
 * The municipality whose plan the portal holds, as a plan file's 「団体」 sheet gives it: 団体名,
 * 全国地方公共団体コード, 計画名 and 計画期間 (2024, 令和6 or R6), and optionally the division that runs
 * the portal (事務局) and the licence of its open data (both name and address, or neither for CC BY
 * 4.0). Refusals carry message keys for the catalog.
 */
export const municipalitySchema = z
  .object({
    name: text(MUNICIPALITY_TEXT_LIMITS.name),
    code: municipalityCodeSchema,
    planName: text(MUNICIPALITY_TEXT_LIMITS.planName),
    startFiscalYear: planYear,
    endFiscalYear: planYear,
    licenceName: optionalText(MUNICIPALITY_TEXT_LIMITS.licenceName),
    licenceUrl: z.preprocess(
      blankAsAbsent,
      z
        .url({ protocol: /^https?$/, error: "licenceUrl" })
        .max(500, { error: "tooLong" })
        .optional(),
    ),
    secretariat: optionalText(MUNICIPALITY_TEXT_LIMITS.secretariat),
  })
  .superRefine((m, ctx) => {
    if (m.endFiscalYear < m.startFiscalYear)
      ctx.addIssue({ code: "custom", path: ["endFiscalYear"], message: "planPeriodOrder", input: m.endFiscalYear });
    // A licence is a name and where to read it: one without the other cannot be shown.
    if (m.licenceName !== undefined && m.licenceUrl === undefined)
      ctx.addIssue({ code: "custom", path: ["licenceUrl"], message: "licenceUrl", input: undefined });
    if (m.licenceName === undefined && m.licenceUrl !== undefined)
      ctx.addIssue({ code: "custom", path: ["licenceName"], message: "required", input: undefined });
  })
  .transform(({ licenceName, licenceUrl, secretariat, ...m }) => ({
    ...m,
    licenceName: licenceName ?? DEFAULT_LICENCE.name,
    licenceUrl: licenceUrl ?? DEFAULT_LICENCE.url,
    // Without one the portal names the municipality alone as its operator.
    secretariat: secretariat ?? "",
  }));

export type MunicipalityInput = z.input<typeof municipalitySchema>;
export type MunicipalityRecord = z.output<typeof municipalitySchema>;
