import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { jaText } from "@/components/ui/ja";
import { PUBLIC_CLIENT_MESSAGES, pickMessages } from "@/lib/i18n/client-messages";
import { locales } from "@/lib/i18n/config";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { planTitle } from "@/lib/municipality/plan-title";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  await enterLocale(params);
  const [t, municipality] = await Promise.all([getTranslations("site"), getMunicipality()]);
  const name = t.markup("name", { plan: planTitle(municipality), ja: jaText });
  return {
    title: { template: `%s | ${name}`, default: name },
    description: t("description", { plan: planTitle(municipality), municipality: municipality.name }),
  };
}

// No maximum-scale: pinch zoom must stay available (WCAG 1.4.4).
export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  colorScheme: "light",
};

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export default async function RootLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = await enterLocale(params);
  const [t, messages] = await Promise.all([getTranslations("layout"), getMessages()]);

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <NextIntlClientProvider messages={pickMessages(messages, PUBLIC_CLIENT_MESSAGES)}>
          <a
            href="#main"
            className="no-print sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-4 focus:bg-yellow-300 focus:px-4 focus:py-2 focus:text-std-16B-170"
          >
            {t("skipToMain")}
          </a>
          <SiteHeader />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 md:px-6 md:py-12">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
