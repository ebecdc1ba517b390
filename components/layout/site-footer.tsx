import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const [t, tn] = await Promise.all([getTranslations("footer"), getTranslations("nav")]);

  return (
    <footer className="mt-16 border-t border-solid-gray-200 bg-solid-gray-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 md:px-6">
        <nav aria-label={t("navLabel")} className="no-print">
          <ul className="flex flex-col gap-2 md:flex-row md:flex-wrap md:gap-x-8">
            <li>
              <Link href="/accessibility" className="text-std-16N-170">
                {t("accessibility")}
              </Link>
            </li>
            <li>
              <Link href="/editions" className="text-std-16N-170">
                {tn("editions")}
              </Link>
            </li>
            <li>
              {/* A JSON endpoint, not a page: a plain anchor avoids client-side routing. */}
              <a href="/api/v1/items" className="text-std-16N-170">
                {t("openData")}
              </a>
            </li>
          </ul>
        </nav>
        <p className="text-std-16N-170 text-solid-gray-800">{t("publisher", { organization: t("organization") })}</p>
        <p className="text-std-16N-170 text-solid-gray-700">{t("copyright")}</p>
      </div>
    </footer>
  );
}
