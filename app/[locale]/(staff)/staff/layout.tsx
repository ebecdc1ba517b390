import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignedInFrame } from "@/components/layout/signed-in-nav";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { read } from "@/lib/read/page-data";
import { countActiveDemoUsers } from "@/lib/users/seed-demo";

// Per-user pages: never cached, never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/staff">) {
  const locale = await enterLocale(params);
  // The secretariat is told on every staff page while accounts with the README's password can sign in.
  const [demoUsers, t] = await Promise.all([read(countActiveDemoUsers), getTranslations("staff.demoAccounts")]);
  return (
    <SignedInFrame area="staff" locale={locale}>
      {demoUsers > 0 && (
        <div className="flex flex-col gap-1 rounded-8 border-2 border-yellow-1000 bg-yellow-50 p-4 text-std-16N-170 text-solid-gray-900">
          <p className="font-bold">{t("banner")}</p>
          <p>
            <Link href="/staff/users" className="text-key-900 underline underline-offset-4">
              {t("link")}
            </Link>
          </p>
        </div>
      )}
      {children}
    </SignedInFrame>
  );
}
