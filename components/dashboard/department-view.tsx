import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/public/back-link";
import { headingClass } from "@/components/ui/heading";
import { ja } from "@/components/ui/ja";
import { Section } from "@/components/ui/section";
import { feedAlternate } from "@/lib/feeds/subject";
import type { PageQuery } from "@/lib/http/page-cache";
import { Link } from "@/lib/i18n/navigation";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { DashboardFilterForm } from "./dashboard-filter-form";
import { AxisSections } from "./distribution-section";
import { loadLabels } from "./format";
import { FreshnessSection } from "./freshness-section";
import { ItemStateTable } from "./item-state-table";
import { KpiSection } from "./kpi-section";
import { loadPublicSummary } from "./load-public-summary";
import { MethodSection } from "./method-section";
import { OverallStats } from "./overall-stats";
import { DashboardLink, UnknownPeriodNotice } from "./period-notice";
import { GroupStatusSection, StatusSection } from "./status-sections";

async function loadBureau(code: string, period: string | string[] | undefined) {
  if (!/^\d{2}$/.test(code)) return null;
  const loaded = await loadPublicSummary(period);
  const bureau = loaded.summary.bureaus.find((b) => b.code === code);
  return bureau ? { ...loaded, bureau, code } : null;
}

/** A bureau page's title and feed; the period does not change them. */
export async function departmentMetadata(code: string): Promise<Metadata> {
  const loaded = await loadBureau(code, undefined);
  if (!loaded) return {};
  return {
    title: loaded.bureau.name,
    alternates: {
      types: feedAlternate(
        { kind: "department", code: loaded.code, name: loaded.bureau.name },
        await getMunicipality(),
      ),
    },
  };
}

/** A bureau's page for a query (period): see components/items/items-view.tsx. Unknown codes are 404. */
export async function DepartmentView({ code: codeParam, query }: { code: string; query: PageQuery }) {
  const loaded = await loadBureau(codeParam, query.period);
  if (!loaded) notFound();
  const { bureau, code, summary, periodKey, unknownPeriod } = loaded;
  const [t, td, labels] = await Promise.all([
    getTranslations("departments"),
    getTranslations("dashboard"),
    loadLabels(),
  ]);
  const items = summary.items.filter((i) => i.bureau.code === code);
  const sections = summary.sections.filter((s) => s.parent === code);
  const suffix = periodKey ? `?period=${periodKey}` : "";
  return (
    <div className="flex flex-col gap-10">
      <div className="flex flex-col gap-3">
        <BackLink label={t("breadcrumb")} href={`/departments${suffix}`} text={t("backToList")} />
        <p className="text-lg font-bold text-solid-gray-800">{t("codeLabel", { code: code })}</p>
        <h1 lang="ja" className={headingClass.page}>
          {bureau.name}
        </h1>
        <p>{t.rich("detailLead", { name: bureau.name, count: bureau.items, ja })}</p>
        <p className="font-bold">
          {summary.period
            ? td("periodShown", {
                period: labels.period(summary.period),
                status: td(`periodStatus.${summary.period.status}`),
              })
            : td("noPeriod")}
        </p>
      </div>
      <DashboardFilterForm path={`/departments/${code}`} periods={summary.periods} period={periodKey} />
      <UnknownPeriodNotice periodKey={unknownPeriod} />
      <StatusSection
        id="dept-overall"
        heading={t.rich("overallHeading", { name: bureau.name, ja })}
        rollup={bureau}
        rowLabel={bureau.name}
        labels={labels}
        figures={<OverallStats rollup={bureau} />}
      />
      <GroupStatusSection
        id="dept-sections"
        kind="section"
        heading={t("sectionsHeading")}
        groups={sections}
        overallItems={bureau.items}
        labels={labels}
      />
      <Section headingId="dept-items-heading" title={t("itemsHeading")}>
        <ItemStateTable
          caption={t.rich("itemsCaption", { name: bureau.name, count: items.length, ja })}
          items={items}
          labels={labels}
        />
        <p>
          <Link href={`/items?bureau=${code}`} className="text-key-900 underline underline-offset-4">
            {t("itemsLink")}
          </Link>
        </p>
      </Section>
      <AxisSections idPrefix="dept" rollup={bureau} labels={labels} />
      <FreshnessSection
        id="dept-freshness"
        period={summary.period}
        periods={summary.periods}
        overall={bureau}
        bureaus={null}
        sections={sections}
        labels={labels}
      />
      <KpiSection id="dept-kpi" rollup={bureau} items={items} />
      <MethodSection id="dept-method" />
      <DashboardLink suffix={suffix} />
    </div>
  );
}
