"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";

/** Ends the session on the server (next-auth's sign-out event revokes it) and goes to the login page. */
export function SignOutButton({
  label,
  pendingLabel,
  callbackUrl = "/login",
}: {
  label: string;
  pendingLabel: string;
  callbackUrl?: string;
}) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      disabled={pending}
      onClick={async () => {
        setPending(true);
        try {
          // No redirect from next-auth: its absolute URL depends on NEXTAUTH_URL; the path is enough here.
          await signOut({ redirect: false });
          window.location.assign(callbackUrl);
        } catch {
          setPending(false);
        }
      }}
      className="min-h-11 rounded-8 border border-key-900 bg-white px-4 py-2 text-std-16B-170 text-key-900 hover:bg-key-50 hover:underline disabled:border-solid-gray-600 disabled:text-solid-gray-700"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
