"use client";

import { usePathname } from "next/navigation";
import { ErrorNotice } from "@/components/layout/error-notice";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import "./globals.css";

// When the root layout itself fails there is no locale layout and no message
// provider: read the language from the path and the texts from the catalogs.
export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const english = /^\/en(?:\/|$)/.test(usePathname() ?? "");
  const text = (english ? en : ja).common.error;
  return (
    <html lang={english ? "en" : "ja"}>
      <body>
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 md:px-6 md:py-12">
          <ErrorNotice
            text={text}
            reference={error.digest ? text.reference.replace("{digest}", error.digest) : null}
            retry={retry}
            homeHref={english ? "/en" : "/"}
          />
        </main>
      </body>
    </html>
  );
}
