"use client";

import { type ReactNode, useId } from "react";
import { HiddenFields } from "@/components/forms/form-fields";
import { buttonClass } from "@/components/ui/button";
import { Field, FieldError, fieldClass, hintClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { headingClass } from "@/components/ui/heading";
import { useOutcomeText } from "@/components/ui/outcome-text";
import type { ActionState, Reason } from "@/lib/actions/action-state";
import { type ImportAction, useFileImport } from "./use-file-import";

/** The keys every file import's catalog namespace has; a translator of that namespace fits. */
export type FileImportTextKey =
  | "formHeading"
  | "file"
  | "fileHint"
  | "check"
  | "reading"
  | "applying"
  | "refused"
  | "fileChanged"
  | "apply";

/** What 取り込む asks for once a preview is shown. */
export interface ImportConfirmation {
  /** what the preview said, sent back for the server to compare */
  values: Record<string, string | number>;
  /** the confirmation checkbox's label */
  confirm: string;
  /** a note on what 取り込む does, tied to its button */
  hint?: string;
  /** why there is nothing to apply, shown instead of the confirmation */
  nothing?: string;
}

/**
 * A file import: choose a file, 内容を確認 shows what would change, and 取り込む writes it after a
 * confirmation (see useFileImport). Each import brings its texts, its preview and result views
 * and how it reads refusals and conflicts.
 */
export function FileImportForm<P, R>({
  maxBytes,
  previewAction,
  applyAction,
  domain,
  t,
  applyHeading,
  confirmRequired,
  refusalOf,
  refusalText,
  conflictText,
  confirmation,
  renderPreview,
  renderApplied,
}: {
  maxBytes: number;
  previewAction: ImportAction<P>;
  applyAction: ImportAction<R>;
  /** the catalog namespace outcome messages and field errors are looked up in first */
  domain: string;
  t: (key: FileImportTextKey) => string;
  applyHeading: string;
  /** the error of 取り込む sent without the confirmation */
  confirmRequired: string;
  /** why a whole file was refused, or null when it was not */
  refusalOf: (state: ActionState) => Reason | null;
  refusalText: (refusal: Reason) => string;
  /** why 取り込む changed nothing when what it sent no longer matched, or null */
  conflictText: (applied: ActionState | null) => string | null;
  /** what 取り込む asks for, or null when this preview cannot be applied at all */
  confirmation: (preview: P) => ImportConfirmation | null;
  renderPreview: (preview: P) => ReactNode;
  renderApplied: (applied: R, preview: P | undefined) => ReactNode;
}) {
  const outcome = useOutcomeText(domain);
  const id = useId();
  const { state, pending, running, stale, hydrated, resultRef, submit, fileChanged, preview, applied, last } =
    useFileImport({ maxBytes, previewAction, applyAction });

  const refusal = last ? refusalOf(last) : null;
  const fileError = last && !last.ok && !refusal ? outcome.field(last.fieldErrors?.file) : undefined;
  const confirmError = state.op === "apply" && state.applied?.fieldErrors?.confirm ? confirmRequired : undefined;
  let failure: string | null = null;
  if (last && !last.ok && last.message)
    failure = refusal
      ? t("refused")
      : (confirmError ?? conflictText(state.op === "apply" ? state.applied : null) ?? outcome.message(last.message));
  const ask = preview && !applied ? confirmation(preview) : null;

  const progressId = `${id}-progress`;
  const confirmId = `${id}-confirm`;
  const hintId = `${id}-apply-hint`;
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-heading`} className="flex flex-col gap-6">
      <h2 id={`${id}-heading`} className={headingClass.section}>
        {t("formHeading")}
      </h2>
      <Field id={`${id}-file`} label={t("file")} hint={t("fileHint")} error={fileError}>
        {(control) => (
          <input
            {...control}
            type="file"
            name="file"
            accept=".xlsx,.csv"
            onChange={fileChanged}
            className={`${fieldClass} max-w-xl`}
          />
        )}
      </Field>
      <div>
        {/* The confirmation below is required for 取り込む only. */}
        <button
          type="submit"
          name="op"
          value="preview"
          formNoValidate
          disabled={pending || !hydrated}
          className={buttonClass.primary}
        >
          {t("check")}
        </button>
      </div>

      <div role="status" className="flex flex-col gap-2">
        {pending && (
          <>
            <p id={progressId} className="text-std-16N-170 text-solid-gray-900">
              {t(running === "apply" ? "applying" : "reading")}
            </p>
            <progress aria-labelledby={progressId} className="h-2 w-full max-w-md" />
          </>
        )}
      </div>

      <div ref={resultRef} tabIndex={-1} className="flex flex-col gap-6 outline-offset-4">
        {failure && (
          <FormStatus ok={false} text={failure}>
            {refusal && <p>{refusalText(refusal)}</p>}
          </FormStatus>
        )}
        {applied && renderApplied(applied, preview)}
        {preview && !applied && renderPreview(preview)}
      </div>

      {ask && (
        <section
          aria-labelledby={`${id}-apply`}
          className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4"
        >
          <h2 id={`${id}-apply`} className={headingClass.subsection}>
            {applyHeading}
          </h2>
          {stale ? (
            <p>{t("fileChanged")}</p>
          ) : ask.nothing ? (
            <p>{ask.nothing}</p>
          ) : (
            <>
              <HiddenFields values={ask.values} />
              {ask.hint && (
                <p id={hintId} className={hintClass}>
                  {ask.hint}
                </p>
              )}
              <FieldError id={`${confirmId}-error`}>{confirmError}</FieldError>
              <div className="flex items-start gap-2">
                <input
                  id={confirmId}
                  name="confirm"
                  type="checkbox"
                  value="yes"
                  required
                  aria-describedby={confirmError ? `${confirmId}-error` : undefined}
                  className="mt-1.5 size-5 shrink-0"
                />
                <label htmlFor={confirmId} className="text-std-16N-170 text-solid-gray-900">
                  {ask.confirm}
                </label>
              </div>
              <div>
                <button
                  type="submit"
                  name="op"
                  value="apply"
                  disabled={pending || !hydrated}
                  aria-describedby={ask.hint ? hintId : undefined}
                  className={buttonClass.primary}
                >
                  {t("apply")}
                </button>
              </div>
            </>
          )}
        </section>
      )}
    </form>
  );
}
