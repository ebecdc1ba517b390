"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

export const buttonClass = {
  primary:
    "min-h-11 rounded-8 bg-key-900 px-6 py-2 text-std-16B-170 text-white hover:bg-key-1000 disabled:bg-solid-gray-600",
  secondary:
    "min-h-11 rounded-8 border border-key-900 bg-white px-6 py-2 text-std-16B-170 text-key-900 hover:bg-key-50 hover:underline disabled:border-solid-gray-600 disabled:text-solid-gray-700",
} as const;

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
