"use client";

import { useTranslations } from "next-intl";
import {
  type FormEvent,
  startTransition,
  useActionState,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import { HiddenFields } from "@/components/forms/form-fields";
import { buttonClass } from "@/components/ui/button";
import { Field, FieldError, fieldClass, hintClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { headingClass } from "@/components/ui/heading";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { type ActionState, failureState, INITIAL_STATE } from "@/lib/actions/action-state";
import { applySurveyImportAction, previewSurveyImportAction } from "@/lib/actions/surveys/import-survey-actions";
import { ServiceError } from "@/lib/auth/errors";
import { Link } from "@/lib/i18n/navigation";
import type { ImportPreview, ImportResult } from "@/lib/surveys/import-survey";
import { ImportPreviewView } from "./import-preview";
import { conflictText, refusalOf, refusalText } from "./import-text";

type Op = "preview" | "apply";
type PreviewState = ActionState<ImportPreview>;
type ApplyState = ActionState<ImportResult>;

/** The last 内容を確認 (kept while 取り込む runs on it) and the last 取り込む since. */
interface ImportState {
  op: Op | null;
  preview: PreviewState | null;
  applied: ApplyState | null;
}

const INITIAL: ImportState = { op: null, preview: null, applied: null };

const subscribeNothing = () => () => {};

/** An action called from the page; a request that got no readable answer changed nothing. */
async function call<S extends ActionState>(
  action: (prev: ActionState, formData: FormData) => Promise<S>,
  formData: FormData,
): Promise<S | ActionState<never, never>> {
  try {
    return await action(INITIAL_STATE, formData);
  } catch {
    // Offline, the server down, or a body over the server's limit.
    return { ok: false, message: "unknown" };
  }
}

/**
 * 調査票の取り込み: choose a file, 内容を確認 shows what each row would do, and 取り込む applies
 * the valid rows as drafts after a confirmation of how many are applied and skipped. One form, so
 * that 取り込む sends the very file that was checked (the server compares the two by hash); it
 * is submitted by script, as React would otherwise reset the file input after each step.
 */
export function SurveyImportForm({
  maxBytes,
  kpiSheet,
}: {
  /** what a file may weigh: a larger one is refused here, before it is sent */
  maxBytes: number;
  /** the KPI sheet's name, which problems on that sheet are prefixed with */
  kpiSheet: string;
}) {
  const t = useTranslations("surveyImport");
  const outcome = useOutcomeText("surveyImport");
  const id = useId();
  const [running, setRunning] = useState<Op>("preview");
  // The chosen file changed since it was checked: 取り込む waits for a new check.
  const [stale, setStale] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  // The form is sent by script: its buttons wait for the page to be hydrated.
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  const [state, dispatch, pending] = useActionState(
    async (prev: ImportState, formData: FormData): Promise<ImportState> => {
      if (formData.get("op") === "apply")
        return { op: "apply", preview: prev.preview, applied: await call(applySurveyImportAction, formData) };
      const file = formData.get("file");
      if (file instanceof File && file.size > maxBytes) {
        const limitMb = String(maxBytes / 1024 / 1024);
        return {
          op: "preview",
          preview: failureState(new ServiceError("invalid_file", { reason: "too_large", params: { limitMb } })),
          applied: null,
        };
      }
      return { op: "preview", preview: await call(previewSurveyImportAction, formData), applied: null };
    },
    INITIAL,
  );

  // Each outcome takes the focus, so that it is read out and the person starts from it.
  useEffect(() => {
    if (state.op) resultRef.current?.focus();
  }, [state]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    const op: Op = data.get("op") === "apply" ? "apply" : "preview";
    setRunning(op);
    if (op === "preview") setStale(false);
    startTransition(() => dispatch(data));
  };

  const preview = state.preview?.ok ? state.preview.result : undefined;
  const applied = state.applied?.ok ? state.applied.result : undefined;
  const last = state.op === "apply" ? state.applied : state.preview;
  const refusal = last ? refusalOf(last) : null;
  const fileError = last && !last.ok && !refusal ? outcome.field(last.fieldErrors?.file) : undefined;
  const confirmError = state.op === "apply" && state.applied?.fieldErrors?.confirm ? t("confirmRequired") : undefined;
  const applicable = preview ? preview.counts.new + preview.counts.changed : 0;
  const appliedRows = preview?.rows.filter((row) => row.outcome === "new" || row.outcome === "changed") ?? [];

  let failure: string | null = null;
  if (last && !last.ok && last.message)
    failure = refusal
      ? t("refused")
      : (confirmError ?? conflictText(t, state.op === "apply" ? state.applied : null) ?? outcome.message(last.message));

  const progressId = `${id}-progress`;
  const confirmId = `${id}-confirm`;
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
            onChange={() => setStale(preview !== undefined)}
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
            {refusal && <p>{refusalText(t, refusal)}</p>}
          </FormStatus>
        )}
        {applied && (
          <FormStatus ok text={t("applied", { applied: applied.applied, skipped: applied.skipped })}>
            {appliedRows.length > 0 && (
              <>
                <h3 className={headingClass.minor}>{t("appliedLinksHeading")}</h3>
                <ul className="flex flex-col gap-1">
                  {appliedRows.map((row) => (
                    <li key={row.itemNumber}>
                      <Link
                        href={`/staff/items/${row.itemNumber}/report`}
                        className="text-key-900 underline underline-offset-4"
                      >
                        {t("itemLink", { number: row.itemNumber ?? "", title: row.title ?? "" })}
                      </Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </FormStatus>
        )}
        {preview && !applied && <ImportPreviewView preview={preview} kpiSheet={kpiSheet} />}
      </div>

      {preview && !applied && (
        <section
          aria-labelledby={`${id}-apply`}
          className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4"
        >
          <h2 id={`${id}-apply`} className={headingClass.subsection}>
            {t("applyHeading")}
          </h2>
          {stale ? (
            <p>{t("fileChanged")}</p>
          ) : applicable === 0 ? (
            <p>{t("nothingToApply")}</p>
          ) : (
            <>
              <HiddenFields
                values={{ fileHash: preview.fileHash, expected: applicable, bases: JSON.stringify(preview.bases) }}
              />
              <p id={`${id}-apply-hint`} className={hintClass}>
                {t("applyHint")}
              </p>
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
                  {t("confirm", { apply: applicable, skip: preview.rows.length - applicable })}
                </label>
              </div>
              <div>
                <button
                  type="submit"
                  name="op"
                  value="apply"
                  disabled={pending || !hydrated}
                  aria-describedby={`${id}-apply-hint`}
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
