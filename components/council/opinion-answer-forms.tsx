"use client";

import { createContext, useActionState, useContext, useEffect, useId, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useTranslations } from "next-intl";
import { describedBy, FieldError, fieldClass, hintClass, labelClass, primaryButtonClass, secondaryButtonClass } from "@/components/admin/period-forms";
import type { ActionState } from "@/lib/actions/action-state";
import { answerOpinionAction } from "@/lib/actions/council/answer-opinion-action";
import { publishOpinionAction } from "@/lib/actions/council/publish-opinion-action";
import { OPINION_TEXT_LIMIT } from "@/lib/council/opinion-limits";
import { useOpinionMessage } from "./opinion-form";

/** The last result, with which form (op) and which opinion (target, for the message) it came from. */
type WorkspaceState = ActionState & { op?: string; target?: string };

const INITIAL: WorkspaceState = { ok: false };

// One state for the page: after an answer or a publication the opinion moves to another list and
// its forms remount, so the outcome must live above them to stay visible.
async function runOpinionAction(prev: WorkspaceState, formData: FormData): Promise<WorkspaceState> {
  const op = String(formData.get("op") ?? "");
  const target = String(formData.get("target") ?? "");
  const result = op === "publish" ? await publishOpinionAction(prev, formData) : await answerOpinionAction(prev, formData);
  return { ...result, op, target };
}

const WorkspaceContext = createContext<{ state: WorkspaceState; action: (formData: FormData) => void } | null>(null);

function useWorkspace() {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error("Opinion forms must be inside <OpinionWorkspace>");
  return value;
}

/** Holds the result of every answer/publish form on the page and shows it at the top, focused. */
export function OpinionWorkspace({ reloadHref, children }: { reloadHref: string; children: ReactNode }) {
  const t = useTranslations("opinions.staff");
  const tc = useTranslations("admin.common");
  const text = useOpinionMessage();
  const [state, action] = useActionState(runOpinionAction, INITIAL);
  const messageRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);

  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    messageRef.current?.focus();
  }, [state]);

  let message: string | null = null;
  if (state.message) {
    const body = state.ok ? t(state.message === "published" ? "published" : "answered") : text.error(state.message);
    message = state.target ? t("resultFor", { target: state.target, message: body }) : body;
  }

  return (
    <WorkspaceContext.Provider value={{ state, action }}>
      {message && (
        <div
          ref={messageRef}
          tabIndex={-1}
          role={state.ok ? "status" : "alert"}
          className={`flex flex-col gap-2 rounded-8 border-2 p-4 text-solid-gray-900 ${state.ok ? "border-success-2 bg-green-50" : "border-red-900 bg-red-50"}`}
        >
          <p>
            <span className="font-bold">{state.ok ? tc("doneLabel") : tc("errorPrefix")}</span>
            {message}
          </p>
          {(state.message === "conflict" || state.message === "invalid_state" || state.message === "not_found") && (
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

function Pending() {
  const t = useTranslations("opinions.staff");
  const { pending } = useFormStatus();
  return pending ? <p className="self-center text-solid-gray-800">{t("processing")}</p> : null;
}

function SubmitButton({ className, describedBy: described, children }: { className: string; describedBy?: string; children: ReactNode }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-describedby={described} className={className}>
      {children}
    </button>
  );
}

/** 対応 (answer) to one opinion; prefilled with the current answer when it is being revised. */
export function AnswerOpinionForm({ opinionId, respondedAt, response, target }: { opinionId: number; respondedAt: string | null; response: string | null; target: string }) {
  const t = useTranslations("opinions.staff");
  const text = useOpinionMessage();
  const { state, action } = useWorkspace();
  const id = useId();
  const mine = state.op === "answer" && state.values?.opinionId === String(opinionId);
  const error = mine && !state.ok ? text.field(state.fieldErrors?.response) : undefined;
  const fieldId = `${id}-response`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const value = mine && !state.ok ? (state.values?.response ?? "") : (response ?? "");
  return (
    <form action={action} className="flex flex-col gap-3">
      <input type="hidden" name="op" value="answer" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="opinionId" value={String(opinionId)} />
      <input type="hidden" name="respondedAt" value={respondedAt ?? ""} />
      <div key={value} className="flex flex-col gap-1">
        <label htmlFor={fieldId} className={labelClass}>{t("responseLabel")}</label>
        <p id={hintId} className={hintClass}>{t("responseHint")}</p>
        <textarea
          id={fieldId}
          name="response"
          rows={5}
          required
          maxLength={OPINION_TEXT_LIMIT}
          defaultValue={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hintId, error && errorId)}
          className={fieldClass}
        />
        <FieldError id={errorId} text={error} />
      </div>
      <div className="flex flex-wrap gap-4">
        <SubmitButton className={respondedAt ? secondaryButtonClass : primaryButtonClass}>{respondedAt ? t("updateAnswer") : t("saveAnswer")}</SubmitButton>
        <Pending />
      </div>
    </form>
  );
}

/** 公開 of one answered opinion, pinned to the answer shown. */
export function PublishOpinionForm({ opinionId, respondedAt, target }: { opinionId: number; respondedAt: string; target: string }) {
  const t = useTranslations("opinions.staff");
  const { action } = useWorkspace();
  const id = useId();
  return (
    <form action={action} className="flex flex-col gap-2">
      <input type="hidden" name="op" value="publish" />
      <input type="hidden" name="target" value={target} />
      <input type="hidden" name="opinionId" value={String(opinionId)} />
      <input type="hidden" name="respondedAt" value={respondedAt} />
      <p id={`${id}-hint`} className={hintClass}>{t("publishHint")}</p>
      <div className="flex flex-wrap gap-4">
        <SubmitButton describedBy={`${id}-hint`} className={primaryButtonClass}>{t("publish")}</SubmitButton>
        <Pending />
      </div>
    </form>
  );
}
