import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./config.ts";

const catalogs = {
  ja: () => import("../../messages/ja.json"),
  en: () => import("../../messages/en.json"),
} satisfies Record<Locale, () => Promise<unknown>>;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return {
    locale,
    messages: (await catalogs[locale]()).default,
    timeZone: "Asia/Tokyo",
  };
});
