import "server-only";
import { authorizeRead } from "../audit/authorize-read.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { loadMunicipality } from "../municipality/get-municipality.ts";
import { periodKey } from "../periods/period-key.ts";
import { findSheetPeriod } from "./load-survey.ts";
import type { PeriodSheetData } from "./period-sheet.ts";
import type { SurveyPeriod } from "./survey-workbook.ts";

const person = { select: { name: true } } as const;

/**
 * What the period sheet (報告一覧) holds: every item with its master data and
 * the period's report as it stands (latest revision, in any state), with its KPI
 * actuals. The secretariat and the council may read it.
 */
export async function getPeriodSheetData(db: Db, ctx: RequestContext, key: string): Promise<PeriodSheetData> {
  await authorizeRead(db, ctx, can(ctx.actor, "reports.export"), {
    action: "reports.export",
    entityType: "ReportingPeriod",
    entityId: key.slice(0, 40),
  });
  const period = await findSheetPeriod(db, key);
  const items = await db.planItem.findMany({
    orderBy: { number: "asc" },
    include: {
      bureau: { select: { sourceName: true } },
      section: { select: { name: true } },
      indicators: { where: { scope: "item", status: "confirmed" }, orderBy: { sortOrder: "asc" } },
      reports: {
        where: { periodId: period.id },
        orderBy: { revision: "desc" },
        take: 1,
        include: {
          values: true,
          updatedBy: person,
          submittedBy: person,
          reviewedBy: person,
          publishedBy: person,
        },
      },
    },
  });
  return {
    municipality: await loadMunicipality(db),
    period: { key: period.key, fiscalYear: period.fiscalYear, term: period.term },
    rows: items.map((item) => {
      const r = item.reports[0];
      return {
        number: item.number,
        title: item.title,
        bureau: item.bureau.sourceName,
        section: item.section?.name ?? null,
        area: item.areaLabel,
        direction: item.directionLabel,
        target: item.target,
        startFiscalYear: item.startFiscalYear,
        endFiscalYear: item.endFiscalYear,
        report: r
          ? {
              state: r.state,
              revision: r.revision,
              status: r.status,
              evaluation: r.evaluation,
              progressPercent: r.progressPercent,
              achievements: r.achievements,
              issues: r.issues,
              nextSteps: r.nextSteps,
              updatedBy: r.updatedBy.name,
              updatedAt: r.updatedAt,
              submittedBy: r.submittedBy?.name ?? null,
              submittedAt: r.submittedAt,
              reviewedBy: r.reviewedBy?.name ?? null,
              reviewedAt: r.reviewedAt,
              publishedBy: r.publishedBy?.name ?? null,
              publishedAt: r.publishedAt,
            }
          : null,
        kpis: item.indicators.map((k) => ({
          name: k.name,
          unit: k.unit,
          targetValue: k.targetValue,
          value: r?.values.find((v) => v.indicatorId === k.id)?.value ?? null,
        })),
      };
    }),
  };
}

/**
 * The period the review queue links the sheet of: the open one, else the latest
 * one not in preparation; null when there is none. Asked by the secretariat's pages only.
 */
export async function getCurrentSheetPeriod(db: Db, ctx: RequestContext): Promise<SurveyPeriod | null> {
  await authorizeRead(db, ctx, can(ctx.actor, "reports.export"), {
    action: "reports.export",
    entityType: "ReportingPeriod",
  });
  const periods = await db.reportingPeriod.findMany({
    where: { status: { not: "draft" } },
    orderBy: [{ fiscalYear: "desc" }, { term: "desc" }],
  });
  const period = periods.find((p) => p.status === "open") ?? periods[0];
  return period ? { key: periodKey(period), fiscalYear: period.fiscalYear, term: period.term } : null;
}
