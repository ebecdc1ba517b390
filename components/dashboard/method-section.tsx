import type { Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { headingClass } from "@/components/ui/heading";

const TERMS = [
  { term: "notReportedTerm", lines: ["notReported"] },
  { term: "periodTerm", lines: ["period"] },
  { term: "meanProgressTerm", lines: ["meanProgress"] },
  { term: "completedShareTerm", lines: ["completedShare"] },
  { term: "evaluationTerm", lines: ["evaluation"] },
  { term: "achievementTerm", lines: ["achievement"] },
  { term: "kpiTerm", lines: ["kpiIncrease", "kpiDecrease", "kpiNoBaseline", "kpiMaintain", "kpiMean"] },
  { term: "asOfTerm", lines: ["asOf"] },
  { term: "staleTerm", lines: ["stale"] },
  { term: "updateRateTerm", lines: ["updateRate"] },
] as const;

type MethodKey = keyof Messages["dashboard"]["method"];

// What the council's view counts differently: approved reports not yet published.
const INTERNAL_LINES: ReadonlySet<string> = new Set(["lead", "notReported", "period", "evaluation"]);

/**
 * 集計方法: how each number on the dashboards is computed (the formulas of lib/rollup/rollup.ts, in
 * words); `internal` for the council's view, which counts approved reports too.
 */
export async function MethodSection({ id, internal = false }: { id: string; internal?: boolean }) {
  const t = await getTranslations("dashboard");
  const line = (key: MethodKey) =>
    t(`method.${internal && INTERNAL_LINES.has(key) ? (`${key}Internal` as MethodKey) : key}`);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      id={id}
      className="flex scroll-mt-4 flex-col gap-4 rounded-12 border border-solid-gray-420 bg-solid-gray-50 p-4"
    >
      <h2 id={`${id}-heading`} className={headingClass.section}>
        {t("sections.method")}
      </h2>
      <p>{line("lead")}</p>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        {TERMS.map(({ term, lines }) => (
          <div key={term} className="contents">
            <dt className="font-bold">{t(`method.${term}`)}</dt>
            <dd>
              {lines.length === 1 ? (
                line(lines[0])
              ) : (
                <ul className="flex list-disc flex-col gap-1 pl-5">
                  {lines.map((key) => (
                    <li key={key}>{line(key)}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
