import { getTranslations } from "next-intl/server";
import { NavLinks } from "@/components/layout/nav-links";
import { ja } from "@/components/ui/ja";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { Link } from "@/lib/i18n/navigation";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { planTitle } from "@/lib/municipality/plan-title";

// /accessibility and /editions live in the footer.
const HEADER_SECTIONS = [
  { href: "/", key: "home" },
  { href: "/vision", key: "vision" },
  { href: "/items", key: "items" },
  { href: "/dashboard", key: "dashboard" },
  { href: "/departments", key: "departments" },
  { href: "/comments", key: "comments" },
  { href: "/council", key: "council" },
] as const;

export async function SiteHeader() {
  const [t, municipality] = await Promise.all([getTranslations(), getMunicipality()]);
  const items = HEADER_SECTIONS.map(({ href, key }) => ({ href, label: t(`nav.${key}`) }));

  return (
    <header className="border-b border-solid-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 pt-4 pb-2 md:px-6">
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-3">
          <Link
            href="/"
            className="text-std-18B-160 text-solid-gray-900 no-underline hover:underline md:text-std-20B-160"
          >
            {t.rich("site.name", { plan: planTitle(municipality), ja })}
          </Link>
          <LocaleSwitcher />
        </div>
        <NavLinks label={t("nav.label")} items={items} />
      </div>
    </header>
  );
}
