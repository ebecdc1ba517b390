import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { VisionIndicators } from "@/components/indicators/vision-indicators";
import { PlanTimeline } from "@/components/progress/plan-timeline";
import { BulletList } from "@/components/public/bullet-list";
import { MarkedText } from "@/components/quality/marked-text";
import { headingClass } from "@/components/ui/heading";
import { Ja, ja } from "@/components/ui/ja";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { getVision } from "@/lib/content/get-vision";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getMunicipality } from "@/lib/municipality/get-municipality";
import { getBlockMarks } from "@/lib/quality/text-marks";

// Served from cache: a change expires it at once on the instance that made it, and another
// instance's change shows within 10 s (CROSS_INSTANCE_SECONDS, lib/db/cached.ts).
export const revalidate = 10;

/** The vision document's name, or the plan's structure when the plan came from a file without one. */
export async function generateMetadata({ params }: PageProps<"/[locale]/vision">): Promise<Metadata> {
  await enterLocale(params);
  const [t, vision] = await Promise.all([getTranslations("vision"), getVision()]);
  return { title: vision.statement?.name ?? t("structureTitle") };
}

const sectionClass = "flex flex-col gap-3";

const SECTION_ORDER = [
  "はじめに",
  "今後に向けた課題",
  "取り組みの考え方",
  "位置づけ",
  "計画期間",
  "推進体制",
  "進行管理",
];

export default async function VisionPage({ params }: PageProps<"/[locale]/vision">) {
  await enterLocale(params);
  const [t, tf, vision, marks, municipality] = await Promise.all([
    getTranslations("vision"),
    getTranslations("findings"),
    getVision(),
    getBlockMarks(),
    getMunicipality(),
  ]);
  const { statement } = vision;
  const block = (key: string) => vision.blocks[key];
  // The characters open data-quality findings flag in a block's text, marked where it is shown.
  const flagged = (key: string, field: string) => marks[key]?.[field] ?? [];
  const marked = Object.keys(marks).some((key) => key.startsWith("vision."));
  const images = (block("vision.images")?.body as string[] | undefined) ?? [];
  const values = (block("vision.values")?.body as { title: string; points: string[] }[] | undefined) ?? [];
  const sections = SECTION_ORDER.map((key) => ({ key, ...block(`vision.section.${key}`) })).filter((s) => s.heading);
  const areasHeading = t("areasHeading", {
    areas: vision.areas.length,
    directions: vision.areas.reduce((n, a) => n + a.directions.length, 0),
  });
  const toc: (readonly [string, ReactNode])[] = [
    ...(statement ? [["goal", t("goalHeading")] as const] : []),
    ...(values.length > 0 ? [["values", t("valuesHeading")] as const] : []),
    ["areas", areasHeading],
    ["indicators", t("indicatorsHeading")],
    ["period", t("periodHeading")],
    ...sections.map((s) => [`s-${s.key}`, <Ja key={s.key}>{s.heading as string}</Ja>] as const),
  ];
  return (
    <div className="flex flex-col gap-10">
      <PageHeader
        title={statement ? <Ja>{statement.name}</Ja> : t("structureTitle")}
        lead={
          statement
            ? t.rich("lead", { municipality: municipality.name, ja })
            : t.rich("structureLead", { plan: municipality.planName, ja })
        }
      />
      {marked && <p className="rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">{tf("marksNote")}</p>}
      <nav aria-labelledby="toc-heading" className="rounded-12 border border-solid-gray-420 p-4">
        <h2 id="toc-heading" className="font-bold">
          {t("toc")}
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {toc.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`} className="text-key-900 underline underline-offset-4">
                {label}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {statement && (
        <Section headingId="goal" title={t("goalHeading")} className={sectionClass}>
          <p lang="ja" className="rounded-12 bg-key-900 p-6 text-2xl font-bold text-white">
            {statement.goal}
          </p>
          {images.length > 0 && (
            <>
              <h3 lang="ja" className={headingClass.subsection}>
                {block("vision.images")?.heading}
              </h3>
              <BulletList lines={images} lang="ja" />
            </>
          )}
        </Section>
      )}

      {values.length > 0 && (
        <Section headingId="values" title={t("valuesHeading")} className={sectionClass}>
          <ol lang="ja" className="flex flex-col gap-4">
            {values.map((v, i) => (
              <li key={v.title} className="rounded-12 border border-solid-gray-420 p-4">
                <h3 className={headingClass.minor}>
                  {i + 1}. {v.title}
                </h3>
                <BulletList lines={v.points} className="mt-2" />
              </li>
            ))}
          </ol>
        </Section>
      )}

      <Section headingId="areas" title={areasHeading}>
        {vision.areas.map((area, i) => (
          <Section
            key={area.name}
            headingId={`area-${i}`}
            level={3}
            title={
              <>
                ({i + 1}) <Ja>{area.name}</Ja>
              </>
            }
            className={`${sectionClass} rounded-12 border border-solid-gray-420 p-4`}
          >
            <BulletList lines={area.intro} lang="ja" />
            {area.directions.map((d, j) => (
              <div key={d.name} className="flex flex-col gap-2 border-t border-solid-gray-420 pt-3">
                <h4 lang="ja" className={headingClass.minor}>
                  {String.fromCodePoint(0x2460 + j)} {d.name}
                </h4>
                {(
                  [
                    [t("policy"), d.policy],
                    [t("mainActions"), d.mainActions],
                  ] as const
                )
                  .filter(([, lines]) => lines.length > 0)
                  .map(([label, lines]) => (
                    <Fragment key={label}>
                      <p className="font-bold">{label}</p>
                      <BulletList lines={lines} lang="ja" />
                    </Fragment>
                  ))}
              </div>
            ))}
          </Section>
        ))}
      </Section>

      <div id="indicators">
        <VisionIndicators />
      </div>

      <Section headingId="period" title={t("periodHeading")} className={sectionClass}>
        <PlanTimeline municipality={municipality} withVision={statement !== null} />
      </Section>

      {sections.map((s) => (
        <Section
          key={s.key}
          headingId={`s-${s.key}`}
          title={
            <Ja>
              <MarkedText text={s.heading as string} flagged={flagged(`vision.section.${s.key}`, "heading")} />
            </Ja>
          }
          className={sectionClass}
        >
          {(s.body as string[]).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text, never reordered
            <p key={i} lang="ja">
              <MarkedText text={p} flagged={flagged(`vision.section.${s.key}`, `body.${i}`)} />
            </p>
          ))}
        </Section>
      ))}
    </div>
  );
}
