"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, type Ref, useEffect, useRef } from "react";
import { ErrorIcon } from "./field";

/**
 * The outcome of an action, in words ("完了：" / "エラー："), a symbol and colour. A success is a
 * status, a failure an alert; focusable so that the form can move keyboard focus to it.
 */
export function FormStatus({
  ok,
  text,
  children,
  ref,
  announce = true,
}: {
  ok: boolean;
  text: string;
  /** more under the message: a list of the fields in error, a link to reload… */
  children?: ReactNode;
  ref?: Ref<HTMLDivElement>;
  /** false inside a live region that already announces it */
  announce?: boolean;
}) {
  const t = useTranslations("ui");
  const role = announce ? (ok ? "status" : "alert") : undefined;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={role}
      className={`flex flex-col gap-2 rounded-8 border-2 p-4 text-std-16N-170 text-solid-gray-900 ${ok ? "border-success-2 bg-green-50" : "border-error-1 bg-white"}`}
    >
      <p className={`flex gap-2 text-std-16B-170 ${ok ? "text-green-1100" : "text-error-1"}`}>
        {ok ? <span aria-hidden="true">✓</span> : <ErrorIcon />}
        <span>
          {t(ok ? "donePrefix" : "errorPrefix")}
          {text}
        </span>
      </p>
      {children}
    </div>
  );
}

/**
 * A live region that stays beside a form: says "処理しています…" while it submits, then the outcome.
 * For forms whose page stays as it was; a form that disappears after a success asks for `focusOnSuccess`.
 */
export function LiveFormStatus({
  state,
  pending,
  text,
  focusOnSuccess = false,
  children,
}: {
  state: { ok: boolean; message?: string };
  pending: boolean;
  text: string;
  focusOnSuccess?: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations("ui");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnSuccess && state.ok && state.message) ref.current?.focus();
  }, [state, focusOnSuccess]);
  return (
    <div ref={ref} aria-live="polite" aria-atomic="true" tabIndex={-1}>
      {pending ? (
        <p className="text-solid-gray-800">{t("pending")}</p>
      ) : state.message ? (
        <FormStatus ok={state.ok} text={text} announce={false}>
          {children}
        </FormStatus>
      ) : null}
    </div>
  );
}
