import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { type NavItem, NavLinks } from "@/components/layout/nav-links";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { getPathname, redirect } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";

// Per-user pages: never cached, never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

const STAFF_NAV: readonly { href: string; key: keyof Messages["staff"]["nav"]; requires?: PolicyAction }[] = [
  { href: "/staff", key: "home" },
  { href: "/staff/review", key: "review", requires: "report.approve" },
  { href: "/staff/opinions", key: "opinions", requires: "opinion.answer" },
  { href: "/staff/items", key: "items", requires: "item.edit" },
  { href: "/staff/indicators", key: "indicators", requires: "indicator.manage" },
  { href: "/staff/periods", key: "periods", requires: "period.manage" },
  { href: "/staff/users", key: "users", requires: "user.manage" },
  { href: "/staff/audit", key: "audit", requires: "audit.read" },
];

export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/staff">) {
  const locale = await enterLocale(params);
  const actor = await getActor();
  if (!actor) return redirect({ href: { pathname: "/login", query: { callbackUrl: "/staff" } }, locale });
  const t = await getTranslations("staff");
  const items: NavItem[] = STAFF_NAV.filter((entry) => !entry.requires || can(actor, entry.requires)).map((entry) => ({
    href: entry.href,
    label: t(`nav.${entry.key}`),
  }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 border-b border-solid-gray-420 pb-3">
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-8 bg-solid-gray-50 px-4 py-3">
          <p className="text-std-16N-170 text-solid-gray-900">
            {t("signedInAs", { name: actor.name, role: t(`roles.${actor.role}`) })}
          </p>
          <SignOutButton
            label={t("signOut")}
            pendingLabel={t("signingOut")}
            callbackUrl={getPathname({ href: "/login", locale })}
          />
        </div>
        <NavLinks label={t("navLabel")} items={items} />
      </div>
      <div>{children}</div>
    </div>
  );
}
