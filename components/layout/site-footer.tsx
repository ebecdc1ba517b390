import { getTranslations } from "next-intl/server";
import { ja } from "@/components/ui/ja";
import { Link } from "@/lib/i18n/navigation";
import { getMunicipality } from "@/lib/municipality/get-municipality";

export async function SiteFooter() {
  const [t, tn, municipality] = await Promise.all([
    getTranslations("footer"),
    getTranslations("nav"),
    getMunicipality(),
  ]);
  // Without a secretariat the municipality alone runs the portal: 「運営：かわせみ町」.
  const organization = t("organization", {
    municipality: municipality.name,
    secretariat: municipality.secretariat,
  }).trim();
  // /opendata lists every dataset with its formats, licence and API description.
  const links = [
    { href: "/accessibility", label: t("accessibility") },
    { href: "/editions", label: tn("editions") },
    { href: "/opendata", label: t("openData") },
  ];
  return (
    <footer className="mt-16 border-t border-solid-gray-200 bg-solid-gray-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-4 px-4 py-8 md:px-6">
        <nav aria-label={t("navLabel")} className="no-print">
          <ul className="flex flex-col gap-2 md:flex-row md:flex-wrap md:gap-x-8">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className="text-std-16N-170">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-std-16N-170 text-solid-gray-800">{t.rich("publisher", { organization, ja })}</p>
        <p className="text-std-16N-170 text-solid-gray-700">
          {t.rich("copyright", { municipality: municipality.name, ja })}
        </p>
      </div>
    </footer>
  );
}
