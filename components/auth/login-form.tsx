"use client";

import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { InputField } from "@/components/forms/form-fields";
import { FormStatus } from "@/components/ui/form-status";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { getPathname } from "@/lib/i18n/navigation";

/** The two fields, with what browsers and password managers need to fill them. */
const CREDENTIALS = [
  { name: "email", type: "email", inputMode: "email", autoComplete: "username", spellCheck: false },
  { name: "password", type: "password", autoComplete: "current-password" },
] as const;

export function LoginForm({ callbackUrl, expired }: { callbackUrl?: string; expired: boolean }) {
  const t = useTranslations("login");
  const locale = useLocale();
  const [failures, setFailures] = useState(0);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const id = useId();

  // Move focus to the message after each failed attempt, so it is read out and the person can try again.
  useEffect(() => {
    if (failures > 0) errorRef.current?.focus();
  }, [failures]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    let ok = false;
    try {
      const result = await signIn("credentials", {
        email: String(data.get("email") ?? ""),
        password: String(data.get("password") ?? ""),
        redirect: false,
      });
      ok = !!result && result.ok && !result.error;
    } catch {
      ok = false;
    }
    if (!ok) {
      setPending(false);
      setFailures((n) => n + 1);
      return;
    }
    // A full page load, not the client router: the router remembers the redirect to this login
    // page that it met on the way to a protected page, and would bring the person back here.
    const target = safeCallbackPath(callbackUrl) ?? "/staff";
    const split = target.search(/[?#]/);
    const [pathname, rest] = split === -1 ? [target, ""] : [target.slice(0, split), target.slice(split)];
    window.location.replace(getPathname({ href: pathname, locale }) + rest);
  }

  return (
    // POST: submitted before the script has loaded, the password goes in the body, never in the
    // address (history, access logs); the page is shown again and the script signs in.
    <form method="post" onSubmit={onSubmit} className="flex flex-col gap-5">
      {failures > 0 && <FormStatus key={failures} ref={errorRef} ok={false} text={t("failed")} />}
      {expired && failures === 0 && (
        <p
          role="status"
          className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4 text-std-16N-170 text-solid-gray-900"
        >
          {t("expired")}
        </p>
      )}
      {CREDENTIALS.map((field) => (
        <InputField key={field.name} id={`${id}-${field.name}`} label={t(field.name)} required {...field} />
      ))}
      <div>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded-8 bg-key-900 px-6 py-3 text-std-16B-170 text-white hover:bg-key-1000 disabled:bg-solid-gray-600"
        >
          {pending ? t("submitting") : t("submit")}
        </button>
      </div>
    </form>
  );
}
