import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const [t, tn] = await Promise.all([getTranslations("footer"), getTranslations("nav")]);
  const links = [
    { href: "/accessibility", label: t("accessibility"), page: true },
    { href: "/editions", label: tn("editions"), page: true },
    { href: "/api/v1/items", label: t("openData"), page: false },
  ];
  return (
    <footer className="mt-16 border-t border-solid-gray-200 bg-solid-gray-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 md:px-6">
        <nav aria-label={t("navLabel")} className="no-print">
          <ul className="flex flex-col gap-2 md:flex-row md:flex-wrap md:gap-x-8">
            {links.map((link) => (
              <li key={link.href}>
                {link.page ? (
                  <Link href={link.href} className="text-std-16N-170">
                    {link.label}
                  </Link>
                ) : (
                  // A JSON endpoint, not a page: a plain anchor avoids client-side routing.
                  <a href={link.href} className="text-std-16N-170">
                    {link.label}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-std-16N-170 text-solid-gray-800">{t("publisher", { organization: t("organization") })}</p>
        <p className="text-std-16N-170 text-solid-gray-700">{t("copyright")}</p>
      </div>
    </footer>
  );
}
