import type { ProgressReport } from "../generated/prisma/client.ts";

export const REPORT_FIELD_NAMES = [
  "status",
  "evaluation",
  "progressPercent",
  "achievements",
  "issues",
  "nextSteps",
] as const;
export type ReportFieldName = (typeof REPORT_FIELD_NAMES)[number];

/** The six fields a section writes in a report, as the database holds them. */
export type ReportFields = Pick<ProgressReport, ReportFieldName>;

/** What a report says, as audit records and conflict messages show it. */
export interface ReportSnapshot {
  id: number;
  revision: number;
  state: ProgressReport["state"];
  version: number;
  // Plain strings: the report form compares a snapshot with the values a person typed.
  status: string | null;
  evaluation: string | null;
  progressPercent: number | null;
  achievements: string;
  issues: string;
  nextSteps: string;
  reviewComment: string | null;
  updatedById: number;
  updatedAt: string;
}

/** What a report says: the fields its author writes. */
export function reportFields(r: ReportFields): ReportFields {
  return {
    status: r.status,
    evaluation: r.evaluation,
    progressPercent: r.progressPercent,
    achievements: r.achievements,
    issues: r.issues,
    nextSteps: r.nextSteps,
  };
}

export function reportSnapshot(r: ProgressReport): ReportSnapshot {
  return {
    id: r.id,
    revision: r.revision,
    state: r.state,
    version: r.version,
    ...reportFields(r),
    reviewComment: r.reviewComment,
    updatedById: r.updatedById,
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The fields whose values differ between two snapshots (for "what the other person changed"). */
export function changedFields(
  a: Pick<ReportSnapshot, ReportFieldName> | null,
  b: Pick<ReportSnapshot, ReportFieldName> | null,
): ReportFieldName[] {
  return REPORT_FIELD_NAMES.filter((field) => (a?.[field] ?? null) !== (b?.[field] ?? null));
}
