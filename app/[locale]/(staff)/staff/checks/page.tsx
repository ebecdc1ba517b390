import { getTranslations } from "next-intl/server";
import { CheckList, findingTexts } from "@/components/consistency/check-list";
import { ChecksWorkspace, ExplainCheckForm } from "@/components/consistency/explain-check-form";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { explanationKey, getExplanations } from "@/lib/consistency/explanations";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { periodKey } from "@/lib/periods/period-key";
import { readPage } from "@/lib/read/page-data";
import { getInternalSummary, resolvePeriodKey } from "@/lib/rollup/get-summary";
import { formatFiscalYearShortIn } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("checks.staff");

const cardClass = "flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4";

/**
 * 整合性チェック for the secretariat: every item the checks flag at a period in the internal view
 * (approved reports included), with the figures that disagree and a form to explain each finding.
 */
export default async function ChecksPage({ params, searchParams }: PageProps<"/[locale]/staff/checks">) {
  const locale = await enterLocale(params);
  const requested = (await searchParams).period;
  const periodId = await resolvePeriodKey(typeof requested === "string" ? requested : undefined);
  const summary = await readPage("/staff/checks", getInternalSummary, periodId);
  const [t, tt, actor, text] = await Promise.all([
    getTranslations("checks"),
    getTranslations("term"),
    getActor(),
    findingTexts(),
  ]);
  const period = summary.period;
  const explanations = period ? await getExplanations(period.id) : {};
  const flagged = summary.items.filter((item) => item.checks.length > 0);
  const label = (p: { fiscalYear: number; term: "first_half" | "year_end" }) =>
    `${formatFiscalYearShortIn(p.fiscalYear, locale)} ${tt(p.term)}`;
  const key = period ? periodKey(period) : "";
  const reloadHref = getPathname({ href: { pathname: "/staff/checks", query: key ? { period: key } : {} }, locale });
  const explains = can(actor, "check.explain");

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("staff.title")} lead={t("staff.lead")} />
      <FilterForm
        action={getPathname({ href: "/staff/checks", locale })}
        label={t("staff.period")}
        applyLabel={t("staff.show")}
        clearLabel={t("staff.latest")}
      >
        <FilterSelect
          name="period"
          label={t("staff.period")}
          value={key}
          options={[...summary.periods].reverse().map((p) => ({ value: periodKey(p), label: label(p) }))}
        />
      </FilterForm>
      {!period || flagged.length === 0 ? (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("staff.empty")}</p>
      ) : (
        <ChecksWorkspace reloadHref={reloadHref}>
          <p className="font-bold">
            {t("list.caption", { period: label(period) })}：
            {t("staff.count", { count: flagged.reduce((n, item) => n + item.checks.length, 0) })}
          </p>
          <ul className="flex flex-col gap-6">
            {flagged.map((item) => (
              <li key={item.number} className={cardClass}>
                <h2 className={headingClass.subsection}>
                  <Link href={`/items/${item.number}`} className="text-key-900 underline underline-offset-4">
                    No.{item.number} {item.title}
                  </Link>
                </h2>
                <CheckList item={item} explanations={explanations} />
                {explains &&
                  item.checks.map((finding) => (
                    <ExplainCheckForm
                      key={explanationKey(item.number, finding)}
                      finding={{ itemNumber: item.number, periodId: period.id, ...finding }}
                      target={`No.${item.number} ${text.title(finding)}`}
                      current={explanations[explanationKey(item.number, finding)]?.text ?? null}
                    />
                  ))}
              </li>
            ))}
          </ul>
        </ChecksWorkspace>
      )}
    </div>
  );
}
