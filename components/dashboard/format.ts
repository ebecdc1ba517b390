import { getTranslations } from "next-intl/server";
import type { Achievement, PeriodTerm } from "@/lib/generated/prisma/enums";
import { currentLocale } from "@/lib/i18n/page-locale";
import { STATUS_KEYS } from "@/lib/reports/vocabulary";
import { ACHIEVEMENT_KEYS, EVALUATION_KEYS, type EvaluationKey, type Rollup } from "@/lib/rollup/rollup";
import { formatDate, formatFiscalYearShortIn } from "@/lib/wareki";

/** The dashboard namespace's translator, which the section helpers take. */
export type Translator = Awaited<ReturnType<typeof getTranslations<"dashboard">>>;

/** A 0–1 share as a percentage with one decimal (45.8). */
export const toPercent = (share: number) => Math.round(share * 1000) / 10;

export interface Part {
  key: string;
  label: string;
  count: number;
}

/** 「118件のうち実施中45件、未報告60件。」: the non-zero counts, in the order given. `t` is the dashboard namespace. */
export function countsSentence(t: Translator, total: number, parts: readonly Part[]): string {
  if (total === 0) return t("summary.empty");
  const list = parts
    .filter((p) => p.count > 0)
    .map((p) => t("summary.part", { label: p.label, count: p.count }))
    .join(t("summary.separator"));
  return t("summary.counts", { total, parts: list });
}

export interface Labels {
  status: (key: (typeof STATUS_KEYS)[number]) => string;
  evaluation: (key: EvaluationKey) => string;
  achievement: (key: Achievement) => string;
  /** 「令和7年度 上半期」, "FY2025 first half" */
  period: (period: { fiscalYear: number; term: PeriodTerm }) => string;
  /** 「令和7年11月25日」, "25 November 2025" */
  date: (date: Date | string) => string;
}

/** The UI labels of statuses, evaluations (「A 順調」), achievements, periods and dates in the visitor's language. */
export async function loadLabels(): Promise<Labels> {
  const [ts, te, ta, td, tt, locale] = await Promise.all([
    getTranslations("status"),
    getTranslations("evaluation"),
    getTranslations("achievement"),
    getTranslations("dashboard"),
    getTranslations("term"),
    currentLocale(),
  ]);
  return {
    status: (key) => ts(key),
    evaluation: (key) =>
      key === "not_reported" ? ts("not_reported") : key === "unrated" ? td("unrated") : `${key} ${te(key)}`,
    achievement: (key) => ta(key),
    period: (p) => `${formatFiscalYearShortIn(p.fiscalYear, locale)} ${tt(p.term)}`,
    date: (date) => formatDate(date, locale),
  };
}

export const statusParts = (r: Rollup, labels: Labels): Part[] =>
  STATUS_KEYS.map((key) => ({ key, label: labels.status(key), count: r.byStatus[key] }));
export const evaluationParts = (r: Rollup, labels: Labels): Part[] =>
  EVALUATION_KEYS.map((key) => ({ key, label: labels.evaluation(key), count: r.byEvaluation[key] }));
export const achievementParts = (r: Rollup, labels: Labels): Part[] =>
  ACHIEVEMENT_KEYS.map((key) => ({ key, label: labels.achievement(key), count: r.byAchievement[key] }));
