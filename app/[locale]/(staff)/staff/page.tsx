import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { read } from "@/lib/read/page-data";
import { listMyItems, type ReportStateKey } from "@/lib/reports/list-my-items";
import { formatFiscalYearShort, formatJapaneseDate, formatJapaneseDateTime } from "@/lib/wareki";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff">): Promise<Metadata> {
  await enterLocale(params);
  const t = await getTranslations("staff.home");
  return { title: t("title") };
}

const STATE_KEYS: readonly ReportStateKey[] = ["returned", "none", "draft", "submitted", "approved", "published"];

// A symbol per state, so the state never depends on colour alone.
const STATE_STYLE: Record<ReportStateKey, { symbol: string; className: string }> = {
  none: { symbol: "－", className: "border-solid-gray-600 bg-white text-solid-gray-800" },
  draft: { symbol: "✎", className: "border-solid-gray-700 bg-solid-gray-50 text-solid-gray-900" },
  submitted: { symbol: "▶", className: "border-key-900 bg-key-50 text-key-1000" },
  returned: { symbol: "!", className: "border-red-1000 bg-red-50 text-red-1100" },
  approved: { symbol: "✓", className: "border-green-1000 bg-green-50 text-green-1100" },
  published: { symbol: "◎", className: "border-green-1000 bg-white text-green-1100" },
};

function actionFor(state: ReportStateKey): "create" | "edit" | "view" {
  if (state === "none") return "create";
  if (state === "draft" || state === "returned") return "edit";
  return "view";
}

export default async function StaffHomePage({ params }: PageProps<"/[locale]/staff">) {
  const locale = await enterLocale(params);
  const actor = await getActor();
  if (!actor) return redirect({ href: { pathname: "/login", query: { callbackUrl: "/staff" } }, locale });
  const [t, ts, tt] = await Promise.all([getTranslations("staff.home"), getTranslations("reportState"), getTranslations("term")]);

  // The council's home is its own dashboard.
  if (actor.role === "council") return redirect({ href: "/council/dashboard", locale });

  const { period, items } = await read(listMyItems);
  const counts = Object.fromEntries(STATE_KEYS.map((key) => [key, items.filter((i) => i.state === key).length])) as Record<ReportStateKey, number>;

  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-std-28B-150 text-solid-gray-900 md:text-std-32B-150">{t("title")}</h1>

      <section aria-labelledby="period-heading" className="flex flex-col gap-3">
        <h2 id="period-heading" className="text-std-24B-150 text-solid-gray-900">{t("periodHeading")}</h2>
        {!period ? (
          <p className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4 text-std-16N-170 text-solid-gray-900">{t("noPeriod")}</p>
        ) : (
          <div className="flex flex-col gap-2 rounded-12 border-2 border-key-900 bg-key-50 p-4">
            <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
              <div className="contents">
                <dt className="font-bold">{t("periodLabel")}</dt>
                <dd className="text-std-18B-160 text-solid-gray-900">
                  {formatFiscalYearShort(period.fiscalYear)} {tt(period.term)}
                </dd>
              </div>
              <div className="contents">
                <dt className="font-bold">{t("dueLabel")}</dt>
                <dd>{formatJapaneseDate(period.dueOn)}</dd>
              </div>
            </dl>
            <p className={`text-std-16B-170 ${period.daysLeft < 0 ? "text-error-2" : "text-solid-gray-900"}`}>
              {period.daysLeft < 0 && <span aria-hidden="true">⚠ </span>}
              {period.daysLeft > 0 ? t("daysLeft", { days: period.daysLeft }) : period.daysLeft === 0 ? t("dueToday") : t("overdue", { days: -period.daysLeft })}
            </p>
          </div>
        )}
      </section>

      {period && (
        <section aria-labelledby="items-heading" className="flex flex-col gap-4">
          <h2 id="items-heading" className="text-std-24B-150 text-solid-gray-900">{t("itemsHeading")}</h2>
          {items.length === 0 ? (
            <p className="text-std-16N-170">{t("noItems")}</p>
          ) : (
            <>
              <div className="flex flex-col gap-2">
                <p id="counts-label" className="text-std-16B-170 text-solid-gray-900">{t("countsLabel")}</p>
                <ul aria-labelledby="counts-label" className="flex flex-wrap gap-2">
                  {STATE_KEYS.map((key) => (
                    <li key={key} className={`flex items-center gap-2 rounded-8 border px-3 py-1 ${STATE_STYLE[key].className}`}>
                      <span aria-hidden="true">{STATE_STYLE[key].symbol}</span>
                      <span className="font-bold">{ts(key)}</span>
                      <span>{t("count", { count: counts[key] })}</span>
                    </li>
                  ))}
                </ul>
              </div>
              <div role="region" aria-label={t("tableRegion")} tabIndex={0} className="overflow-x-auto">
                <table className="w-full min-w-[48rem] border-collapse text-left text-std-16N-170">
                  <caption className="mb-2 text-left text-std-16B-170 text-solid-gray-900">{t("tableCaption")}</caption>
                  <thead>
                    <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
                      <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("columns.number")}</th>
                      <th scope="col" className="px-3 py-2">{t("columns.title")}</th>
                      <th scope="col" className="px-3 py-2">{t("columns.section")}</th>
                      <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("columns.state")}</th>
                      <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("columns.updatedAt")}</th>
                      <th scope="col" className="px-3 py-2 whitespace-nowrap">{t("columns.action")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((item) => {
                      const style = STATE_STYLE[item.state];
                      return (
                        <tr key={item.number} className="border-b border-solid-gray-420 align-top">
                          <td className="px-3 py-2 whitespace-nowrap">{item.number}</td>
                          <th scope="row" className="px-3 py-2 text-left font-normal">
                            <span className="font-bold">{item.title}</span>
                            {item.state === "returned" && item.reviewComment && (
                              <span className="mt-1 block rounded-4 border-l-4 border-red-1000 bg-red-50 px-2 py-1 text-std-16N-170 whitespace-pre-wrap text-solid-gray-900">
                                {t("returnComment", { comment: item.reviewComment })}
                              </span>
                            )}
                          </th>
                          <td className="px-3 py-2">{item.section ?? t("noSection")}</td>
                          <td className="px-3 py-2 whitespace-nowrap">
                            <span className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-sm font-bold ${style.className}`}>
                              <span aria-hidden="true">{style.symbol}</span>
                              {ts(item.state)}
                            </span>
                          </td>
                          <td className="px-3 py-2 whitespace-nowrap">{item.updatedAt ? formatJapaneseDateTime(item.updatedAt) : t("notUpdated")}</td>
                          <td className="px-3 py-2 whitespace-nowrap">
                            <Link href={`/staff/items/${item.number}/report`} className="text-key-900 underline underline-offset-4">
                              {t(actionFor(item.state))}
                              <span className="sr-only">{t("itemSuffix", { number: item.number })}</span>
                            </Link>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      )}
    </div>
  );
}
