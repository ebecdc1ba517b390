import { getTranslations } from "next-intl/server";
import { headingClass } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { currentLocale } from "@/lib/i18n/page-locale";
import { messageOr } from "@/lib/i18n/runtime-key";
import { getItemVoiceCounts, listPublishedVoices } from "@/lib/voices/public-voices";
import { voiceAnchor } from "@/lib/voices/vocabulary";
import { formatDate } from "@/lib/wareki";
import { VoiceForm } from "./voice-form";

/** The section's heading id: the council's opinion section links citizens here. */
export const ITEM_VOICES_HEADING_ID = "voices-heading";

/**
 * 「この取組へのご意見・ご質問」 on an item's public page: the counts, the published voices with the
 * city's answers (newest publication first), and the form to send one. The voices are read through
 * the data cache under the item's tag, so a publication shows at once on this cached page.
 */
export async function ItemVoices({ itemNumber }: { itemNumber: number }) {
  const [t, ta, voices, counts, locale] = await Promise.all([
    getTranslations("voices.public"),
    getTranslations("voices.ageGroups"),
    listPublishedVoices({ itemNumber }),
    getItemVoiceCounts(itemNumber),
    currentLocale(),
  ]);
  return (
    <Section headingId={ITEM_VOICES_HEADING_ID} title={t("heading")} lead={t("lead")}>
      <p className="font-bold">{t("counts", { received: counts.received, answered: counts.answered })}</p>
      {voices.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-4">
          {voices.map((v) => {
            const age = v.ageGroup && messageOr(ta, v.ageGroup, v.ageGroup);
            return (
              <li
                key={v.id}
                id={voiceAnchor(v.reference)}
                className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4"
              >
                <h3 className={headingClass.minor}>{t("reference", { reference: v.reference })}</h3>
                {(age || v.name) && (
                  <p className="text-sm text-solid-gray-800">
                    {age}
                    {age && v.name && t("separator")}
                    {v.name && <span lang="ja">{v.name}</span>}
                  </p>
                )}
                <dl className="flex flex-col gap-2">
                  <div>
                    <dt className="text-sm font-bold text-solid-gray-800">{t("voice")}</dt>
                    {/* Plain text as written (contacts masked): white space kept, nothing turned into a link. */}
                    <dd lang="ja" className="whitespace-pre-wrap break-words">
                      {v.body}
                    </dd>
                  </div>
                  <div className="border-l-4 border-key-900 pl-3">
                    <dt className="text-sm font-bold text-solid-gray-800">
                      {t("answer")}
                      <span className="ml-2 font-normal">
                        {t("answeredOn", { date: formatDate(v.answeredAt, locale) })}
                      </span>
                    </dt>
                    <dd lang="ja" className="whitespace-pre-wrap break-words">
                      {v.answer}
                    </dd>
                  </div>
                </dl>
                <p className="text-sm text-solid-gray-800">
                  {t("dates", {
                    received: formatDate(v.createdAt, locale),
                    published: formatDate(v.publishedAt, locale),
                  })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <div className="no-print">
        <VoiceForm itemNumber={itemNumber} />
      </div>
    </Section>
  );
}
