import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { MessageKeys, Messages, NamespaceKeys, NestedKeyOf, NestedValueOf } from "next-intl";
import { getLocale, getTranslations, setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "./config.ts";
import { messageOr } from "./runtime-key.ts";

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

type Namespace = NamespaceKeys<Messages, NestedKeyOf<Messages>>;
type KeyIn<N extends Namespace> = MessageKeys<NestedValueOf<Messages, N>, NestedKeyOf<NestedValueOf<Messages, N>>>;
/** The namespaces that have a `title` message. */
type TitledNamespace = { [N in Namespace]: "title" extends KeyIn<N> ? N : never }[Namespace];
type GenerateMetadata = (props: { params: Promise<{ locale: string }> }) => Promise<Metadata>;

/** generateMetadata for a page whose title is `<namespace>.title` in the catalogs, or `<namespace>.<key>`. */
export function titleFromCatalog<N extends TitledNamespace>(namespace: N): GenerateMetadata;
export function titleFromCatalog<N extends Namespace>(namespace: N, key: KeyIn<N>): GenerateMetadata;
export function titleFromCatalog(namespace: Namespace, key = "title"): GenerateMetadata {
  return async function generateMetadata({ params }) {
    await enterLocale(params);
    // The overloads checked the key against the catalog; here it is one runtime path among all keys.
    const t = await getTranslations();
    return { title: messageOr(t, `${namespace}.${key}`, key) };
  };
}

/** The locale of the page being rendered, typed (for the date formats of lib/wareki.ts). */
export async function currentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "ja";
}
