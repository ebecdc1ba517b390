import { getTranslations } from "next-intl/server";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { OpinionForm } from "@/components/council/opinion-form";
import { OpinionMeta } from "@/components/council/opinion-meta";
import { OpinionStateBadge } from "@/components/council/opinion-state-badge";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/policy";
import { getActor } from "@/lib/auth/session";
import { listOpinionPeriods, listOpinionsForCouncil, type OpinionTarget } from "@/lib/council/opinions";
import type { PeriodTerm } from "@/lib/generated/prisma/enums";
import { Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { read, readPage } from "@/lib/read/page-data";
import { formatFiscalYear, formatJapaneseDateTime } from "@/lib/wareki";

export const generateMetadata = titleFromCatalog("opinions");

export default async function CouncilOpinionsPage({ params, searchParams }: PageProps<"/[locale]/council/opinions">) {
  await enterLocale(params);
  const listed = await readPage("/council/opinions", listOpinionsForCouncil);
  if (!listed.ok) return <ForbiddenNotice />;
  const opinions = listed.data;
  const [t, tt, periods, actor] = await Promise.all([
    getTranslations("opinions"),
    getTranslations("term"),
    read(listOpinionPeriods),
    getActor(),
  ]);
  const writes = can(actor, "opinion.write");
  const periodLabel = (fiscalYear: number, term: PeriodTerm) => `${formatFiscalYear(fiscalYear)} ${tt(term)}`;
  const targetText = (target: OpinionTarget) =>
    target.kind === "item"
      ? t("target.item", { number: target.number, title: target.title })
      : t("target.period", { period: periodLabel(target.fiscalYear, target.term) });
  // ?item=44 preselects an item, so other council pages can link straight to an opinion on it.
  const requested = Number((await searchParams).item);
  const defaultItemNumber = Number.isInteger(requested) && requested > 0 ? requested : undefined;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      {writes ? (
        <section aria-labelledby="opinion-form-heading" className="flex flex-col gap-4">
          <h2 id="opinion-form-heading" className={headingClass.section}>
            {t("form.heading")}
          </h2>
          <OpinionForm
            periods={periods.map((p) => ({ id: p.id, label: periodLabel(p.fiscalYear, p.term), open: p.open }))}
            defaultItemNumber={defaultItemNumber}
          />
        </section>
      ) : (
        <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
          {t("adminNote")}{" "}
          <Link href="/staff/opinions" className="text-key-900 underline underline-offset-4">
            {t("adminLink")}
          </Link>
        </p>
      )}

      <section aria-labelledby="opinion-list-heading" className="flex flex-col gap-4">
        <h2 id="opinion-list-heading" className={headingClass.section}>
          {t("list.heading", { count: opinions.length })}
        </h2>
        <p>{t("list.lead")}</p>
        {opinions.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("list.empty")}</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {opinions.map((o) => {
              const headingId = `opinion-${o.id}-heading`;
              return (
                <li key={o.id}>
                  <article
                    aria-labelledby={headingId}
                    className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4"
                  >
                    <div className="flex flex-wrap items-center gap-3">
                      <h3 id={headingId} className={headingClass.subsection}>
                        {targetText(o.target)}
                      </h3>
                      <OpinionStateBadge state={o.state} />
                      {o.mine && <span className="text-sm font-bold text-key-1000">{t("list.mine")}</span>}
                    </div>
                    <OpinionMeta opinion={o} />
                    <p className="whitespace-pre-wrap">{o.body}</p>
                    <div className="border-l-4 border-key-900 pl-3">
                      <p className="font-bold">{t("list.response")}</p>
                      {o.response ? (
                        <>
                          <p className="whitespace-pre-wrap">{o.response}</p>
                          {o.respondedAt && (
                            <p className="text-sm text-solid-gray-800">
                              {t("list.respondedAtValue", { date: formatJapaneseDateTime(o.respondedAt) })}
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
                  </article>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
