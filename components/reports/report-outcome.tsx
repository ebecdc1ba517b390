"use client";

import { useTranslations } from "next-intl";
import type { ReactNode, Ref } from "react";
import { FormStatus } from "@/components/ui/form-status";

/** A field in error, linked from the outcome to its control. */
export interface ErrorLink {
  key: string;
  href: string;
  label: string;
  text: string;
}

/** The outcome of a save at the top of the form: the message, and after a refusal the list of fields to correct. */
export function ReportOutcome({
  ok,
  text,
  conflict,
  errors,
  ref,
  children,
}: {
  ok: boolean;
  text: string;
  conflict: boolean;
  errors: ErrorLink[];
  ref: Ref<HTMLDivElement>;
  /** more after the message, e.g. a link to sign in again */
  children?: ReactNode;
}) {
  const t = useTranslations("reportForm");
  return (
    <FormStatus ref={ref} ok={ok} text={text}>
      {conflict && <p>{t("conflictLead")}</p>}
      {errors.length > 0 && (
        <>
          <p>{t("errorListLabel")}</p>
          <ul className="list-disc pl-6">
            {errors.map((error) => (
              <li key={error.key}>
                <a href={error.href} className="text-key-900 underline underline-offset-4">
                  {error.label}：{error.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {children}
    </FormStatus>
  );
}
