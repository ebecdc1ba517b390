import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/items/status-badge";
import { StatusBreakdown } from "@/components/progress/status-breakdown";
import { headingClass } from "@/components/ui/heading";
import { Ja, ja } from "@/components/ui/ja";
import { Section } from "@/components/ui/section";
import { getVision } from "@/lib/content/get-vision";
import { feedAlternate } from "@/lib/feeds/subject";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale } from "@/lib/i18n/page-locale";
import { listItems } from "@/lib/items/list-items";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { rollup } from "@/lib/rollup/rollup";
import { formatDate, formatFiscalRangeIn } from "@/lib/wareki";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;

export async function generateMetadata(): Promise<Metadata> {
  return { alternates: { types: feedAlternate({ kind: "all" }, await getMunicipality()) } };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = await enterLocale(params);
  const [t, tOpen, items, vision, municipality] = await Promise.all([
    getTranslations("home"),
    getTranslations("opendata"),
    listItems(),
    getVision(),
    getMunicipality(),
  ]);
  const overall = rollup(items);
  const latest = items
    .filter((i) => i.asOf)
    .sort((a, b) => b.asOf!.localeCompare(a.asOf!))
    .slice(0, 5);
  const { statement } = vision;
  const unclassified = items.filter((i) => !i.area).length;
  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="vision-heading" className="rounded-16 bg-key-900 p-6 text-white sm:p-10">
        <p className="text-base">
          {statement ? t.rich("visionLabel", { vision: statement.name, ja }) : <Ja>{municipality.name}</Ja>}
        </p>
        <h1 id="vision-heading" lang="ja" className="mt-2 text-3xl font-bold leading-tight sm:text-4xl">
          {statement?.goal ?? municipality.planName}
        </h1>
        <p className="mt-4">
          {t("lead", {
            range: formatFiscalRangeIn(municipality.startFiscalYear, municipality.endFiscalYear, locale),
            count: items.length,
          })}
        </p>
        <Link href="/vision" className="mt-4 inline-block font-bold text-white underline underline-offset-4">
          {statement ? t("visionLink") : t("structureLink")}
        </Link>
      </section>

      <Section headingId="overall-heading" title={t("overallHeading")} className="flex flex-col gap-3">
        <StatusBreakdown rollup={overall} label={t("overallLabel", { count: overall.items })} />
      </Section>

      <Section headingId="areas-heading" title={t("areasHeading")}>
        <ul className="grid gap-4 md:grid-cols-2">
          {vision.areas.map((area) => {
            const areaItems = items.filter((i) => i.area === area.name);
            const r = rollup(areaItems);
            return (
              <li key={area.name} className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4">
                <h3 className={headingClass.subsection}>
                  <Link
                    href={`/items?area=${encodeURIComponent(area.name)}`}
                    className="text-key-900 underline underline-offset-4"
                  >
                    <Ja>{area.name}</Ja>
                  </Link>
                </h3>
                <p>{t("areaItems", { count: r.items })}</p>
                <p lang="ja" className="text-sm">
                  {area.directions.map((d) => d.name).join("・")}
                </p>
                <StatusBreakdown rollup={r} label={t.rich("areaLabel", { area: area.name, count: r.items, ja })} />
              </li>
            );
          })}
        </ul>
        {unclassified > 0 && <p className="text-sm">{t("unclassifiedNote", { count: unclassified })}</p>}
      </Section>

      <Section headingId="latest-heading" title={t("latestHeading")} className="flex flex-col gap-3">
        {latest.length === 0 ? (
          <p>{t("noUpdates")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {latest.map((item) => (
              <li key={item.number} className="flex flex-wrap items-center gap-2">
                <span>{formatDate(item.asOf!, locale)}</span>
                <Link href={`/items/${item.number}`} className="text-key-900 underline underline-offset-4">
                  No.{item.number} <Ja>{item.title}</Ja>
                </Link>
                <StatusBadge status={item.status} />
              </li>
            ))}
          </ul>
        )}
        <Link href="/items" className="font-bold text-key-900 underline underline-offset-4">
          {t("allItems")}
        </Link>
      </Section>

      <Section
        headingId="opendata-heading"
        title={tOpen("homeHeading")}
        lead={tOpen("homeBody")}
        className="flex flex-col gap-3"
      >
        <Link href="/opendata" className="font-bold text-key-900 underline underline-offset-4">
          {tOpen("homeLink")}
        </Link>
      </Section>
    </div>
  );
}
