import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ForbiddenNotice } from "@/components/auth/forbidden-notice";
import { AnswerOpinionForm, OpinionWorkspace, PublishOpinionForm } from "@/components/council/opinion-answer-forms";
import { OpinionMeta } from "@/components/council/opinion-meta";
import { OpinionStateBadge } from "@/components/council/opinion-state-badge";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { listOpinionQueue, type OpinionEntry, type OpinionTarget } from "@/lib/council/opinions";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { readPage } from "@/lib/read/page-data";
import { formatFiscalYear, formatJapaneseDateTime } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("opinions.staff");

export default async function StaffOpinionsPage({ params }: PageProps<"/[locale]/staff/opinions">) {
  const locale = await enterLocale(params);
  const listed = await readPage("/staff/opinions", listOpinionQueue);
  if (!listed.ok) return <ForbiddenNotice />;
  const queue = listed.data;
  const [t, tt] = await Promise.all([getTranslations("opinions"), getTranslations("term")]);
  const targetText = (target: OpinionTarget) =>
    target.kind === "item"
      ? t("target.item", { number: target.number, title: target.title })
      : t("target.period", { period: `${formatFiscalYear(target.fiscalYear)} ${tt(target.term)}` });
  const labelOf = (o: OpinionEntry) => t("staff.opinionOf", { id: o.id, target: targetText(o.target) });

  /** One opinion as a card: what it is on, who wrote it when, the text, and the current answer. */
  const card = (o: OpinionEntry, actions: ReactNode) => {
    const headingId = `opinion-${o.id}-heading`;
    return (
      <li key={o.id}>
        <article
          aria-labelledby={headingId}
          className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4"
        >
          <div className="flex flex-wrap items-center gap-3">
            <h3 id={headingId} className={headingClass.subsection}>
              {o.target.kind === "item" ? (
                <Link href={`/items/${o.target.number}`} className="text-key-900 underline underline-offset-4">
                  {targetText(o.target)}
                </Link>
              ) : (
                targetText(o.target)
              )}
            </h3>
            <OpinionStateBadge state={o.state} />
          </div>
          <OpinionMeta opinion={o} />
          <p className="whitespace-pre-wrap rounded-8 bg-solid-gray-50 p-3">{o.body}</p>
          {o.response && o.state === "published" && (
            <div className="border-l-4 border-key-900 pl-3">
              <p className="font-bold">{t("list.response")}</p>
              <p className="whitespace-pre-wrap">{o.response}</p>
            </div>
          )}
          {o.respondedAt && (
            <p className="text-sm text-solid-gray-800">
              {o.respondedByName
                ? t("list.respondedAtBy", { date: formatJapaneseDateTime(o.respondedAt), name: o.respondedByName })
                : t("list.respondedAtValue", { date: formatJapaneseDateTime(o.respondedAt) })}
            </p>
          )}
          {actions}
        </article>
      </li>
    );
  };

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("staff.title")} lead={t("staff.lead")} />

      <OpinionWorkspace reloadHref={getPathname({ href: "/staff/opinions", locale })}>
        <section aria-labelledby="submitted-opinions-heading" className="flex flex-col gap-4">
          <h2 id="submitted-opinions-heading" className={headingClass.section}>
            {t("staff.submittedHeading", { count: queue.submitted.length })}
          </h2>
          {queue.submitted.length === 0 ? (
            <p>{t("staff.noSubmitted")}</p>
          ) : (
            <ul className="flex flex-col gap-6">
              {queue.submitted.map((o) =>
                card(o, <AnswerOpinionForm opinionId={o.id} respondedAt={null} response={null} target={labelOf(o)} />),
              )}
            </ul>
          )}
        </section>

        <section aria-labelledby="answered-opinions-heading" className="flex flex-col gap-4">
          <h2 id="answered-opinions-heading" className={headingClass.section}>
            {t("staff.answeredHeading", { count: queue.answered.length })}
          </h2>
          {queue.answered.length === 0 ? (
            <p>{t("staff.noAnswered")}</p>
          ) : (
            <ul className="flex flex-col gap-6">
              {queue.answered.map((o) =>
                card(
                  o,
                  <div className="flex flex-col gap-4">
                    <AnswerOpinionForm
                      opinionId={o.id}
                      respondedAt={o.respondedAt}
                      response={o.response}
                      target={labelOf(o)}
                    />
                    <PublishOpinionForm opinionId={o.id} respondedAt={o.respondedAt!} target={labelOf(o)} />
                  </div>,
                ),
              )}
            </ul>
          )}
        </section>

        <section aria-labelledby="published-opinions-heading" className="flex flex-col gap-4">
          <h2 id="published-opinions-heading" className={headingClass.section}>
            {t("staff.publishedHeading", { count: queue.published.length })}
          </h2>
          {queue.published.length === 0 ? (
            <p>{t("staff.noPublished")}</p>
          ) : (
            <ul className="flex flex-col gap-6">{queue.published.map((o) => card(o, null))}</ul>
          )}
        </section>
      </OpinionWorkspace>
    </div>
  );
}
