import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./config.ts";

// Japanese lives at the plain paths (/items), English under /en. The language is
// part of the URL, not of a cookie, so that public pages can be cached as they are.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
});
