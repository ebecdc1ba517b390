"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useId, useRef, useState, type ReactNode } from "react";
import { type ActionState, INITIAL_STATE } from "@/lib/actions/action-state";
import { saveReportAction } from "@/lib/actions/reports/save-report-action";
import { formatFigure, parseFigure } from "@/lib/indicators/figure";
import { messageOr } from "@/lib/i18n/runtime-key";
import type { ReportFormKpi } from "@/lib/reports/get-report-form";
import { EVALUATIONS, ITEM_STATUSES, kpiFieldName, REPORT_LIMITS } from "@/lib/reports/report-schema";
import { changedFields, type ReportSnapshot } from "@/lib/reports/snapshot";
import { formatFiscalYearShort, formatJapaneseDateTime } from "@/lib/wareki";

const INITIAL = INITIAL_STATE;

const FIELDS = ["status", "evaluation", "progressPercent", "achievements", "issues", "nextSteps"] as const;
type FieldName = (typeof FIELDS)[number];
const TEXT_FIELDS = ["achievements", "issues", "nextSteps"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
/** Fields a submitted report must have (a draft may leave them empty). */
const REQUIRED_ON_SUBMIT: ReadonlySet<FieldName> = new Set(["status", "evaluation", "progressPercent", "achievements"]);
type Comparable = Pick<ReportSnapshot, FieldName>;

const fieldClass =
  "w-full rounded-8 border bg-white px-3 py-2 text-std-16N-170 text-solid-gray-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-1";
const borderOk = "border-solid-gray-600";

function valuesOf(report: ReportSnapshot | null): Record<FieldName, string> {
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
    progressPercent: percent === "" ? null : Number.isFinite(Number(percent)) ? Number(percent) : (percent as unknown as number),
    achievements: (values.achievements ?? "").trim(),
    issues: (values.issues ?? "").trim(),
    nextSteps: (values.nextSteps ?? "").trim(),
  };
}

function ErrorIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-1 size-5 shrink-0 fill-current">
      <path d="M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z" />
    </svg>
  );
}

