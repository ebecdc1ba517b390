"use client";

import { useLocale, useTranslations } from "next-intl";
import { useId } from "react";
import { locales } from "@/lib/i18n/config";
import { getPathname, usePathname } from "@/lib/i18n/navigation";

// Plain links to the same page in the other language: works without JavaScript and keeps pages
// cacheable. Not next-intl's <Link locale>: it writes the default locale's prefix (/ja/items) for a
// locale cookie this site does not use, and the router's prefetch of that address is redirected twice.
export function LocaleSwitcher() {
  const t = useTranslations("localeSwitcher");
  const currentLocale = useLocale();
  const pathname = usePathname();
  const labelId = useId();

  return (
    <div className="no-print flex items-center gap-2">
      <span id={labelId} className="text-std-16N-170 text-solid-gray-700">
        {t("label")}
      </span>
      <ul aria-labelledby={labelId} className="flex gap-1">
        {locales.map((locale) => {
          const isCurrent = locale === currentLocale;
          return (
            <li key={locale}>
              <a
                href={getPathname({ href: pathname, locale })}
                lang={locale}
                hrefLang={locale}
                aria-current={isCurrent ? "true" : undefined}
                className={`inline-flex min-h-11 min-w-11 items-center rounded-6 border border-key-900 px-3 text-oln-16B-100 no-underline ${
                  isCurrent ? "bg-key-900 text-white" : "bg-white text-key-900 hover:bg-key-50 hover:underline"
                }`}
              >
                {t(locale)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
