import type { ReactNode } from "react";
import type { buttonClass } from "@/components/ui/button";
import { LiveFormStatus } from "@/components/ui/form-status";
import { valuesKey } from "@/components/ui/form-values";
import { SubmitButton } from "@/components/ui/submit-button";
import { HiddenFields } from "./form-fields";

/** A form set apart from the page around it (a grey panel). */
export const panelFormClass = "flex flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4";

/**
 * A form of one action with its own state (`useActionState`): what comes before it, its outcome
 * beside it, its hidden fields, the fields (remounted when the values they show change), and its
 * submit button last.
 */
export function ActionForm({
  action,
  state,
  pending,
  text,
  reload,
  intro,
  hidden,
  values,
  className = "flex flex-col gap-4",
  fieldsClassName = "flex flex-col gap-4",
  after,
  submit,
  submitVariant,
  children,
}: {
  action: (formData: FormData) => void;
  state: { ok: boolean; message?: string };
  pending: boolean;
  /** the outcome in words */
  text: string;
  /** a link to reload the page, offered after a conflict */
  reload?: { href: string; label: string };
  /** shown above the outcome, e.g. the form's heading */
  intro?: ReactNode;
  hidden?: Record<string, string | number>;
  /** the values the fields show */
  values?: Record<string, string>;
  className?: string;
  fieldsClassName?: string;
  /** after the fields, never remounted (e.g. a password field that is never echoed) */
  after?: ReactNode;
  submit: ReactNode;
  submitVariant?: keyof typeof buttonClass;
  children: ReactNode;
}) {
  return (
    <form action={action} className={className}>
      {intro}
      <LiveFormStatus state={state} pending={pending} text={text}>
        {reload && state.message === "conflict" && (
          <p className="mt-2">
            <a href={reload.href} className="font-bold text-key-900 underline underline-offset-4">
              {reload.label}
            </a>
          </p>
        )}
      </LiveFormStatus>
      {hidden && <HiddenFields values={hidden} />}
      <div key={values && valuesKey(values)} className={fieldsClassName}>
        {children}
      </div>
      {after}
      <div>
        <SubmitButton variant={submitVariant}>{submit}</SubmitButton>
      </div>
    </form>
  );
}
