import type { Locale } from "./lib/i18n/config.ts";
import type { Messages } from "./lib/i18n/request.ts";

// Typed next-intl: a key missing from the Japanese catalogs, or a wrong locale, fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
