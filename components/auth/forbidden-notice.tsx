"use client";

import { useTranslations } from "next-intl";
import { headingClass } from "@/components/ui/heading";
import { Link } from "@/lib/i18n/navigation";

/**
 * What a signed-in person sees where the policy refuses them: the 403 page
 * (`forbidden.tsx`). A client component, like the 404 page: it reads the
 * catalog the layout already sent.
 */
export function ForbiddenNotice() {
  const t = useTranslations("staff.forbidden");
  const linkClass = "text-key-900 underline underline-offset-4";
  return (
    <div className="flex flex-col gap-6">
      <title>{t("title")}</title>
      <h1 className={headingClass.page}>{t("title")}</h1>
      <p className="rounded-8 border-2 border-error-1 bg-white p-4 text-std-16N-170 text-solid-gray-900">{t("body")}</p>
      <ul className="flex flex-col gap-2">
        <li>
          <Link href="/staff" className={linkClass}>
            {t("back")}
          </Link>
        </li>
        <li>
          <Link href="/login" className={linkClass}>
            {t("otherAccount")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
