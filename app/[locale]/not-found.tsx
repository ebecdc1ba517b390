"use client";

import { useTranslations } from "next-intl";
import { headingClass } from "@/components/ui/heading";
import { Link } from "@/lib/i18n/navigation";

// A client component: it reads the catalog the layout already sent, so rendering a
// 404 inside a cached page never needs request headers.
export default function NotFound() {
  const t = useTranslations("common.notFound");
  return (
    <div className="flex flex-col gap-6">
      <title>{t("title")}</title>
      <h1 className={headingClass.page}>{t("heading")}</h1>
      <p className="text-std-16N-175">{t("body")}</p>
      <p>
        <Link href="/" className="text-std-16N-175">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
