import { getTranslations } from "next-intl/server";
import { OpinionForm } from "@/components/council/opinion-form";
import { getOpinionLabels, OpinionCard } from "@/components/staff/opinion-card";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { listOpinionPeriods, listOpinionsForCouncil } from "@/lib/council/opinions";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { listItems } from "@/lib/items/list-items";
import { read, readPage } from "@/lib/read/page-data";
import { parseId } from "@/lib/validation/ids";
import { formatDateTime } from "@/lib/wareki";

export const generateMetadata = titleFromCatalog("opinions");

export default async function CouncilOpinionsPage({ params, searchParams }: PageProps<"/[locale]/council/opinions">) {
  const locale = await enterLocale(params);
  const opinions = await readPage("/council/opinions", listOpinionsForCouncil);
  const [t, { periodLabel, targetText }, periods, actor, items] = await Promise.all([
    getTranslations("opinions"),
    getOpinionLabels(),
    read(listOpinionPeriods),
    getActor(),
    listItems(),
  ]);
  const writes = can(actor, "opinion.write");
  // ?item=44 preselects an item, so other council pages can link straight to an opinion on it.
  const defaultItemNumber = parseId((await searchParams).item) ?? undefined;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      {writes ? (
        <Section headingId="opinion-form-heading" title={t("form.heading")}>
          <OpinionForm
            periods={periods.map((p) => ({ id: p.id, label: periodLabel(p.fiscalYear, p.term), open: p.open }))}
            items={items.map(({ number, title }) => ({ number, title }))}
            defaultItemNumber={defaultItemNumber}
          />
        </Section>
      ) : (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
          {t("adminNote")}{" "}
          <Link href="/staff/opinions" className="text-key-900 underline underline-offset-4">
            {t("adminLink")}
          </Link>
        </p>
      )}

      <Section
        headingId="opinion-list-heading"
        title={t("list.heading", { count: opinions.length })}
        lead={t("list.lead")}
      >
        {opinions.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("list.empty")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {opinions.map((o) => (
              <OpinionCard
                key={o.id}
                opinion={o}
                title={targetText(o.target)}
                marker={o.mine && <span className="text-sm font-bold text-key-1000">{t("list.mine")}</span>}
              >
                <p className="whitespace-pre-wrap">{o.body}</p>
                <div className="border-l-4 border-key-900 pl-3">
                  <p className="font-bold">{t("list.response")}</p>
                  {o.response ? (
                    <>
                      <p className="whitespace-pre-wrap">{o.response}</p>
                      {o.respondedAt && (
                        <p className="text-sm text-solid-gray-800">
                          {t("list.respondedAtValue", { date: formatDateTime(o.respondedAt, locale) })}
                        </p>
                      )}
                    </>
                  ) : (
                    <p>{t("list.noResponse")}</p>
                  )}
                </div>
                {o.state === "published" && o.target.kind === "item" && (
                  <p>
                    <Link href={`/items/${o.target.number}`} className="text-key-900 underline underline-offset-4">
                      {t("list.publicPage", { number: o.target.number })}
                    </Link>
                  </p>
                )}
              </OpinionCard>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
