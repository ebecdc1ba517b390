"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button";

/** A submit button that cannot be pressed twice while its form submits. */
export function SubmitButton({
  variant = "primary",
  name,
  value,
  describedBy,
  children,
}: {
  variant?: keyof typeof buttonClass;
  /** sent with the form when this button submits it (e.g. intent=draft) */
  name?: string;
  value?: string;
  describedBy?: string;
  children: ReactNode;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-describedby={describedBy}
      className={buttonClass[variant]}
    >
      {children}
    </button>
  );
}

/** "処理しています…" beside a form's buttons while it submits. */
export function PendingNote({ label }: { label: string }) {
  const { pending } = useFormStatus();
  return pending ? (
    <p role="status" className="self-center text-std-16N-170 text-solid-gray-900">
      {label}
    </p>
  ) : null;
}
