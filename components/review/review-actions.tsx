"use client";

import { useTranslations } from "next-intl";
import { createContext, useActionState, useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/actions/action-state";
import { publishReportsAction } from "@/lib/actions/review/publish-reports-action";
import { reviewReportAction } from "@/lib/actions/review/review-report-action";

/** The last result, with which form (op) and which report (target, for the message) it came from. */
type WorkspaceState = ActionState & { op?: string; target?: string };

const INITIAL: WorkspaceState = { ok: false };

// One state for the whole page: after an approval or publication the page is
// re-rendered and the entry moves or disappears, so the result must live above
// the individual forms to stay visible.
async function runReviewAction(prev: WorkspaceState, formData: FormData): Promise<WorkspaceState> {
  const op = String(formData.get("op") ?? "");
  const target = String(formData.get("target") ?? "");
  const result = op === "publish" ? await publishReportsAction(prev, formData) : await reviewReportAction(prev, formData);
  return { ...result, op, target };
}

const WorkspaceContext = createContext<{ state: WorkspaceState; action: (formData: FormData) => void } | null>(null);

function useWorkspace() {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("Review forms must be inside <ReviewWorkspace>");
  return value;
}

function ErrorIcon() {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" className="mt-1 size-5 shrink-0 fill-current">
      <path d="M12 2 1 21h22L12 2Zm1 15h-2v-2h2v2Zm0-4h-2V9h2v4Z" />
    </svg>
  );
}

/** Holds the result of every review/publish form on the page and shows it at the top, focused. */
export function ReviewWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  const t = useTranslations("review");
  const te = useTranslations("errors");
  const [state, action] = useActionState(runReviewAction, INITIAL);
  const messageRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    messageRef.current?.focus();
  }, [state]);

  let text: string | null = null;
  if (state.message) {
    const published = typeof state.result?.published === "number" ? state.result.published : null;
    text =
      state.message === "conflict"
        ? t("conflict")
        : state.ok && state.op === "publish" && published !== null && !state.target
          ? t("publishedCount", { count: published })
          : te.has(state.message)
            ? te(state.message)
            : te("unknown");
    if (state.target) text = t("resultFor", { target: state.target, message: text });
  }

  return (
    <WorkspaceContext.Provider value={{ state, action }}>
      {text && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={state.ok ? "status" : "alert"}
          className={`flex flex-col gap-2 rounded-8 border-2 p-4 text-std-16N-170 text-solid-gray-900 ${
            state.ok ? "border-green-1000 bg-green-50" : "border-error-1 bg-white"
          }`}
        >
          <p className={`flex gap-2 text-std-16B-170 ${state.ok ? "text-green-1100" : "text-error-1"}`}>
            {state.ok ? <span aria-hidden="true">✓</span> : <ErrorIcon />}
            <span>{text}</span>
          </p>
          {state.message === "conflict" && (
            <p>
              <a href={reloadHref} className="text-key-900 underline underline-offset-4">{t("reload")}</a>
            </p>
          )}
        </div>
      )}
      {children}
    </WorkspaceContext.Provider>
  );
}

const primaryButton =
  "min-h-11 rounded-8 bg-key-900 px-6 py-2 text-std-16B-170 text-white hover:bg-key-1000 disabled:bg-solid-gray-600";
const secondaryButton =
  "min-h-11 rounded-8 border border-key-900 bg-white px-6 py-2 text-std-16B-170 text-key-900 hover:bg-key-50 hover:underline disabled:border-solid-gray-600 disabled:text-solid-gray-700";

function Pending() {
  const t = useTranslations("review");
  const { pending } = useFormStatus();
  return pending ? (
    <p role="status" className="self-center text-std-16N-170 text-solid-gray-900">
      {t("processing")}
    </p>
  ) : null;
}

function SubmitButton(props: { name?: string; value?: string; describedBy?: string; className: string; children: ReactNode }) {
  const { name, value, describedBy, className, children } = props;
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-describedby={describedBy} className={className}>
      {children}
    </button>
  );
}

/** 承認 / 差戻し of one submitted report. */
export function ReviewForm({ reportId, version, target }: { reportId: number; version: number; target: string }) {
  const t = useTranslations("review");
  const te = useTranslations("errors");
  const { state, action } = useWorkspace();
  const id = useId();
  const mine = state.op === "review" && state.values?.reportId === String(reportId);
  const error = mine && !state.ok ? state.fieldErrors?.comment : undefined;
  const commentId = `${id}-comment`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <form action={action} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4">
      <input type="hidden" name="op" value="review" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="reportId" value={String(reportId)} />
      <input type="hidden" name="version" value={String(version)} />
      <div className="flex flex-col gap-1">
        <label htmlFor={commentId} className="text-std-16B-170 text-solid-gray-900">
          {t("comment")}
        </label>
        <p id={hintId} className="text-std-16N-170 text-solid-gray-800">{t("commentHint")}</p>
        {error && (
          <p id={errorId} className="flex gap-1 text-std-16B-170 text-error-1">
            <ErrorIcon />
            <span>
              {t("errorLabel")}：{te.has(`fields.${error}`) ? te(`fields.${error}`) : te("fields.invalid")}
            </span>
          </p>
        )}
        <textarea
          id={commentId}
          name="comment"
          rows={4}
          maxLength={1000}
          defaultValue={mine ? (state.values?.comment ?? "") : ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${hintId} ${errorId}` : hintId}
          className={`w-full rounded-8 bg-white px-3 py-2 text-std-16N-170 text-solid-gray-900 ${error ? "border-2 border-error-1" : "border border-solid-gray-600"}`}
        />
      </div>
      <div className="flex flex-wrap gap-4">
        <SubmitButton name="decision" value="approve" className={primaryButton}>
          {t("approve")}
        </SubmitButton>
        <SubmitButton name="decision" value="return" className={secondaryButton}>
          {t("return")}
        </SubmitButton>
        <Pending />
      </div>
    </form>
  );
}

/** 公開 of one approved report. */
export function PublishForm({ reportId, target }: { reportId: number; target: string }) {
  const t = useTranslations("review");
  const { action } = useWorkspace();
  return (
    <form action={action} className="flex flex-wrap gap-2">
      <input type="hidden" name="op" value="publish" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="reportId" value={String(reportId)} />
      <SubmitButton className={secondaryButton}>{t("publish")}</SubmitButton>
      <Pending />
    </form>
  );
}

/** 公開 of every approved report at once. */
export function PublishAllForm() {
  const t = useTranslations("review");
  const { action } = useWorkspace();
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="op" value="publish" />
      <input type="hidden" name="all" value="1" />
      <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-800">{t("publishAllHint")}</p>
      <div className="flex flex-wrap gap-2">
        <SubmitButton describedBy={`${id}-hint`} className={primaryButton}>
          {t("publishAll")}
        </SubmitButton>
        <Pending />
      </div>
    </form>
  );
}
