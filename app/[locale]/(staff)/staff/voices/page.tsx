import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { sectionOptionGroups } from "@/components/forms/form-fields";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { FactList } from "@/components/ui/staff-fact-list";
import { VoiceActionForm, VoiceWorkspace } from "@/components/voices/voice-action-form";
import { VoiceStateBadge } from "@/components/voices/voice-state-badge";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import { messageOr } from "@/lib/i18n/runtime-key";
import { readPage } from "@/lib/read/page-data";
import { readVoicePage } from "@/lib/voices/voice-page";
import { type VoiceEntry, voiceFilterSchema } from "@/lib/voices/voices";
import { formatDateTime } from "@/lib/wareki";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("voiceStaff");

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * 市民の声: the secretariat screens every voice (回付, 不掲載, 公開) and may answer; a section's
 * editor answers the voices forwarded to their items. The filter is a GET form, so a view is a link.
 */
export default async function StaffVoicesPage({ params, searchParams }: PageProps<"/[locale]/staff/voices">) {
  const locale = await enterLocale(params);
  const query = await searchParams;
  const filter = voiceFilterSchema.parse({
    state: first(query.state),
    item: first(query.item),
    section: first(query.section),
  });
  const page = await readPage("/staff/voices", readVoicePage, filter);
  const [t, ts, ta] = await Promise.all([
    getTranslations("voiceStaff"),
    getTranslations("voiceStaff.states"),
    getTranslations("voices.ageGroups"),
  ]);
  const path = getPathname({ href: "/staff/voices", locale });
  const place = {
    ...(filter.item ? { item: String(filter.item) } : {}),
    ...(filter.section ? { section: String(filter.section) } : {}),
  };
  const reloadHref = getPathname({
    href: { pathname: "/staff/voices", query: { ...place, ...(filter.state ? { state: filter.state } : {}) } },
    locale,
  });
  const total = page.states.reduce((n, state) => n + page.counts[state], 0);
  const date = (iso: string) => <time dateTime={iso}>{formatDateTime(iso, locale)}</time>;
  const targetOf = (v: VoiceEntry) => t("list.voiceOf", { reference: v.reference, number: v.item.number });

  /** What this reader may do with a voice now, under its text. */
  const actionsFor = (v: VoiceEntry): ReactNode => {
    const target = targetOf(v);
    const common = { voiceId: v.id, version: v.version, target };
    const parts: ReactNode[] = [];
    if (v.canModerate && v.state === "received") {
      parts.push(<VoiceActionForm key="forward" kind="forward" {...common} />);
    }
    if (v.canAnswer) {
      parts.push(
        <VoiceActionForm
          key="answer"
          kind="answer"
          {...common}
          current={v.answer}
          hint={v.state === "received" ? t("actions.answerDirectHint") : undefined}
        />,
      );
    }
    if (v.canModerate && v.state === "answered") {
      parts.push(
        v.mayPublish ? (
          <VoiceActionForm key="publish" kind="publish" {...common} />
        ) : (
          <p key="publish" className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-3">
            {t("actions.notPublishable")}
          </p>
        ),
      );
    }
    if (v.canModerate && (v.state === "received" || v.state === "forwarded" || v.state === "answered")) {
      parts.push(
        <details key="reject" className="rounded-8 border border-solid-gray-420 p-3">
          <summary className="cursor-pointer font-bold text-key-900 underline underline-offset-4">
            {t("actions.reject")}
            <span className="sr-only">（{target}）</span>
          </summary>
          <div className="mt-3">
            <VoiceActionForm kind="reject" {...common} />
          </div>
        </details>,
      );
    }
    return parts.length > 0 ? (
      <div className="flex flex-col gap-4 border-t border-solid-gray-420 pt-4">{parts}</div>
    ) : null;
  };

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={page.moderator ? t("lead") : t("leadEditor")} />

      <Section headingId="voice-counts-heading" title={t("counts.heading")}>
        <ul className="flex flex-wrap gap-3">
          {[undefined, ...page.states].map((state) => {
            const current = filter.state === state;
            return (
              <li key={state ?? "all"}>
                <Link
                  href={{ pathname: "/staff/voices", query: { ...place, ...(state ? { state } : {}) } }}
                  aria-current={current ? "true" : undefined}
                  className={`flex min-h-11 items-center gap-2 rounded-8 border px-3 py-2 underline-offset-4 hover:underline ${
                    current ? "border-2 border-key-900 bg-key-50 font-bold" : "border-solid-gray-420 text-key-900"
                  }`}
                >
                  <span>{state ? ts(state) : t("counts.total")}</span>
                  <span className="font-bold">{t("counts.value", { count: state ? page.counts[state] : total })}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      </Section>

      <FilterForm action={path} label={t("filter.label")} applyLabel={t("filter.apply")} clearLabel={t("filter.clear")}>
        <div className="grid gap-4 sm:grid-cols-3">
          <FilterSelect
            name="state"
            label={t("filter.state")}
            anyLabel={t("filter.any")}
            value={filter.state ?? ""}
            options={page.states.map((state) => ({ value: state, label: ts(state) }))}
          />
          <FilterSelect
            name="item"
            label={t("filter.item")}
            anyLabel={t("filter.any")}
            value={filter.item ? String(filter.item) : ""}
            options={page.items.map((i) => ({
              value: String(i.number),
              label: `No.${i.number} ${i.title}`,
              lang: "ja",
            }))}
          />
          <FilterSelect
            name="section"
            label={t("filter.section")}
            anyLabel={t("filter.any")}
            value={filter.section ? String(filter.section) : ""}
            groups={sectionOptionGroups(page.sectionGroups).map((g) => ({ ...g, lang: "ja" }))}
          />
        </div>
      </FilterForm>

      <Section headingId="voice-list-heading" title={t("list.heading", { count: page.voices.length })}>
        {/* Around the empty list too: the outcome of the last voice handled stays when the list empties. */}
        <VoiceWorkspace reloadHref={reloadHref}>
          {page.voices.length === 0 ? (
            <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("list.empty")}</p>
          ) : (
            <ul className="flex flex-col gap-6">
              {page.voices.map((v) => {
                const headingId = `voice-${v.id}-heading`;
                return (
                  <li key={v.id}>
                    <article
                      aria-labelledby={headingId}
                      className="flex min-w-0 flex-col gap-4 rounded-12 border border-solid-gray-420 p-4"
                    >
                      <div className="flex flex-wrap items-center gap-3">
                        <h3 id={headingId} className={headingClass.subsection}>
                          <span className="sr-only">{t("card.reference")} </span>
                          {v.reference}
                        </h3>
                        <VoiceStateBadge state={v.state} />
                      </div>
                      <FactList
                        facts={[
                          {
                            key: "item",
                            term: t("card.item"),
                            value: (
                              <Link
                                href={`/items/${v.item.number}`}
                                lang="ja"
                                className="text-key-900 underline underline-offset-4"
                              >
                                No.{v.item.number} {v.item.title}
                              </Link>
                            ),
                          },
                          {
                            key: "section",
                            term: t("card.section"),
                            value: v.item.section ?? t("card.noSection"),
                          },
                          { key: "received", term: t("card.receivedAt"), value: date(v.createdAt) },
                          v.forwardedAt !== null && {
                            key: "forwarded",
                            term: t("card.forwardedAt"),
                            value: date(v.forwardedAt),
                          },
                          {
                            key: "age",
                            term: t("card.ageGroup"),
                            value: v.ageGroup ? messageOr(ta, v.ageGroup, v.ageGroup) : t("card.notGiven"),
                          },
                          { key: "name", term: t("card.name"), value: v.name ?? t("card.notGiven") },
                          {
                            key: "publishing",
                            term: t("card.publishing"),
                            value: `${v.mayPublish ? t("card.mayPublish") : t("card.mayNotPublish")}／${
                              v.nameMayPublish ? t("card.nameMayPublish") : t("card.nameMayNotPublish")
                            }`,
                          },
                          v.publishedAt !== null && {
                            key: "published",
                            term: t("card.publishedAt"),
                            value: date(v.publishedAt),
                          },
                        ]}
                      />
                      <div className="flex flex-col gap-1">
                        <p className="font-bold">{t("card.body")}</p>
                        <p className="whitespace-pre-wrap break-words rounded-8 bg-solid-gray-50 p-3">{v.body}</p>
                      </div>
                      {v.answer && !v.canAnswer && (
                        <div className="flex flex-col gap-1 border-l-4 border-key-900 pl-3">
                          <p className="font-bold">{t("card.answer")}</p>
                          <p className="whitespace-pre-wrap break-words">{v.answer}</p>
                        </div>
                      )}
                      {v.answeredAt && (
                        <p className="text-sm text-solid-gray-800">
                          {t("card.answer")}：
                          {v.answeredByName
                            ? t("card.answeredAtBy", {
                                date: formatDateTime(v.answeredAt, locale),
                                name: v.answeredByName,
                              })
                            : t("card.answeredAt", { date: formatDateTime(v.answeredAt, locale) })}
                        </p>
                      )}
                      {v.state === "rejected" && v.rejectReason && (
                        <div className="flex flex-col gap-1 border-l-4 border-solid-gray-600 pl-3">
                          <p className="font-bold">{t("card.rejectReason")}</p>
                          <p className="whitespace-pre-wrap break-words">{v.rejectReason}</p>
                        </div>
                      )}
                      {actionsFor(v)}
                    </article>
                  </li>
                );
              })}
            </ul>
          )}
        </VoiceWorkspace>
      </Section>
    </div>
  );
}
