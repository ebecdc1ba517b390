import type { Messages } from "next-intl";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { type NavItem, NavLinks } from "@/components/layout/nav-links";
import { can, type PolicyAction } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { getPathname, Link, redirect } from "@/lib/i18n/navigation";
import { getUnreadCount } from "@/lib/notifications/inbox";
import { read } from "@/lib/read/page-data";

type NavEntry<Key> = { href: string; key: Key; requires?: PolicyAction };

/** Each role sees only the entries it may open; the first entry is the area's home. */
const STAFF_NAV: readonly NavEntry<keyof Messages["staff"]["nav"]>[] = [
  { href: "/staff", key: "home" },
  { href: "/staff/tracker", key: "tracker", requires: "tracker.read" },
  { href: "/staff/review", key: "review", requires: "report.approve" },
  { href: "/staff/opinions", key: "opinions", requires: "opinion.answer" },
  { href: "/staff/voices", key: "voices", requires: "voice.read" },
  { href: "/staff/items", key: "items", requires: "item.edit" },
  { href: "/staff/indicators", key: "indicators", requires: "indicator.manage" },
  { href: "/staff/checks", key: "checks", requires: "check.explain" },
  { href: "/staff/findings", key: "findings", requires: "finding.resolve" },
  { href: "/staff/plan/import", key: "plan", requires: "plan.manage" },
  { href: "/staff/periods", key: "periods", requires: "period.manage" },
  { href: "/staff/users", key: "users", requires: "user.manage" },
  { href: "/staff/audit", key: "audit", requires: "audit.read" },
];

const COUNCIL_NAV: readonly NavEntry<keyof Messages["councilArea"]["nav"]>[] = [
  { href: "/council/dashboard", key: "dashboard", requires: "report.read_internal" },
  { href: "/council/report", key: "report", requires: "report.read_internal" },
  { href: "/council/opinions", key: "opinions", requires: "report.read_internal" },
];

/** The area's menu in the reader's language: its landmark name and its entries. */
async function areaNav(area: "staff" | "council") {
  if (area === "staff") {
    const t = await getTranslations("staff");
    return {
      home: STAFF_NAV[0].href,
      label: t("navLabel"),
      entries: STAFF_NAV.map((e) => ({ ...e, label: t(`nav.${e.key}`) })),
    };
  }
  const t = await getTranslations("councilArea");
  return {
    home: COUNCIL_NAV[0].href,
    label: t("navLabel"),
    entries: COUNCIL_NAV.map((e) => ({ ...e, label: t(`nav.${e.key}`) })),
  };
}

/**
 * The frame of the signed-in areas (staff, council): without a session, the login page (back to the
 * area's home after it); with one, who is signed in, the sign-out button and the area's menu of what
 * this role may open, above the page.
 */
export async function SignedInFrame({
  area,
  locale,
  children,
}: {
  area: "staff" | "council";
  locale: Locale;
  children: ReactNode;
}) {
  const [actor, nav, t, tn] = await Promise.all([
    getActor(),
    areaNav(area),
    getTranslations("staff"),
    getTranslations("notifications.inbox"),
  ]);
  if (!actor) return redirect({ href: { pathname: "/login", query: { callbackUrl: nav.home } }, locale });
  const unread = await read(getUnreadCount);
  const items: NavItem[] = nav.entries
    .filter((entry) => !entry.requires || can(actor, entry.requires))
    .map(({ href, label }) => ({ href, label }));
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 border-b border-solid-gray-420 pb-3">
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-8 bg-solid-gray-50 px-4 py-3">
          <p className="text-std-16N-170 text-solid-gray-900">
            {t("signedInAs", { name: actor.name, role: t(`roles.${actor.role}`) })}
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <Link href="/staff/notifications" className="text-key-900 underline underline-offset-4">
              {tn("title")}
              {unread > 0 && (
                <span className="ml-1 inline-flex min-w-6 items-center justify-center rounded-full bg-key-900 px-2 text-sm font-bold text-white">
                  <span aria-hidden="true">{unread}</span>
                  <span className="sr-only">{tn("badge", { count: unread })}</span>
                </span>
              )}
            </Link>
            <SignOutButton
              label={t("signOut")}
              pendingLabel={t("signingOut")}
              callbackUrl={getPathname({ href: "/login", locale })}
            />
          </div>
        </div>
        {items.length > 0 && <NavLinks label={nav.label} items={items} />}
      </div>
      {/* Without `messages`, the provider hands the forms of the signed-in areas the whole catalog. */}
      <NextIntlClientProvider>
        <div>{children}</div>
      </NextIntlClientProvider>
    </div>
  );
}
