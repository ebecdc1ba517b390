import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, type Locale } from "./config.ts";

// One catalog per area of the portal, merged per locale; each holds its own top-level namespaces.
const catalogs = {
  ja: () =>
    Promise.all([
      import("../../messages/ja.json"),
      import("../../messages/staff.ja.json"),
      import("../../messages/admin.ja.json"),
      import("../../messages/dashboard.ja.json"),
      import("../../messages/indicators.ja.json"),
      import("../../messages/editions.ja.json"),
      import("../../messages/council.ja.json"),
      import("../../messages/council-report.ja.json"),
      import("../../messages/notifications.ja.json"),
      import("../../messages/surveys.ja.json"),
      import("../../messages/quality.ja.json"),
      import("../../messages/opendata.ja.json"),
      import("../../messages/plan.ja.json"),
      import("../../messages/voices.ja.json"),
      import("../../messages/voices-staff.ja.json"),
    ]),
  en: () =>
    Promise.all([
      import("../../messages/en.json"),
      import("../../messages/staff.en.json"),
      import("../../messages/admin.en.json"),
      import("../../messages/dashboard.en.json"),
      import("../../messages/indicators.en.json"),
      import("../../messages/editions.en.json"),
      import("../../messages/council.en.json"),
      import("../../messages/council-report.en.json"),
      import("../../messages/notifications.en.json"),
      import("../../messages/surveys.en.json"),
      import("../../messages/quality.en.json"),
      import("../../messages/opendata.en.json"),
      import("../../messages/plan.en.json"),
      import("../../messages/voices.en.json"),
      import("../../messages/voices-staff.en.json"),
    ]),
} satisfies Record<Locale, () => Promise<unknown>>;

type Merged<Parts extends readonly unknown[]> = Parts extends readonly [{ default: infer First }, ...infer Rest]
  ? First & Merged<Rest>
  : unknown;

/** Every message key, as the Japanese catalogs define them: typed into next-intl in global.d.ts. */
export type Messages = Merged<Awaited<ReturnType<(typeof catalogs)["ja"]>>>;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  const parts = await catalogs[locale]();
  return {
    locale,
    messages: Object.assign({}, ...parts.map((part) => part.default)),
    timeZone: "Asia/Tokyo",
  };
});
