import { getTranslations } from "next-intl/server";
import type { OpinionEntry } from "@/lib/council/opinions";
import { currentLocale } from "@/lib/i18n/page-locale";
import { formatDateTime } from "@/lib/wareki";

/** Who wrote an opinion and when it was written and published, as the council and the secretariat see it. */
export async function OpinionMeta({ opinion }: { opinion: OpinionEntry }) {
  const [t, locale] = await Promise.all([getTranslations("opinions"), currentLocale()]);
  return (
    <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[8rem_1fr]">
      <div className="contents">
        <dt className="font-bold">{t("list.author")}</dt>
        <dd>{opinion.authorName ?? t("list.unknown")}</dd>
      </div>
      <div className="contents">
        <dt className="font-bold">{t("list.createdAt")}</dt>
        <dd>{formatDateTime(opinion.createdAt, locale)}</dd>
      </div>
      {opinion.publishedAt && (
        <div className="contents">
          <dt className="font-bold">{t("list.publishedAt")}</dt>
          <dd>{formatDateTime(opinion.publishedAt, locale)}</dd>
        </div>
      )}
    </dl>
  );
}
