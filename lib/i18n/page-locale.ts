import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./config.ts";

/**
 * Reads the [locale] segment and registers it for next-intl, which lets pages be
 * rendered statically. Every page and layout under app/[locale] calls this first.
 */
export async function enterLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** generateMetadata for a page whose title is `<namespace>.<key>` in the catalogs. */
export function titleFromCatalog(namespace: string, key = "title") {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    await enterLocale(params);
    const t = await getTranslations(namespace);
    return { title: t(key) };
  };
}
