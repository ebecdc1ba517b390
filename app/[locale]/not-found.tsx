"use client";

import { useTranslations } from "next-intl";
import { MessagePage } from "@/components/public/message-page";

// A client component: it reads the catalog the layout already sent, so rendering a
// 404 inside a cached page never needs request headers.
export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <MessagePage
      title={t("title")}
      heading={t("heading")}
      message={t("body")}
      messageClassName="text-std-16N-175"
      back={{ href: "/", label: t("backHome"), className: "text-std-16N-175" }}
    />
  );
}
