"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { INITIAL_STATE } from "@/lib/actions/action-state";
import { saveReportAction } from "@/lib/actions/reports/save-report-action";
import { messageOr } from "@/lib/i18n/runtime-key";
import { parseFigure } from "@/lib/indicators/figure";
import type { ReportFormKpi } from "@/lib/reports/get-report-form";
import { kpiFieldName } from "@/lib/reports/report-schema";
import { changedFields, REPORT_FIELD_NAMES, type ReportSnapshot } from "@/lib/reports/snapshot";
import { type ConflictReport, ReportConflict } from "./report-conflict";
import { ReportEditForm, reportFieldId, reportKpiId } from "./report-edit-form";
import { useKpiValueText } from "./report-kpi-fieldset";
import { ReportOutcome } from "./report-outcome";
import { ReportReadOnly } from "./report-read-only";
import type { ReportFieldName } from "./report-values";

type Comparable = Pick<ReportSnapshot, ReportFieldName>;

function valuesOf(report: ReportSnapshot | null): Record<ReportFieldName, string> {
  return {
    status: report?.status ?? "",
    evaluation: report?.evaluation ?? "",
    progressPercent: report?.progressPercent == null ? "" : String(report.progressPercent),
    achievements: report?.achievements ?? "",
    issues: report?.issues ?? "",
    nextSteps: report?.nextSteps ?? "",
  };
}

/** What the person submitted, in the shape of a saved report, to compare with the other person's version. */
function comparableOf(values: Record<string, string>): Comparable {
  const percent = (values.progressPercent ?? "").trim();
  return {
    status: values.status || null,
    evaluation: values.evaluation || null,
    progressPercent:
      percent === "" ? null : Number.isFinite(Number(percent)) ? Number(percent) : (percent as unknown as number),
    achievements: (values.achievements ?? "").trim(),
    issues: (values.issues ?? "").trim(),
    nextSteps: (values.nextSteps ?? "").trim(),
  };
}

export interface ReportFormProps {
  itemNumber: number;
  report: ReportSnapshot | null;
  editable: boolean;
  hasPeriod: boolean;
  /** the page's own address, for a full reload after a conflict */
  reloadHref: string;
  /** the item's confirmed KPIs, whose actuals are entered with the report (none: no KPI part) */
  kpis?: ReportFormKpi[];
}

/**
 * A department's progress report for the open period. Holds the save's state and chooses the view:
 * the outcome on top, then the conflict and the returned notice, then the form — or the read-only
 * report once it cannot be edited.
 */
export function ReportForm({ itemNumber, report, editable, hasPeriod, reloadHref, kpis = [] }: ReportFormProps) {
  const t = useTranslations("reportForm");
  const tState = useTranslations("reportState");
  const tk = useTranslations("indicators.reportForm");
  const text = useOutcomeText("reportMessages");
  const kpiText = useKpiValueText();
  const [state, formAction] = useActionState(saveReportAction, INITIAL_STATE);
  const id = useId();
  const messageRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);
  const [dirty, setDirty] = useState(false);

  // Defaults: what the person last sent (so nothing is lost when React resets the form), else the saved report.
  const saved: Record<string, string> = {
    ...valuesOf(report),
    ...Object.fromEntries(kpis.map((k) => [kpiFieldName(k.id), k.value === null ? "" : String(k.value)])),
  };
  const values: Record<string, string> = state.values ?? saved;

  useEffect(() => {
    // Skip the first run: only a finished save moves focus.
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (state.ok) setDirty(false);
    messageRef.current?.focus();
  }, [state]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const fieldError = (name: ReportFieldName) => (state.ok ? undefined : text.field(state.fieldErrors?.[name]));
  const kpiError = (k: ReportFormKpi) => {
    const key = state.ok ? undefined : state.fieldErrors?.[kpiFieldName(k.id)];
    if (!key) return undefined;
    return messageOr(tk, `errors.${key}`, text.field("invalid"));
  };

  const submittedState = state.ok ? state.result?.state : undefined;
  const locked = !editable || submittedState === "submitted";
  const currentState = submittedState ?? report?.state ?? "none";

  const conflict: ConflictReport | null | undefined =
    !state.ok && state.message === "conflict" ? (state.conflict ?? null) : undefined;
  const mine = state.values ? comparableOf(state.values) : null;

  const errorLinks = [
    ...REPORT_FIELD_NAMES.flatMap((name) => {
      const error = fieldError(name);
      return error ? [{ key: name, href: `#${reportFieldId(id, name)}`, label: t(`fields.${name}`), text: error }] : [];
    }),
    ...kpis.flatMap((k) => {
      const error = kpiError(k);
      return error
        ? [{ key: `kpi-${k.id}`, href: `#${reportKpiId(id, k)}`, label: kpiText.label(k), text: error }]
        : [];
    }),
  ];

  const outcome = state.message ? (
    <ReportOutcome
      ref={messageRef}
      ok={state.ok}
      text={text.message(state.message)}
      conflict={state.message === "conflict"}
      errors={errorLinks}
    />
  ) : null;

  if (locked) {
    return (
      <div className="flex flex-col gap-4">
        {outcome}
        <ReportReadOnly
          state={currentState}
          hasReport={report !== null || submittedState !== undefined}
          noPeriod={!hasPeriod && !submittedState}
          values={submittedState && state.values ? values : saved}
          kpis={kpis}
        />
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      {outcome}
      {conflict !== undefined && (
        <ReportConflict
          conflict={conflict}
          fields={conflict && mine ? changedFields(conflict, mine) : []}
          kpis={
            conflict && state.values
              ? kpis.filter(
                  (k) =>
                    (conflict.kpiActuals?.[String(k.id)] ?? null) !==
                    parseFigure(state.values?.[kpiFieldName(k.id)] ?? ""),
                )
              : []
          }
          values={state.values}
          reloadHref={reloadHref}
        />
      )}
      {report?.state === "returned" && report.reviewComment && <ReturnedNotice comment={report.reviewComment} />}
      <ReportEditForm
        idPrefix={id}
        action={formAction}
        itemNumber={itemNumber}
        baseReportId={state.values?.baseReportId ?? String(report?.id ?? 0)}
        baseVersion={state.values?.baseVersion ?? String(report?.version ?? 0)}
        stateLabel={tState(currentState)}
        values={values}
        fieldError={fieldError}
        kpis={kpis}
        kpiError={kpiError}
        onEdit={() => setDirty(true)}
      />
    </div>
  );
}

/** The secretariat's reason for returning the report, above the form. */
function ReturnedNotice({ comment }: { comment: string }) {
  const t = useTranslations("reportForm");
  const headingId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-8 border-2 border-red-1000 bg-red-50 p-4"
    >
      <h2 id={headingId} className="flex items-center gap-2 text-std-20B-150 text-red-1100">
        <span aria-hidden="true">!</span>
        {t("returnedHeading")}
      </h2>
      <p className="text-std-16N-170 text-solid-gray-900">{t("returnedLead")}</p>
      <p className="rounded-4 bg-white p-3 text-std-16N-170 whitespace-pre-wrap text-solid-gray-900">{comment}</p>
    </section>
  );
}
