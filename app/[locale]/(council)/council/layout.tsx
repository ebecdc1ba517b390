import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { type NavItem, NavLinks } from "@/components/layout/nav-links";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getPathname, redirect } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";

// The council's own pages (below the public /council record): per user, never cached or prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

const COUNCIL_NAV: readonly { href: string; key: keyof Messages["councilArea"]["nav"]; requires: PolicyAction }[] = [
  { href: "/council/dashboard", key: "dashboard", requires: "report.read_internal" },
  { href: "/council/report", key: "report", requires: "report.read_internal" },
  { href: "/council/opinions", key: "opinions", requires: "report.read_internal" },
];

export default async function CouncilLayout({ children, params }: LayoutProps<"/[locale]/council">) {
  const locale = await enterLocale(params);
  const actor = await getActor();
  if (!actor) return redirect({ href: { pathname: "/login", query: { callbackUrl: COUNCIL_NAV[0].href } }, locale });
  const [t, ts] = await Promise.all([getTranslations("councilArea"), getTranslations("staff")]);
  const items: NavItem[] = COUNCIL_NAV.filter((entry) => can(actor, entry.requires)).map((entry) => ({
    href: entry.href,
    label: t(`nav.${entry.key}`),
  }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 border-b border-solid-gray-420 pb-3">
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-8 bg-solid-gray-50 px-4 py-3">
          <p className="text-std-16N-170 text-solid-gray-900">
            {ts("signedInAs", { name: actor.name, role: ts(`roles.${actor.role}`) })}
          </p>
          <SignOutButton
            label={ts("signOut")}
            pendingLabel={ts("signingOut")}
            callbackUrl={getPathname({ href: "/login", locale })}
          />
        </div>
        {items.length > 0 && <NavLinks label={t("navLabel")} items={items} />}
      </div>
      <div>{children}</div>
    </div>
  );
}
