import type { Metadata } from "next";
import { SignedInFrame } from "@/components/layout/signed-in-nav";
import { enterLocale } from "@/lib/i18n/page-locale";

// The council's own pages (below the public /council record): per user, never cached or prerendered.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function CouncilLayout({ children, params }: LayoutProps<"/[locale]/council">) {
  const locale = await enterLocale(params);
  return (
    <SignedInFrame area="council" locale={locale}>
      {children}
    </SignedInFrame>
  );
}
