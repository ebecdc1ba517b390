import "server-only";
import { z } from "zod";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import type { PeriodTerm } from "../generated/prisma/enums.ts";
import { loadMunicipality } from "../municipality/get-municipality.ts";
import { parsePeriodKey, periodKey } from "../periods/period-key.ts";
import type { Untrusted } from "../validation/untrusted.ts";
import type { SurveyData, SurveyPeriod } from "./survey-workbook.ts";

export const surveyInputSchema = z.object({
  period: z.string().max(40),
  /** a section's name (所管部署); absent: every section the reader may report on */
  section: z.string().trim().min(1).max(100).optional(),
});

/** The periods a file can be made for: any but one still being prepared (draft). */
export async function findSheetPeriod(db: Db, key: string): Promise<SurveyPeriod & { id: number }> {
  const wanted = parsePeriodKey(key);
  const period = wanted ? await db.reportingPeriod.findUnique({ where: { fiscalYear_term: wanted } }) : null;
  if (!period || period.status === "draft") throw new ServiceError("not_found");
  return { id: period.id, key: periodKey(period), fiscalYear: period.fiscalYear, term: period.term };
}

/** Published reports of periods before this one: earlier fiscal years, and a year's 上半期 before its 年度末. */
function earlierPeriods(period: { fiscalYear: number; term: PeriodTerm }) {
  return {
    OR: [
      { fiscalYear: { lt: period.fiscalYear } },
      ...(period.term === "year_end" ? [{ fiscalYear: period.fiscalYear, term: "first_half" as const }] : []),
    ],
  };
}

/**
 * What the survey workbook (調査票) of a period holds: the items of one
 * section, or every item the reader may report on, with the period's report as
 * it stands and the latest published one before it. An editor may ask only for
 * items they cover; asking for another section is refused (and audited).
 */
export async function getSurveyData(
  db: Db,
  ctx: RequestContext,
  input: Untrusted<z.input<typeof surveyInputSchema>>,
): Promise<SurveyData> {
  const parsed = surveyInputSchema.safeParse(input);
  if (!parsed.success) throw new ServiceError("invalid");
  const { section: sectionName } = parsed.data;
  const section = sectionName ? await db.section.findUnique({ where: { name: sectionName } }) : null;
  const candidates = await db.planItem.findMany({
    where: sectionName ? { sectionId: section?.id ?? -1 } : {},
    select: { id: true, sectionId: true, bureauId: true },
  });
  // Without a section, the items the reader covers; with one, all of its items, each of which they must cover.
  const scoped = sectionName ? candidates : candidates.filter((item) => can(ctx.actor, "survey.download", item));
  const allowed = scoped.length > 0 && scoped.every((item) => can(ctx.actor, "survey.download", item));
  // A section unknown by name is a 404 for the secretariat, who may ask for any; for anyone else it is
  // simply not theirs, and refused below.
  if (sectionName && !section && can(ctx.actor, "survey.download")) throw new ServiceError("not_found");
  await authorizeRead(db, ctx, allowed, {
    action: "survey.download",
    entityType: "ReportingPeriod",
    entityId: parsed.data.period,
  });
  const period = await findSheetPeriod(db, parsed.data.period);
  const ids = scoped.map((item) => item.id);

  const [items, previous, kpis, municipality] = await Promise.all([
    db.planItem.findMany({
      where: { id: { in: ids } },
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        title: true,
        target: true,
        section: { select: { name: true } },
        reports: { where: { periodId: period.id }, orderBy: { revision: "desc" }, take: 1, include: { values: true } },
      },
    }),
    db.progressReport.findMany({
      where: { itemId: { in: ids }, state: "published", period: earlierPeriods(period) },
      orderBy: [{ period: { fiscalYear: "desc" } }, { period: { term: "desc" } }, { revision: "desc" }],
      select: { itemId: true, status: true, progressPercent: true },
    }),
    db.indicator.findMany({
      where: { itemId: { in: ids }, scope: "item", status: "confirmed" },
      orderBy: [{ item: { number: "asc" } }, { sortOrder: "asc" }],
      include: { item: { select: { number: true } } },
    }),
    loadMunicipality(db),
  ]);
  // Newest first, so the first report seen of an item is its latest published one.
  const latestPrevious = new Map<number, (typeof previous)[number]>();
  for (const report of previous) if (!latestPrevious.has(report.itemId)) latestPrevious.set(report.itemId, report);
  const current = new Map(items.map((item) => [item.id, item.reports[0]]));
  const sections = new Set(items.map((item) => item.section?.name ?? null));

  return {
    municipality,
    period: { key: period.key, fiscalYear: period.fiscalYear, term: period.term },
    // Named after the one section it holds (an editor's own, unasked), else after none.
    section: section?.name ?? (sections.size === 1 ? [...sections][0] : null),
    rows: items.map((item) => {
      const report = item.reports[0];
      const before = latestPrevious.get(item.id);
      return {
        itemId: item.id,
        number: item.number,
        title: item.title,
        section: item.section?.name ?? null,
        target: item.target,
        previous: before ? { status: before.status, progressPercent: before.progressPercent } : null,
        report: report
          ? {
              id: report.id,
              version: report.version,
              state: report.state,
              status: report.status,
              evaluation: report.evaluation,
              progressPercent: report.progressPercent,
              achievements: report.achievements,
              issues: report.issues,
              nextSteps: report.nextSteps,
            }
          : null,
      };
    }),
    kpis: kpis.map((k) => ({
      itemId: k.itemId!,
      number: k.item!.number,
      indicatorId: k.id,
      name: k.name,
      unit: k.unit,
      baselineValue: k.baselineValue,
      targetValue: k.targetValue,
      targetYear: k.targetYear,
      value: current.get(k.itemId!)?.values.find((v) => v.indicatorId === k.id)?.value ?? null,
    })),
  };
}
