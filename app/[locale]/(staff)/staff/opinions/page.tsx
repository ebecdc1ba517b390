import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AnswerOpinionForm, OpinionWorkspace, PublishOpinionForm } from "@/components/council/opinion-answer-forms";
import { getOpinionLabels, OpinionCard } from "@/components/staff/opinion-card";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { listOpinionQueue, type OpinionEntry } from "@/lib/council/opinions";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { readPage } from "@/lib/read/page-data";
import { formatDateTime } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("opinions.staff");

/** The queue's three lists, in the order of the work: to answer, to publish, done. */
const QUEUE_SECTIONS = [
  { state: "submitted", headingId: "submitted-opinions-heading", heading: "submittedHeading", empty: "noSubmitted" },
  { state: "answered", headingId: "answered-opinions-heading", heading: "answeredHeading", empty: "noAnswered" },
  { state: "published", headingId: "published-opinions-heading", heading: "publishedHeading", empty: "noPublished" },
] as const;

export default async function StaffOpinionsPage({ params }: PageProps<"/[locale]/staff/opinions">) {
  const locale = await enterLocale(params);
  const queue = await readPage("/staff/opinions", listOpinionQueue);
  const [t, { targetText }] = await Promise.all([getTranslations("opinions"), getOpinionLabels()]);
  const labelOf = (o: OpinionEntry) => t("staff.opinionOf", { id: o.id, target: targetText(o.target) });

  /** What the secretariat can do with an opinion in each list. */
  const actionsFor = (o: OpinionEntry): ReactNode => {
    if (o.state === "submitted") {
      return <AnswerOpinionForm opinionId={o.id} respondedAt={null} response={null} target={labelOf(o)} />;
    }
    if (o.state === "answered") {
      return (
        <div className="flex flex-col gap-4">
          <AnswerOpinionForm opinionId={o.id} respondedAt={o.respondedAt} response={o.response} target={labelOf(o)} />
          <PublishOpinionForm opinionId={o.id} respondedAt={o.respondedAt!} target={labelOf(o)} />
        </div>
      );
    }
    return null;
  };

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("staff.title")} lead={t("staff.lead")} />

      <OpinionWorkspace reloadHref={getPathname({ href: "/staff/opinions", locale })}>
        {QUEUE_SECTIONS.map(({ state, headingId, heading, empty }) => (
          <Section key={state} headingId={headingId} title={t(`staff.${heading}`, { count: queue[state].length })}>
            {queue[state].length === 0 ? (
              <p>{t(`staff.${empty}`)}</p>
            ) : (
              <ul className="flex flex-col gap-6">
                {queue[state].map((o) => (
                  <OpinionCard
                    key={o.id}
                    opinion={o}
                    title={
                      o.target.kind === "item" ? (
                        <Link href={`/items/${o.target.number}`} className="text-key-900 underline underline-offset-4">
                          {targetText(o.target)}
                        </Link>
                      ) : (
                        targetText(o.target)
                      )
                    }
                  >
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
                          ? t("list.respondedAtBy", {
                              date: formatDateTime(o.respondedAt, locale),
                              name: o.respondedByName,
                            })
                          : t("list.respondedAtValue", { date: formatDateTime(o.respondedAt, locale) })}
                      </p>
                    )}
                    {actionsFor(o)}
                  </OpinionCard>
                ))}
              </ul>
            )}
          </Section>
        ))}
      </OpinionWorkspace>
    </div>
  );
}
