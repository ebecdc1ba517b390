import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { OpinionMeta } from "@/components/council/opinion-meta";
import { OpinionStateBadge } from "@/components/council/opinion-state-badge";
import { headingClass } from "@/components/ui/heading";
import { jaText } from "@/components/ui/ja";
import type { OpinionEntry, OpinionTarget } from "@/lib/council/opinions";
import type { PeriodTerm } from "@/lib/generated/prisma/enums";
import { currentLocale } from "@/lib/i18n/page-locale";
import { formatFiscalYearIn } from "@/lib/wareki";

/** How opinions name a period (「令和7年度 上半期」) and what an opinion is on (an item or a whole period). */
export async function getOpinionLabels() {
  const [t, tt, locale] = await Promise.all([getTranslations("opinions"), getTranslations("term"), currentLocale()]);
  const periodLabel = (fiscalYear: number, term: PeriodTerm) => `${formatFiscalYearIn(fiscalYear, locale)} ${tt(term)}`;
  const targetText = (target: OpinionTarget) =>
    target.kind === "item"
      ? t.markup("target.item", { number: target.number, title: target.title, ja: jaText })
      : t("target.period", { period: periodLabel(target.fiscalYear, target.term) });
  return { periodLabel, targetText };
}

/**
 * One opinion as a card of a list, as the council and the secretariat see it: what it is on with its
 * state, who wrote it when, then what the page adds (the text, the answer, the forms).
 */
export function OpinionCard({
  opinion,
  title,
  marker,
  children,
}: {
  opinion: OpinionEntry;
  /** the card's heading: what the opinion is on */
  title: ReactNode;
  /** shown after the state badge */
  marker?: ReactNode;
  children: ReactNode;
}) {
  const headingId = `opinion-${opinion.id}-heading`;
  return (
    <li>
      <article aria-labelledby={headingId} className="flex flex-col gap-3 rounded-12 border border-solid-gray-420 p-4">
        <div className="flex flex-wrap items-center gap-3">
          <h3 id={headingId} className={headingClass.subsection}>
            {title}
          </h3>
          <OpinionStateBadge state={opinion.state} />
          {marker}
        </div>
        <OpinionMeta opinion={opinion} />
        {children}
      </article>
    </li>
  );
}
