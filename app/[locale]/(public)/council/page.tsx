import { getTranslations } from "next-intl/server";
import { PublishedOpinions } from "@/components/council/published-opinions";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { listMeetings } from "@/lib/content/list-meetings";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { formatJapaneseDate } from "@/lib/wareki";

export const revalidate = 3600;

export const generateMetadata = titleFromCatalog("council");

export default async function CouncilPage({ params }: PageProps<"/[locale]/council">) {
  await enterLocale(params);
  const [t, meetings] = await Promise.all([getTranslations("council"), listMeetings()]);
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {meetings.map((m, mi) => (
        <section key={m.name} aria-labelledby={`meeting-${mi}`} className="flex flex-col gap-4">
          <h2 id={`meeting-${mi}`} className={headingClass.section}>
            {m.name}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
            <div className="contents">
              <dt className="font-bold">{t("heldOn")}</dt>
              <dd>
                {formatJapaneseDate(m.heldOn)}（{m.heldAtText}）
              </dd>
            </div>
            <div className="contents">
              <dt className="font-bold">{t("place")}</dt>
              <dd>{m.place}</dd>
            </div>
            <div className="contents">
              <dt className="font-bold">{t("attendees")}</dt>
              <dd>{m.attendees.join("、")}</dd>
            </div>
            <div className="contents">
              <dt className="font-bold">{t("absentees")}</dt>
              <dd>{m.absentees.length ? m.absentees.join("、") : t("none")}</dd>
            </div>
            <div className="contents">
              <dt className="font-bold">{t("secretariat")}</dt>
              <dd>{m.secretariat}</dd>
            </div>
            <div className="contents">
              <dt className="font-bold">{t("disclosure")}</dt>
              <dd>{t("disclosureValue", { disclosure: m.disclosure, observers: m.observers })}</dd>
            </div>
          </dl>
          <h3 className={headingClass.subsection}>{t("agenda")}</h3>
          <ol className="flex flex-col gap-4">
            {m.agenda.map((a) => (
              <li key={a.title} className="flex flex-col gap-2">
                <p className="font-bold">{a.title}</p>
                {a.opinions.length > 0 && (
                  <div className="rounded-8 border border-solid-gray-420 p-3">
                    <p className="text-sm font-bold">{t("opinions")}</p>
                    <ul className="mt-1 list-disc pl-6">
                      {a.opinions.map((o) => (
                        <li key={o}>{o}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ol>
          <h3 className={headingClass.subsection}>{t("materials")}</h3>
          <ol className="list-decimal pl-6">
            {m.materials.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ol>
        </section>
      ))}
      <PublishedOpinions />
    </div>
  );
}
