import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
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
