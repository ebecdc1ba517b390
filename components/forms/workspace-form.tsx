"use client";

import { useTranslations } from "next-intl";
import { type ReactNode, useId } from "react";
import type { buttonClass } from "@/components/ui/button";
import { hintClass } from "@/components/ui/field";
import { PendingNote, SubmitButton } from "@/components/ui/submit-button";
import { useWorkspace } from "./action-workspace";
import { HiddenFields } from "./form-fields";

/** One submit button of a form; `name`/`value` say which decision it sends. */
export interface FormButton {
  label: ReactNode;
  variant?: keyof typeof buttonClass;
  name?: string;
  value?: string;
}

/**
 * A form inside an <ActionWorkspace>: its hidden fields (`op`, the entry…), an optional hint that
 * describes its buttons, its fields, then its buttons and "処理しています…" while it submits.
 */
export function WorkspaceForm({
  hidden,
  hint,
  buttons,
  className = "flex flex-col gap-3",
  buttonsClassName = "flex flex-wrap gap-4",
  children,
}: {
  hidden: Record<string, string | number>;
  hint?: ReactNode;
  buttons: FormButton[];
  className?: string;
  buttonsClassName?: string;
  children?: ReactNode;
}) {
  const t = useTranslations("ui");
  const { action } = useWorkspace();
  const hintId = `${useId()}-hint`;
  return (
    <form action={action} className={className}>
      <HiddenFields values={hidden} />
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
      {children}
      <div className={buttonsClassName}>
        {buttons.map(({ label, ...button }) => (
          <SubmitButton key={button.value ?? "submit"} {...button} describedBy={hint ? hintId : undefined}>
            {label}
          </SubmitButton>
        ))}
        <PendingNote label={t("pending")} />
      </div>
    </form>
  );
}
