"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { useLeaveGuard } from "@/components/forms/use-leave-guard";
import { useOutcomeText } from "@/components/ui/outcome-text";
import type { FormValues } from "@/lib/actions/action-state";
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
import { KeptDraftOffer, LoginAgainLink, SavingStatus } from "./report-saving-notices";
import type { ReportFieldName } from "./report-values";
import { useReportSaving } from "./use-report-saving";

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
  /** the login page, coming back to this form, for when the session ended */
  loginHref: string;
  /** where this browser keeps unsaved text (see keptDraftKey); null without an open period */
  draftKey: string | null;
  /** the item's confirmed KPIs, whose actuals are entered with the report (none: no KPI part) */
  kpis?: ReportFormKpi[];
}

/** Report states in which a draft is saved on its own: a published report is only corrected on purpose. */
const AUTOSAVED_STATES: ReadonlySet<string> = new Set(["none", "draft", "returned"]);

/**
 * A department's progress report for the open period. Holds the save's state and chooses the view:
 * the outcome on top, then the conflict, the returned notice and text kept in the browser, then the
 * form — or the read-only report once it cannot be edited.
 */
export function ReportForm({
  itemNumber,
  report,
  editable,
  hasPeriod,
  reloadHref,
  loginHref,
  draftKey,
  kpis = [],
}: ReportFormProps) {
  const t = useTranslations("reportForm");
  const tState = useTranslations("reportState");
  const tk = useTranslations("indicators.reportForm");
  const text = useOutcomeText("reportMessages");
  const kpiText = useKpiValueText();
  const id = useId();
  const messageRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);
  const [restored, setRestored] = useState<{ values: FormValues; generation: number; after: unknown } | null>(null);

  const reportState = report?.state ?? "none";
  const saving = useReportSaving({
    draftKey,
    initialBase: { reportId: String(report?.id ?? 0), version: String(report?.version ?? 0) },
    canAutosave: editable && AUTOSAVED_STATES.has(reportState),
  });
  const { state, latest } = saving;
  useLeaveGuard(saving.dirty, t("leaveConfirm"));

  // Defaults: what the person last sent (so nothing is lost when React resets the form), else text
  // just taken back from the browser, else the saved report.
  const saved: Record<string, string> = {
    ...valuesOf(report),
    ...Object.fromEntries(kpis.map((k) => [kpiFieldName(k.id), k.value === null ? "" : String(k.value)])),
  };
  const values: Record<string, string> =
    restored && restored.after === state ? restored.values : (state.values ?? saved);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new state of 保存 / 提出, to move focus to its message
  useEffect(() => {
    // Skip the first run: only a finished 保存 / 提出 moves focus (an autosave never does).
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    messageRef.current?.focus();
  }, [state]);

  // Text taken back counts as a change: kept again under its version, and saved on its own.
  const { changed } = saving;
  useEffect(() => {
    if (restored) changed();
  }, [restored, changed]);

  const fieldError = (name: ReportFieldName) => (latest.ok ? undefined : text.field(latest.fieldErrors?.[name]));
  const kpiError = (k: ReportFormKpi) => {
    const key = latest.ok ? undefined : latest.fieldErrors?.[kpiFieldName(k.id)];
    if (!key) return undefined;
    return messageOr(tk, `errors.${key}`, text.field("invalid"));
  };

  const submittedState = latest.ok ? latest.result?.state : undefined;
  const locked = !editable || submittedState === "submitted";
  const currentState = submittedState ?? reportState;

  const conflict: ConflictReport | null | undefined =
    !latest.ok && latest.message === "conflict" ? (latest.conflict ?? null) : undefined;
  const mine = latest.values ? comparableOf(latest.values) : null;

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

  // An autosave that worked says so quietly beside the buttons; anything else is shown on top.
  const quietSuccess = latest !== state && latest.ok;
  const outcome =
    latest.message && !quietSuccess ? (
      <ReportOutcome
        ref={messageRef}
        ok={latest.ok}
        text={text.message(latest.message)}
        conflict={latest.message === "conflict"}
        errors={errorLinks}
      >
        {latest.message === "unauthenticated" && <LoginAgainLink href={loginHref} />}
      </ReportOutcome>
    ) : null;

  if (locked) {
    return (
      <div className="flex flex-col gap-4">
        {outcome}
        <ReportReadOnly
          state={currentState}
          hasReport={report !== null || submittedState !== undefined}
          noPeriod={!hasPeriod && !submittedState}
          values={submittedState && latest.values ? latest.values : saved}
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
            conflict && latest.values
              ? kpis.filter(
                  (k) =>
                    (conflict.kpiActuals?.[String(k.id)] ?? null) !==
                    parseFigure(latest.values?.[kpiFieldName(k.id)] ?? ""),
                )
              : []
          }
          values={latest.values}
          reloadHref={reloadHref}
        />
      )}
      {/* Still shown once the returned report is saved again as a draft (an autosave does so within seconds). */}
      {(report?.state === "returned" || report?.state === "draft") && report.reviewComment && (
        <ReturnedNotice comment={report.reviewComment} />
      )}
      {saving.offer && (
        <KeptDraftOffer
          kept={saving.offer}
          olderBase={
            saving.offer.baseReportId !== saving.base.reportId || saving.offer.baseVersion !== saving.base.version
          }
          onRestore={() => {
            const kept = saving.restore();
            if (kept)
              setRestored((current) => ({
                values: { ...saved, ...kept.values },
                generation: (current?.generation ?? 0) + 1,
                after: state,
              }));
          }}
          onDiscard={saving.discard}
        />
      )}
      <ReportEditForm
        key={restored?.generation ?? 0}
        idPrefix={id}
        formRef={saving.formRef}
        action={saving.formAction}
        itemNumber={itemNumber}
        baseReportId={saving.base.reportId}
        baseVersion={saving.base.version}
        stateLabel={tState(currentState)}
        values={values}
        fieldError={fieldError}
        kpis={kpis}
        kpiError={kpiError}
        onEdit={changed}
        disabled={saving.offer !== null}
        notice={<SavingStatus notice={saving.notice} loginHref={loginHref} />}
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
