import type { Metadata } from "next";
import { SignedInFrame } from "@/components/layout/signed-in-nav";
import { enterLocale } from "@/lib/i18n/page-locale";

// Per-user pages: never cached, never prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StaffLayout({ children, params }: LayoutProps<"/[locale]/staff">) {
  const locale = await enterLocale(params);
  return (
    <SignedInFrame area="staff" locale={locale}>
      {children}
    </SignedInFrame>
  );
}
