"use client";

import { useTranslations } from "next-intl";
import { ErrorNotice } from "@/components/layout/error-notice";

// An unexpected failure below the locale layout: the site's header and footer stay,
// the message is the reader's language, and the digest ties it to the server's log line.
export default function ErrorPage({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const t = useTranslations("common.error");
  return (
    <ErrorNotice
      text={{ title: t("title"), heading: t("heading"), body: t("body"), retry: t("retry"), backHome: t("backHome") }}
      reference={error.digest ? t("reference", { digest: error.digest }) : null}
      retry={retry}
      homeHref="/"
    />
  );
}
