import { getTranslations } from "next-intl/server";
import { VisionIndicators } from "@/components/indicators/vision-indicators";
import { PlanTimeline } from "@/components/progress/plan-timeline";
import { headingClass } from "@/components/ui/heading";
import { PageHeader } from "@/components/ui/page-header";
import { getVision } from "@/lib/content/get-vision";
import { enterLocale, titleFromCatalog } from "@/lib/i18n/page-locale";

export const revalidate = 3600;

export const generateMetadata = titleFromCatalog("vision");

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
  const [t, vision] = await Promise.all([getTranslations("vision"), getVision()]);
  const block = (key: string) => vision.blocks[key];
  const catchphrase = (block("vision.title")?.body as string[] | undefined)?.[0] ?? "";
  const images = (block("vision.images")?.body as string[] | undefined) ?? [];
  const values = (block("vision.values")?.body as { title: string; points: string[] }[] | undefined) ?? [];
  const sections = SECTION_ORDER.map((key) => ({ key, ...block(`vision.section.${key}`) })).filter((s) => s.heading);
  const toc = [
    ["goal", t("goalHeading")],
    ["values", t("valuesHeading")],
    ["areas", t("areasHeading")],
    ["indicators", t("indicatorsHeading")],
    ["period", t("periodHeading")],
    ...sections.map((s) => [`s-${s.key}`, s.heading as string]),
  ];
  return (
    <div className="flex flex-col gap-10">
      <PageHeader title={block("vision.title")?.heading ?? t("title")} lead={t("lead")} />
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

      <section id="goal" aria-labelledby="goal-heading" className="flex flex-col gap-3">
        <h2 id="goal-heading" className={headingClass.section}>
          {t("goalHeading")}
        </h2>
        <p className="rounded-12 bg-key-900 p-6 text-2xl font-bold text-white">{catchphrase}</p>
        <h3 className={headingClass.subsection}>{block("vision.images")?.heading}</h3>
        <ul className="list-disc pl-6">
          {images.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      <section id="values" aria-labelledby="values-heading" className="flex flex-col gap-3">
        <h2 id="values-heading" className={headingClass.section}>
          {t("valuesHeading")}
        </h2>
        <ol className="flex flex-col gap-4">
          {values.map((v, i) => (
            <li key={v.title} className="rounded-12 border border-solid-gray-420 p-4">
              <h3 className={headingClass.minor}>
                {i + 1}. {v.title}
              </h3>
              <ul className="mt-2 list-disc pl-6">
                {v.points.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>

      <section id="areas" aria-labelledby="areas-heading" className="flex flex-col gap-4">
        <h2 id="areas-heading" className={headingClass.section}>
          {t("areasHeading")}
        </h2>
        {vision.areas.map((area, i) => (
          <section
            key={area.name}
            aria-labelledby={`area-${i}`}
            className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4"
          >
            <h3 id={`area-${i}`} className={headingClass.subsection}>
              ({i + 1}) {area.name}
            </h3>
            <ul className="list-disc pl-6">
              {area.intro.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            {area.directions.map((d, j) => (
              <div key={d.name} className="flex flex-col gap-2 border-t border-solid-gray-420 pt-3">
                <h4 className={headingClass.minor}>
                  {["①", "②"][j] ?? ""} {d.name}
                </h4>
                <p className="font-bold">{t("policy")}</p>
                <ul className="list-disc pl-6">
                  {d.policy.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
                <p className="font-bold">{t("mainActions")}</p>
                <ul className="list-disc pl-6">
                  {d.mainActions.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </section>

      <div id="indicators">
        <VisionIndicators />
      </div>

      <section id="period" aria-labelledby="period-heading" className="flex flex-col gap-3">
        <h2 id="period-heading" className={headingClass.section}>
          {t("periodHeading")}
        </h2>
        <PlanTimeline />
      </section>

      {sections.map((s) => (
        <section key={s.key} id={`s-${s.key}`} aria-labelledby={`h-${s.key}`} className="flex flex-col gap-3">
          <h2 id={`h-${s.key}`} className={headingClass.section}>
            {s.heading}
          </h2>
          {(s.body as string[]).map((p, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text, never reordered
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