function FieldError({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <p id={id} className="flex gap-1 text-std-16B-170 text-error-1">
      <ErrorIcon />
      <span>
        {label}：{children}
      </span>
    </p>
  );
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

export function ReportForm({ itemNumber, report, editable, hasPeriod, reloadHref, kpis = [] }: ReportFormProps) {
  const t = useTranslations("reportForm");
  const te = useTranslations("errors");
  const tStatus = useTranslations("status");
  const tEval = useTranslations("evaluation");
  const tState = useTranslations("reportState");
  const tk = useTranslations("indicators.reportForm");
  const [state, formAction, pending] = useActionState(saveReportAction, INITIAL);
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
  const valueOf = (name: FieldName) => values[name] ?? "";
  const [lengths, setLengths] = useState<Record<TextField, number>>(() => ({
    achievements: valueOf("achievements").length,
    issues: valueOf("issues").length,
    nextSteps: valueOf("nextSteps").length,
  }));

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

  const fieldId = (name: FieldName) => (name === "evaluation" ? `${id}-evaluation-${EVALUATIONS[0]}` : `${id}-${name}`);
  const errorId = (name: FieldName) => `${id}-${name}-error`;
  const errorKey = (name: FieldName) => (state.ok ? undefined : state.fieldErrors?.[name]);
  const errorText = (key: string) => messageOr(te, `fields.${key}`, te("fields.invalid"));
  const messageText = (key: string) => messageOr(te, key, te("unknown"));
  const requiredId = `${id}-required`;
  const describedBy = (name: FieldName, ...extra: (string | false | undefined)[]) =>
    [REQUIRED_ON_SUBMIT.has(name) && requiredId, ...extra, errorKey(name) && errorId(name)].filter(Boolean).join(" ") || undefined;

  const submittedState = state.ok ? state.result?.state : undefined;
  const locked = !editable || submittedState === "submitted";
  const currentState = submittedState ?? report?.state ?? "none";

  const conflict = !state.ok && state.message === "conflict" ? (state.conflict ?? null) : undefined;
  const mine = state.values ? comparableOf(state.values) : null;
  const conflictRows = conflict && mine ? changedFields(conflict, mine) : [];
  const fieldErrorEntries = FIELDS.filter((name) => errorKey(name));

  // KPI actuals: one field per confirmed KPI, named kpi.<id>.
  const kpiId = (k: ReportFormKpi) => `${id}-kpi-${k.id}`;
  const kpiErrorKey = (k: ReportFormKpi) => (state.ok ? undefined : state.fieldErrors?.[kpiFieldName(k.id)]);
  const kpiErrorText = (key: string) => messageOr(tk, `errors.${key}`, te("fields.invalid"));
  const kpiErrorEntries = kpis.filter((k) => kpiErrorKey(k));
  const withUnit = (k: ReportFormKpi, value: number) => tk("valueWithUnit", { value: formatFigure(value), unit: k.unit });
  const kpiDisplay = (k: ReportFormKpi, value: string | number | null | undefined) => {
    const figure = typeof value === "number" ? value : parseFigure(value ?? "");
    return figure === null ? t("empty") : typeof figure === "number" ? withUnit(k, figure) : String(value);
  };
  const kpiConflictRows =
    conflict && state.values
      ? kpis.filter((k) => (conflict.kpiActuals?.[String(k.id)] ?? null) !== parseFigure(state.values?.[kpiFieldName(k.id)] ?? ""))
      : [];

  function display(name: FieldName, value: string | number | null): string {
    if (value === null || value === "") return t("empty");
    const status = name === "status" && ITEM_STATUSES.find((s) => s === value);
    if (status) return tStatus(status);
    const evaluation = name === "evaluation" && EVALUATIONS.find((e) => e === value);
    if (evaluation) return `${value} ${tEval(evaluation)}`;
    if (name === "progressPercent") return t("percentValue", { value: String(value) });
    return String(value);
  }

  const message = state.message ? (
    <div
      ref={messageRef}
      tabIndex={-1}
      role={state.ok ? "status" : "alert"}
      className={`flex flex-col gap-2 rounded-8 border-2 p-4 text-std-16N-170 ${
        state.ok ? "border-green-1000 bg-green-50 text-solid-gray-900" : "border-error-1 bg-white text-solid-gray-900"
      }`}
    >
      <p className={`flex gap-2 text-std-16B-170 ${state.ok ? "text-green-1100" : "text-error-1"}`}>
        {state.ok ? <span aria-hidden="true">✓</span> : <ErrorIcon />}
        <span>{messageText(state.message)}</span>
      </p>
      {state.message === "conflict" && <p>{t("conflictLead")}</p>}
      {fieldErrorEntries.length + kpiErrorEntries.length > 0 && (
        <>
          <p>{t("errorListLabel")}</p>
          <ul className="list-disc pl-6">
            {fieldErrorEntries.map((name) => (
              <li key={name}>
                <a href={`#${fieldId(name)}`} className="text-key-900 underline underline-offset-4">
                  {t(`fields.${name}`)}：{errorText(errorKey(name)!)}
                </a>
              </li>
            ))}
            {kpiErrorEntries.map((k) => (
              <li key={k.id}>
                <a href={`#${kpiId(k)}`} className="text-key-900 underline underline-offset-4">
                  {tk("label", { name: k.name })}：{kpiErrorText(kpiErrorKey(k)!)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  ) : null;

  const conflictDetails =
    conflict !== undefined ? (
      <section aria-labelledby={`${id}-conflict-heading`} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
        <h2 id={`${id}-conflict-heading`} className="text-std-20B-150 text-solid-gray-900">
          {t("conflictCaption")}
        </h2>
        {conflict === null ? (
          <p>{t("conflictNoDetail")}</p>
        ) : (
          <>
            <p>{t("conflictSavedAt", { date: formatJapaneseDateTime(conflict.updatedAt) })}</p>
            {conflictRows.length + kpiConflictRows.length > 0 && state.values && (
              <div role="region" aria-label={t("conflictRegion")} tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[36rem] border-collapse text-left text-std-16N-170">
                  <caption className="sr-only">{t("conflictCaption")}</caption>
                  <thead>
                    <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
                      <th scope="col" className="px-3 py-2">{t("conflictField")}</th>
                      <th scope="col" className="px-3 py-2">{t("conflictTheirs")}</th>
                      <th scope="col" className="px-3 py-2">{t("conflictYours")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {conflictRows.map((name) => (
                      <tr key={name} className="border-b border-solid-gray-420 align-top">
                        <th scope="row" className="px-3 py-2 whitespace-nowrap">{t(`fields.${name}`)}</th>
                        <td className="px-3 py-2 whitespace-pre-wrap">{display(name, conflict[name])}</td>
                        <td className="px-3 py-2 whitespace-pre-wrap">{display(name, state.values?.[name] ?? "")}</td>
                      </tr>
                    ))}
                    {kpiConflictRows.map((k) => (
                      <tr key={`kpi-${k.id}`} className="border-b border-solid-gray-420 align-top">
                        <th scope="row" className="px-3 py-2">{tk("label", { name: k.name })}</th>
                        <td className="px-3 py-2">{kpiDisplay(k, conflict.kpiActuals?.[String(k.id)] ?? null)}</td>
                        <td className="px-3 py-2">{kpiDisplay(k, state.values?.[kpiFieldName(k.id)])}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
        <p>
          <a href={reloadHref} className="text-key-900 underline underline-offset-4">{t("reload")}</a>
        </p>
      </section>
    ) : null;

  const returned =
    !locked && report?.state === "returned" && report.reviewComment ? (
      <section aria-labelledby={`${id}-returned-heading`} className="flex flex-col gap-2 rounded-8 border-2 border-red-1000 bg-red-50 p-4">
        <h2 id={`${id}-returned-heading`} className="flex items-center gap-2 text-std-20B-150 text-red-1100">
          <span aria-hidden="true">!</span>
          {t("returnedHeading")}
        </h2>
        <p className="text-std-16N-170 text-solid-gray-900">{t("returnedLead")}</p>
        <p className="rounded-4 bg-white p-3 text-std-16N-170 whitespace-pre-wrap text-solid-gray-900">{report.reviewComment}</p>
      </section>
    ) : null;

  if (locked) {
    const shown = submittedState && state.values ? values : saved;
    const hasReport = report !== null || submittedState !== undefined;
    return (
      <div className="flex flex-col gap-4">
        {message}
        <section aria-labelledby={`${id}-readonly-heading`} className="flex flex-col gap-4">
          <h2 id={`${id}-readonly-heading`} className="text-std-24B-150 text-solid-gray-900">{t(hasReport ? "reportHeading" : "formHeading")}</h2>
          {!hasPeriod && !submittedState ? (
            <p className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4">{t("noPeriod")}</p>
          ) : (
            <p className="rounded-8 border-2 border-key-900 bg-key-50 p-4 text-solid-gray-900">
              <span className="font-bold">{t("currentState")}{tState(currentState)}</span>
              <br />
              {t(`readOnlyLead.${currentState}`)}
            </p>
          )}
          {hasReport && (
            <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
              {FIELDS.map((name) => (
                <div key={name} className="contents">
                  <dt className="font-bold">{t(`fields.${name}`)}</dt>
                  <dd className="whitespace-pre-wrap">{display(name, shown[name] ?? "")}</dd>
                </div>
              ))}
              {kpis.map((k) => (
                <div key={`kpi-${k.id}`} className="contents">
                  <dt className="font-bold">{tk("label", { name: k.name })}</dt>
                  <dd>{kpiDisplay(k, shown[kpiFieldName(k.id)])}</dd>
                </div>
              ))}
            </dl>
          )}
        </section>
      </div>
    );
  }

  const baseReportId = state.values?.baseReportId ?? String(report?.id ?? 0);
  const baseVersion = state.values?.baseVersion ?? String(report?.version ?? 0);
  // The visible badge is decorative: the label stays the field's name, and the requirement is read via aria-describedby.
  const requiredMark = (name: FieldName) =>
    REQUIRED_ON_SUBMIT.has(name) ? (
      <span aria-hidden="true" className="ml-2 rounded-4 border border-solid-gray-700 px-1 text-sm font-normal text-solid-gray-900">
        {t("requiredOnSubmit")}
      </span>
    ) : null;

  return (
    <div className="flex flex-col gap-6">
      {message}
      {conflictDetails}
      {returned}
      <section aria-labelledby={`${id}-form-heading`} className="flex flex-col gap-4">
        <h2 id={`${id}-form-heading`} className="text-std-24B-150 text-solid-gray-900">{t("formHeading")}</h2>
        <p className="text-std-16N-170">
          <span className="font-bold">{t("currentState")}{tState(currentState)}</span>
        </p>
        <p className="text-std-16N-170">{t("requiredNote")}</p>
        <p id={requiredId} hidden>
          {t("requiredOnSubmit")}
        </p>
        <form action={formAction} noValidate onChange={() => setDirty(true)} className="flex flex-col gap-6">
          <input type="hidden" name="itemNumber" value={String(itemNumber)} />
          <input type="hidden" name="baseReportId" value={baseReportId} />
          <input type="hidden" name="baseVersion" value={baseVersion} />

          <div className="flex flex-col gap-1">
            <p>
              <label htmlFor={fieldId("status")} className="text-std-16B-170 text-solid-gray-900">
                {t("fields.status")}
              </label>
              {requiredMark("status")}
            </p>
            {errorKey("status") && <FieldError id={errorId("status")} label={t("errorLabel")}>{errorText(errorKey("status")!)}</FieldError>}
            {/* Keyed by its value: after a refused save React resets a <select> to the option it mounted with, not to its new default. */}
            <select
              key={valueOf("status")}
              id={fieldId("status")}
              name="status"
              defaultValue={valueOf("status")}
              aria-invalid={errorKey("status") ? true : undefined}
              aria-describedby={describedBy("status")}
              className={`${fieldClass} ${borderOk} sm:max-w-xs`}
            >
              <option value="">{t("statusPlaceholder")}</option>
              {ITEM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {tStatus(status)}
                </option>
              ))}
            </select>
          </div>

          <fieldset className="flex flex-col gap-2" aria-describedby={describedBy("evaluation")}>
            <legend className="mb-1 text-std-16B-170 text-solid-gray-900">{t("fields.evaluation")}</legend>
            <p aria-hidden="true" className="-mt-1">{requiredMark("evaluation")}</p>
            {errorKey("evaluation") && <FieldError id={errorId("evaluation")} label={t("errorLabel")}>{errorText(errorKey("evaluation")!)}</FieldError>}
            <div className="grid gap-2 sm:grid-cols-2">
              {EVALUATIONS.map((evaluation) => {
                const radioId = `${id}-evaluation-${evaluation}`;
                return (
                  <div key={evaluation} className="flex items-start gap-3 rounded-8 border border-solid-gray-420 p-3">
                    <input
                      id={radioId}
                      type="radio"
                      name="evaluation"
                      value={evaluation}
                      defaultChecked={valueOf("evaluation") === evaluation}
                      aria-invalid={errorKey("evaluation") ? true : undefined}
                      aria-describedby={`${radioId}-meaning`}
                      className="mt-1.5 size-5 shrink-0 accent-key-900"
                    />
                    <div className="flex flex-col">
                      <label htmlFor={radioId} className="text-std-16B-170 text-solid-gray-900">
                        {evaluation} {tEval(evaluation)}
                      </label>
                      <span id={`${radioId}-meaning`} className="text-std-16N-170 text-solid-gray-800">
                        {t(`evaluationMeaning.${evaluation}`)}
                      </span>
                    </div>
                  </div>
                );
              })}
            </div>
          </fieldset>

          <div className="flex flex-col gap-1">
            <p>
              <label htmlFor={fieldId("progressPercent")} className="text-std-16B-170 text-solid-gray-900">
                {t("fields.progressPercent")}
              </label>
              {requiredMark("progressPercent")}
            </p>
            <p id={`${id}-progressPercent-hint`} className="text-std-16N-170 text-solid-gray-800">{t("percentHint")}</p>
            {errorKey("progressPercent") && (
              <FieldError id={errorId("progressPercent")} label={t("errorLabel")}>{errorText(errorKey("progressPercent")!)}</FieldError>
            )}
            <div className="flex items-center gap-2">
              <input
                id={fieldId("progressPercent")}
                name="progressPercent"
                type="number"
                inputMode="numeric"
                min={0}
                max={100}
                step={1}
                defaultValue={valueOf("progressPercent")}
                aria-invalid={errorKey("progressPercent") ? true : undefined}
                aria-describedby={describedBy("progressPercent", `${id}-progressPercent-hint`)}
                className={`${fieldClass} ${borderOk} w-28`}
              />
              <span className="text-std-16B-170 text-solid-gray-900">%</span>
            </div>
          </div>

          {TEXT_FIELDS.map((name) => {
            const max = REPORT_LIMITS[name];
            const counterId = `${id}-${name}-counter`;
            const over = lengths[name] > max;
            return (
              <div key={name} className="flex flex-col gap-1">
                <p>
                  <label htmlFor={fieldId(name)} className="text-std-16B-170 text-solid-gray-900">
                    {t(`fields.${name}`)}
                  </label>
                  {requiredMark(name)}
                </p>
                {errorKey(name) && <FieldError id={errorId(name)} label={t("errorLabel")}>{errorText(errorKey(name)!)}</FieldError>}
                <textarea
                  id={fieldId(name)}
                  name={name}
                  rows={name === "achievements" ? 8 : 5}
                  maxLength={max}
                  defaultValue={valueOf(name)}
                  onChange={(event) => {
                    const length = event.currentTarget.value.length;
                    setLengths((current) => ({ ...current, [name]: length }));
                  }}
                  aria-invalid={errorKey(name) ? true : undefined}
                  aria-describedby={describedBy(name, counterId)}
                  className={`${fieldClass} ${borderOk}`}
                />
                <p id={counterId} className={`text-right text-std-16N-170 ${over ? "font-bold text-error-1" : "text-solid-gray-800"}`}>
                  {t("counter", { n: lengths[name], max })}
                </p>
              </div>
            );
          })}

          {kpis.length > 0 && (
            <fieldset className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
              <legend className="px-1 text-std-16B-170 text-solid-gray-900">{tk("heading")}</legend>
              <p className="text-std-16N-170 text-solid-gray-800">{tk("lead")}</p>
              {kpis.map((k) => {
                const fid = kpiId(k);
                const error = kpiErrorKey(k);
                const facts = [
                  k.targetValue !== null &&
                    (k.targetYear !== null
                      ? tk("target", { value: withUnit(k, k.targetValue), year: formatFiscalYearShort(k.targetYear) })
                      : tk("targetNoYear", { value: withUnit(k, k.targetValue) })),
                  k.baselineValue !== null && tk("baseline", { value: withUnit(k, k.baselineValue) }),
                  k.lastPublished && tk("lastPublished", { value: withUnit(k, k.lastPublished.value), year: formatFiscalYearShort(k.lastPublished.fiscalYear) }),
                ].filter(Boolean);
                return (
                  <div key={k.id} className="flex flex-col gap-1">
                    <label htmlFor={fid} className="text-std-16B-170 text-solid-gray-900">
                      {tk("label", { name: k.name })}
                    </label>
                    {facts.length > 0 && (
                      <p id={`${fid}-hint`} className="text-std-16N-170 text-solid-gray-800">
                        {facts.join(tk("separator"))}
                      </p>
                    )}
                    {error && (
                      <FieldError id={`${fid}-error`} label={t("errorLabel")}>
                        {kpiErrorText(error)}
                      </FieldError>
                    )}
                    <div className="flex items-center gap-2">
                      <input
                        id={fid}
                        name={kpiFieldName(k.id)}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        defaultValue={values[kpiFieldName(k.id)] ?? ""}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={[facts.length > 0 && `${fid}-hint`, error && `${fid}-error`].filter(Boolean).join(" ") || undefined}
                        className={`${fieldClass} ${borderOk} max-w-48`}
                      />
                      <span className="text-std-16B-170 text-solid-gray-900">{k.unit}</span>
                    </div>
                  </div>
                );
              })}
            </fieldset>
          )}

          <p id={`${id}-submit-hint`} className="text-std-16N-170 text-solid-gray-800">{t("submitHint")}</p>
          <div className="flex flex-wrap gap-4">
            <button
              type="submit"
              name="intent"
              value="draft"
              disabled={pending}
              className="min-h-11 rounded-8 border border-key-900 bg-white px-6 py-3 text-std-16B-170 text-key-900 hover:bg-key-50 hover:underline disabled:border-solid-gray-600 disabled:text-solid-gray-700"
            >
              {t("saveDraft")}
            </button>
            <button
              type="submit"
              name="intent"
              value="submit"
              disabled={pending}
              aria-describedby={`${id}-submit-hint`}
              className="min-h-11 rounded-8 bg-key-900 px-6 py-3 text-std-16B-170 text-white hover:bg-key-1000 disabled:bg-solid-gray-600"
            >
              {t("submit")}
            </button>
            {pending && (
              <p role="status" className="self-center text-std-16N-170 text-solid-gray-900">
                {t("saving")}
              </p>
            )}
          </div>
        </form>
      </section>
    </div>
  );
}
