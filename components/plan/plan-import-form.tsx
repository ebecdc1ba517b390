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
import { Field, FieldError, fieldClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { headingClass } from "@/components/ui/heading";
import { useOutcomeText } from "@/components/ui/outcome-text";
import { type ActionState, failureState, INITIAL_STATE } from "@/lib/actions/action-state";
import { applyPlanImportAction, previewPlanImportAction } from "@/lib/actions/plan/import-plan-actions";
import { ServiceError } from "@/lib/auth/errors";
import type { PlanImportPreview, PlanImportResult } from "@/lib/plan/import-plan";
import { PlanPreviewView } from "./plan-preview";
import { usePlanText } from "./plan-text";

type Op = "preview" | "apply";

interface ImportState {
  op: Op | null;
  preview: ActionState<PlanImportPreview> | null;
  applied: ActionState<PlanImportResult> | null;
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
    return { ok: false, message: "unknown" };
  }
}

/**
 * 計画ファイルの取り込み: choose a file, 内容を確認 shows what would change, and 取り込む writes it after
 * a confirmation. One form, submitted by script, so that 取り込む sends the very file that was
 * checked (the server compares hash and preview digest) and React does not reset the file input.
 */
export function PlanImportForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations("planImport");
  const outcome = useOutcomeText("planImport");
  const { refusalText } = usePlanText();
  const id = useId();
  const [running, setRunning] = useState<Op>("preview");
  const [stale, setStale] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  const [state, dispatch, pending] = useActionState(
    async (prev: ImportState, formData: FormData): Promise<ImportState> => {
      if (formData.get("op") === "apply")
        return { op: "apply", preview: prev.preview, applied: await call(applyPlanImportAction, formData) };
      const file = formData.get("file");
      if (file instanceof File && file.size > maxBytes) {
        const limitMb = String(maxBytes / 1024 / 1024);
        return {
          op: "preview",
          preview: failureState(new ServiceError("invalid_file", { reason: "too_large", params: { limitMb } })),
          applied: null,
        };
      }
      return { op: "preview", preview: await call(previewPlanImportAction, formData), applied: null };
    },
    INITIAL,
  );

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
  const refusal = last && !last.ok && last.message === "invalid_file" ? (last.reason ?? null) : null;
  const conflict = last && !last.ok && last.message === "conflict";
  const fileError = last && !last.ok && !refusal ? outcome.field(last.fieldErrors?.file) : undefined;
  const confirmError = state.op === "apply" && state.applied?.fieldErrors?.confirm ? t("fields.required") : undefined;
  const failure =
    last && !last.ok && last.message
      ? refusal
        ? t("refused")
        : conflict
          ? t("refusals.changed_since_preview")
          : (confirmError ?? outcome.message(last.message))
      : null;
  const canApply = preview !== undefined && preview.problems.length === 0 && preview.changesSomething;

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
            <p id={progressId}>{t(running === "apply" ? "applying" : "reading")}</p>
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
        {applied && (
          <FormStatus
            ok
            text={
              Object.values(applied.counts).some((n) => n > 0)
                ? t("done", { items: applied.counts.items, changedItems: applied.counts.changedItems })
                : t("nothing")
            }
          />
        )}
        {preview && !applied && <PlanPreviewView preview={preview} />}
      </div>

      {canApply && !applied && (
        <section
          aria-labelledby={`${id}-apply`}
          className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4"
        >
          <h2 id={`${id}-apply`} className={headingClass.subsection}>
            {t("apply")}
          </h2>
          {stale ? (
            <p>{t("fileChanged")}</p>
          ) : (
            <>
              <HiddenFields values={{ fileHash: preview.fileHash, digest: preview.digest }} />
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
                <label htmlFor={confirmId}>{t("confirm")}</label>
              </div>
              <div>
                <button
                  type="submit"
                  name="op"
                  value="apply"
                  disabled={pending || !hydrated}
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
