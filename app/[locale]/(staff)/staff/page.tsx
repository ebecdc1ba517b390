import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportStateBadge } from "@/components/reports/report-state-badge";
import { headingClass } from "@/components/ui/heading";
import { ScrollTable, Th } from "@/components/ui/scroll-table";
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

function actionFor(state: ReportStateKey): "create" | "edit" | "view" {
  if (state === "none") return "create";
  if (state === "draft" || state === "returned") return "edit";
  return "view";
}

export default async function StaffHomePage({ params }: PageProps<"/[locale]/staff">) {
  const locale = await enterLocale(params);
  const actor = await getActor();
  if (!actor) return redirect({ href: { pathname: "/login", query: { callbackUrl: "/staff" } }, locale });
  const [t, tt] = await Promise.all([getTranslations("staff.home"), getTranslations("term")]);

  // The council's home is its own dashboard.
  if (actor.role === "council") return redirect({ href: "/council/dashboard", locale });

  const { period, items } = await read(listMyItems);
  const counts = Object.fromEntries(
    STATE_KEYS.map((key) => [key, items.filter((i) => i.state === key).length]),
  ) as Record<ReportStateKey, number>;

  return (
    <div className="flex flex-col gap-8">
      <h1 className={headingClass.page}>{t("title")}</h1>

      <section aria-labelledby="period-heading" className="flex flex-col gap-3">
        <h2 id="period-heading" className={headingClass.section}>
          {t("periodHeading")}
        </h2>
        {!period ? (
          <p className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4 text-std-16N-170 text-solid-gray-900">
            {t("noPeriod")}
          </p>
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
            <p className={`text-std-16B-170 ${period.daysLeft < 0 ? "text-error-1" : "text-solid-gray-900"}`}>
              {period.daysLeft < 0 && <span aria-hidden="true">⚠ </span>}
              {period.daysLeft > 0
                ? t("daysLeft", { days: period.daysLeft })
                : period.daysLeft === 0
                  ? t("dueToday")
                  : t("overdue", { days: -period.daysLeft })}
            </p>
          </div>
        )}
      </section>

      {period && (
        <section aria-labelledby="items-heading" className="flex flex-col gap-4">
          <h2 id="items-heading" className={headingClass.section}>
            {t("itemsHeading")}
          </h2>
          {items.length === 0 ? (
            <p className="text-std-16N-170">{t("noItems")}</p>
          ) : (
            <>
              <div className="flex flex-col gap-2">
                <p id="counts-label" className="text-std-16B-170 text-solid-gray-900">
                  {t("countsLabel")}
                </p>
                <ul aria-labelledby="counts-label" className="flex flex-wrap gap-2">
                  {STATE_KEYS.map((key) => (
                    <li key={key} className="flex items-center gap-2">
                      <ReportStateBadge state={key} />
                      <span>{t("count", { count: counts[key] })}</span>
                    </li>
                  ))}
                </ul>
              </div>
              <ScrollTable
                caption={t("tableCaption")}
                label={t("tableRegion")}
                className="min-w-[48rem] text-std-16N-170"
              >
                <thead>
                  <tr className="border-b-2 border-solid-gray-600 bg-solid-gray-50">
                    <Th scope="col" className="px-3 py-2 whitespace-nowrap">
                      {t("columns.number")}
                    </Th>
                    <Th scope="col" className="px-3 py-2">
                      {t("columns.title")}
                    </Th>
                    <Th scope="col" className="px-3 py-2">
                      {t("columns.section")}
                    </Th>
                    <Th scope="col" className="px-3 py-2 whitespace-nowrap">
                      {t("columns.state")}
                    </Th>
                    <Th scope="col" className="px-3 py-2 whitespace-nowrap">
                      {t("columns.updatedAt")}
                    </Th>
                    <Th scope="col" className="px-3 py-2 whitespace-nowrap">
                      {t("columns.action")}
                    </Th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => {
                    return (
                      <tr key={item.number} className="border-b border-solid-gray-420 align-top">
                        <td className="px-3 py-2 whitespace-nowrap">{item.number}</td>
                        <Th scope="row" className="px-3 py-2 text-left font-normal">
                          <span className="font-bold">{item.title}</span>
                          {item.state === "returned" && item.reviewComment && (
                            <span className="mt-1 block rounded-4 border-l-4 border-red-1000 bg-red-50 px-2 py-1 text-std-16N-170 whitespace-pre-wrap text-solid-gray-900">
                              {t("returnComment", { comment: item.reviewComment })}
                            </span>
                          )}
                        </Th>
                        <td className="px-3 py-2">{item.section ?? t("noSection")}</td>
                        <td className="px-3 py-2 whitespace-nowrap">
                          <ReportStateBadge state={item.state} />
                        </td>
                        <td className="px-3 py-2 whitespace-nowrap">
                          {item.updatedAt ? formatJapaneseDateTime(item.updatedAt) : t("notUpdated")}
                        </td>
                        <td className="px-3 py-2 whitespace-nowrap">
                          <Link
                            href={`/staff/items/${item.number}/report`}
                            className="text-key-900 underline underline-offset-4"
                          >
                            {t(actionFor(item.state))}
                            <span className="sr-only">{t("itemSuffix", { number: item.number })}</span>
                          </Link>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </ScrollTable>
            </>
          )}
        </section>
      )}
    </div>
  );
}
