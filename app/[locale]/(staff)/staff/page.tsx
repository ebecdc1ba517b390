import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportStateBadge } from "@/components/reports/report-state-badge";
import { headingClass } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { FactList } from "@/components/ui/staff-fact-list";
import { Table } from "@/components/ui/table";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { Link, redirect } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { periodKey } from "@/lib/periods/period-key";
import { read } from "@/lib/read/page-data";
import { listMyItems, type ReportStateKey } from "@/lib/reports/list-my-items";
import { formatDate, formatDateTime, formatFiscalYearShortIn } from "@/lib/wareki";

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
  const [t, tt, ts] = await Promise.all([
    getTranslations("staff.home"),
    getTranslations("term"),
    getTranslations("surveyImport"),
  ]);

  // The council's home is its own dashboard.
  if (actor.role === "council") return redirect({ href: "/council/dashboard", locale });

  const { period, items } = await read(listMyItems);
  const counts = Object.fromEntries(
    STATE_KEYS.map((key) => [key, items.filter((i) => i.state === key).length]),
  ) as Record<ReportStateKey, number>;

  return (
    <div className="flex flex-col gap-8">
      <h1 className={headingClass.page}>{t("title")}</h1>

      <Section headingId="period-heading" title={t("periodHeading")} className="flex flex-col gap-3">
        {!period ? (
          <p className="rounded-8 border-2 border-solid-gray-600 bg-solid-gray-50 p-4 text-std-16N-170 text-solid-gray-900">
            {t("noPeriod")}
          </p>
        ) : (
          <div className="flex flex-col gap-2 rounded-12 border-2 border-key-900 bg-key-50 p-4">
            <FactList
              facts={[
                {
                  key: "period",
                  term: t("periodLabel"),
                  value: `${formatFiscalYearShortIn(period.fiscalYear, locale)} ${tt(period.term)}`,
                  valueClassName: "text-std-18B-160 text-solid-gray-900",
                },
                { key: "due", term: t("dueLabel"), value: formatDate(period.dueOn, locale) },
              ]}
            />
            <p className={`text-std-16B-170 ${period.daysLeft < 0 ? "text-error-1" : "text-solid-gray-900"}`}>
              {period.daysLeft < 0 && <span aria-hidden="true">⚠ </span>}
              {period.daysLeft > 0
                ? t("daysLeft", { days: period.daysLeft })
                : period.daysLeft === 0
                  ? t("dueToday")
                  : t("overdue", { days: -period.daysLeft })}
            </p>
            <a
              href={`/staff/surveys/${periodKey(period)}.xlsx`}
              download
              className="self-start text-std-16N-170 text-key-900 underline underline-offset-4"
            >
              {t("surveyDownload")}
            </a>
            {can(actor, "survey.import") && (
              <Link
                href="/staff/surveys/import"
                className="self-start text-std-16N-170 text-key-900 underline underline-offset-4"
              >
                {ts("link")}
              </Link>
            )}
          </div>
        )}
      </Section>

      {period && (
        <Section headingId="items-heading" title={t("itemsHeading")}>
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
              <Table
                caption={t("tableCaption")}
                label={t("tableRegion")}
                className="min-w-[48rem] text-std-16N-170"
                columns={[
                  { key: "number", header: t("columns.number"), nowrap: true, cell: (item) => item.number },
                  {
                    key: "title",
                    header: t("columns.title"),
                    rowHeader: true,
                    cell: (item) => (
                      <>
                        <span className="font-bold">{item.title}</span>
                        {item.state === "returned" && item.reviewComment && (
                          <span className="mt-1 block rounded-4 border-l-4 border-red-1000 bg-red-50 px-2 py-1 text-std-16N-170 whitespace-pre-wrap text-solid-gray-900">
                            {t("returnComment", { comment: item.reviewComment })}
                          </span>
                        )}
                      </>
                    ),
                  },
                  { key: "section", header: t("columns.section"), cell: (item) => item.section ?? t("noSection") },
                  {
                    key: "state",
                    header: t("columns.state"),
                    nowrap: true,
                    cell: (item) => <ReportStateBadge state={item.state} />,
                  },
                  {
                    key: "updatedAt",
                    header: t("columns.updatedAt"),
                    nowrap: true,
                    cell: (item) => (item.updatedAt ? formatDateTime(item.updatedAt, locale) : t("notUpdated")),
                  },
                  {
                    key: "action",
                    header: t("columns.action"),
                    nowrap: true,
                    cell: (item) => (
                      <Link
                        href={`/staff/items/${item.number}/report`}
                        className="text-key-900 underline underline-offset-4"
                      >
                        {t(actionFor(item.state))}
                        <span className="sr-only">{t("itemSuffix", { number: item.number })}</span>
                      </Link>
                    ),
                  },
                ]}
                rows={items}
                rowKey={(item) => item.number}
              />
            </>
          )}
        </Section>
      )}
    </div>
  );
}
