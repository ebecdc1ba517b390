import { getTranslations } from "next-intl/server";
import { headingClass } from "@/components/ui/heading";
import { ja } from "@/components/ui/ja";
import { PageHeader } from "@/components/ui/page-header";
import { listComments } from "@/lib/content/list-comments";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;

export const generateMetadata = titleFromCatalog("comments");

export default async function CommentsPage({ params }: PageProps<"/[locale]/comments">) {
  await enterLocale(params);
  const [t, comments] = await Promise.all([getTranslations("comments"), listComments()]);
  const topics = [...new Set(comments.map((c) => c.topic))];
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />
      {topics.map((topic) => (
        <section key={topic} aria-labelledby={`topic-${topic}`} className="flex flex-col gap-4">
          <h2 id={`topic-${topic}`} className={headingClass.section}>
            {t.rich("topicHeading", { topic, ja })}
          </h2>
          <p>{t("count", { count: comments.filter((c) => c.topic === topic).length })}</p>
          <ol className="flex flex-col gap-6">
            {comments
              .filter((c) => c.topic === topic)
              .map((c) => (
                <li key={c.number} className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4">
                  <h3 className={headingClass.minor}>
                    {t.rich("commentHeading", { number: c.number, age: c.ageGroup, ja })}
                  </h3>
                  <div className="flex flex-col gap-2">
                    <p className="font-bold">{t("opinion")}</p>
                    {c.opinion.map((p, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text, never reordered
                      <p key={i} lang="ja">
                        {p}
                      </p>
                    ))}
                  </div>
                  <div className="flex flex-col gap-2 border-l-4 border-key-900 bg-key-50 p-3">
                    <p className="font-bold">{t("response")}</p>
                    {c.response.map((p, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text, never reordered
                      <p key={i} lang="ja">
                        {p}
                      </p>
                    ))}
                  </div>
                </li>
              ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
