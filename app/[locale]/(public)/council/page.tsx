import { getTranslations } from "next-intl/server";
import { PublishedOpinions } from "@/components/council/published-opinions";
import { BulletList } from "@/components/public/bullet-list";
import { DefinitionList } from "@/components/public/definition-list";
import { headingClass } from "@/components/ui/heading";
import { Ja, ja } from "@/components/ui/ja";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { listMeetings } from "@/lib/content/list-meetings";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { formatDate } from "@/lib/wareki";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;

export const generateMetadata = titleFromCatalog("council");

export default async function CouncilPage({ params }: PageProps<"/[locale]/council">) {
  const locale = await enterLocale(params);
  const [t, meetings] = await Promise.all([getTranslations("council"), listMeetings()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {meetings.map((m, mi) => (
        <Section key={m.name} headingId={`meeting-${mi}`} title={<Ja>{m.name}</Ja>}>
          <DefinitionList
            className="gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]"
            items={[
              {
                label: t("heldOn"),
                value: (
                  <>
                    {formatDate(m.heldOn, locale)}
                    <Ja>（{m.heldAtText}）</Ja>
                  </>
                ),
              },
              { label: t("place"), value: <Ja>{m.place}</Ja> },
              { label: t("attendees"), value: <Ja>{m.attendees.join("、")}</Ja> },
              { label: t("absentees"), value: m.absentees.length ? <Ja>{m.absentees.join("、")}</Ja> : t("none") },
              { label: t("secretariat"), value: <Ja>{m.secretariat}</Ja> },
              {
                label: t("disclosure"),
                value: t.rich("disclosureValue", { disclosure: m.disclosure, observers: m.observers, ja }),
              },
            ]}
          />
          <h3 className={headingClass.subsection}>{t("agenda")}</h3>
          <ol className="flex flex-col gap-4">
            {m.agenda.map((a) => (
              <li key={a.title} className="flex flex-col gap-2">
                <p lang="ja" className="font-bold">
                  {a.title}
                </p>
                {a.opinions.length > 0 && (
                  <div className="rounded-8 border border-solid-gray-420 p-3">
                    <p className="text-sm font-bold">{t("opinions")}</p>
                    <BulletList lines={a.opinions} className="mt-1" lang="ja" />
                  </div>
                )}
              </li>
            ))}
          </ol>
          <h3 className={headingClass.subsection}>{t("materials")}</h3>
          <BulletList lines={m.materials} ordered lang="ja" />
        </Section>
      ))}
      <PublishedOpinions />
    </div>
  );
}
