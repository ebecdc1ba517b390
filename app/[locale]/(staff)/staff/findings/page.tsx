import { getLocale, getTranslations } from "next-intl/server";
import { DefinitionList } from "@/components/public/definition-list";
import { CorrectFindingForm, FindingsWorkspace } from "@/components/quality/correct-finding-form";
import { MarkedText } from "@/components/quality/marked-text";
import { FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";
import {
  type FindingPlace,
  listTextFindings,
  type TextFindingRow,
  textFindingFilterSchema,
} from "@/lib/quality/list-text-findings";
import { codePoints, TEXT_ISSUE_KINDS } from "@/lib/quality/text-checks";
import { readPage } from "@/lib/read/page-data";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFromCatalog("quality");

const cardClass = "flex flex-col gap-4 rounded-12 border border-solid-gray-420 p-4";
const textClass = "whitespace-pre-wrap break-words";

/**
 * 文字の誤りの確認: the open findings of garbled characters, where each text is shown, and a form to
 * record the correct text and the reason (lib/quality/correct-finding.ts).
 */
export default async function FindingsPage({ params, searchParams }: PageProps<"/[locale]/staff/findings">) {
  await enterLocale(params);
  const query = await searchParams;
  const filter = textFindingFilterSchema.parse({ kind: Array.isArray(query.kind) ? query.kind[0] : query.kind });
  const { rows, counts } = await readPage("/staff/findings", listTextFindings, filter);
  const [t, tf, locale] = await Promise.all([getTranslations("quality"), getTranslations("findings"), getLocale()]);
  const action = getPathname({ href: "/staff/findings", locale });
  const reloadHref = getPathname({
    href: { pathname: "/staff/findings", query: filter.kind ? { kind: filter.kind } : {} },
    locale,
  });

  const part = (field: string) => {
    const paragraph = /^body\.(\d+)$/.exec(field);
    if (field === "heading") return t("where.heading");
    return paragraph ? t("where.paragraph", { n: Number(paragraph[1]) + 1 }) : t("where.other");
  };
  const where = (place: FindingPlace) =>
    place.type === "item"
      ? t("where.itemField", { number: place.number, field: tf(`fields.${place.field}`) })
      : `${t("where.block", { heading: place.heading })} ${part(place.field)}`;
  const shown = (row: TextFindingRow, text: string) =>
    row.kind === "control_char" ? tf("invisible", { codePoints: codePoints(text) }) : `「${text}」`;

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t("title")} lead={t("lead")} />

      <Section headingId="findings-filter-heading" title={t("filterHeading")}>
        <ul aria-label={t("countsLabel")} className="flex flex-wrap gap-x-6 gap-y-1">
          {TEXT_ISSUE_KINDS.map((kind) => (
            <li key={kind}>{t("count", { kind: t(`kinds.${kind}`), count: counts[kind] })}</li>
          ))}
        </ul>
        <FilterForm action={action} label={t("filterHeading")} applyLabel={t("apply")} clearLabel={t("clear")}>
          <div className="sm:max-w-sm">
            <FilterSelect
              name="kind"
              label={t("kindLabel")}
              anyLabel={t("anyKind")}
              value={filter.kind}
              options={TEXT_ISSUE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
            />
          </div>
        </FilterForm>
      </Section>

      <Section headingId="findings-list-heading" title={t("total", { count: rows.length })}>
        {rows.length === 0 ? (
          <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{t("empty")}</p>
        ) : (
          <FindingsWorkspace reloadHref={reloadHref}>
            <ol className="flex flex-col gap-6">
              {rows.map((row) => {
                const place = where(row.place);
                const flagged = row.flagged.map((text) => ({ kind: row.kind, text }));
                return (
                  <li key={row.id} className={cardClass}>
                    <h3 id={`finding-${row.id}-heading`} className={headingClass.subsection}>
                      {t("findingHeading", { kind: t(`kinds.${row.kind}`), where: place })}
                    </h3>
                    <p>
                      {row.place.type === "item" ? (
                        <Link href={`/items/${row.place.number}`} className="text-key-900 underline underline-offset-4">
                          {t("itemLink", { number: row.place.number })}
                        </Link>
                      ) : (
                        <Link href="/vision" className="text-key-900 underline underline-offset-4">
                          {t("visionLink")}
                        </Link>
                      )}
                      {row.place.type === "item" && (
                        <span className="ml-2">
                          {t("where.item", { number: row.place.number, title: row.place.title })}
                        </span>
                      )}
                    </p>
                    <DefinitionList
                      className="gap-x-6 gap-y-2 sm:grid-cols-[14rem_1fr]"
                      items={[
                        { label: t("flagged"), value: row.flagged.map((text) => shown(row, text)).join("、") },
                        {
                          label: t("current"),
                          value:
                            row.current === null ? (
                              t("currentGone")
                            ) : (
                              <MarkedText text={row.current} flagged={flagged} />
                            ),
                          valueClassName: textClass,
                        },
                        {
                          label: t("source"),
                          value: row.source === row.current ? t("sourceSame") : row.source,
                          valueClassName: textClass,
                        },
                      ]}
                    />
                    {row.place.type === "item" && row.place.sharedBy > 1 && (
                      <p className="rounded-8 border border-yellow-1000 bg-yellow-50 p-3">
                        {t("shared", { count: row.place.sharedBy })}
                      </p>
                    )}
                    {row.current !== null && (
                      // A group under its heading, not a region: every entry has the same form heading.
                      <div className="flex flex-col gap-3">
                        <h4 id={`finding-${row.id}-form`} className={headingClass.minor}>
                          {t("form.heading")}
                        </h4>
                        <CorrectFindingForm
                          finding={{ id: row.id, digest: row.digest, proposal: row.proposal }}
                          target={place}
                          max={row.max}
                        />
                      </div>
                    )}
                  </li>
                );
              })}
            </ol>
          </FindingsWorkspace>
        )}
      </Section>
    </div>
  );
}
