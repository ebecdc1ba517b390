// A section's survey as the workbook is built from it: 税務課's three items in 令和7年度上半期 (a
// draft with last period's figures, one without a report, one submitted) and two KPIs.
import type { SurveyData } from "../../lib/surveys/survey-workbook.ts";

export const PERIOD = { key: "2025-first_half", fiscalYear: 2025, term: "first_half" as const };

export const report = (state: "draft" | "submitted" | "returned", id: number) => ({
  id,
  version: 3,
  state,
  status: "in_progress" as const,
  evaluation: "B" as const,
  progressPercent: 40,
  achievements: "電子申告の対象を拡大した。",
  issues: "周知が不十分。",
  nextSteps: "広報を強化する。",
});

export const SURVEY: SurveyData = {
  municipality: { name: "飯塚市", planName: "飯塚市行政経営戦略推進プラン" },
  period: PERIOD,
  section: "税務課",
  rows: [
    {
      itemId: 101,
      number: 42,
      title: "電子申告の推進",
      section: "税務課",
      target: "電子申告率を高める",
      previous: { status: "considering", progressPercent: 20 },
      report: report("draft", 7),
    },
    {
      itemId: 102,
      number: 43,
      title: "納税の利便性向上",
      section: "税務課",
      target: "キャッシュレス納付",
      previous: null,
      report: null,
    },
    {
      itemId: 103,
      number: 44,
      title: "課税事務の効率化",
      section: "税務課",
      target: "事務時間の削減",
      previous: null,
      report: report("submitted", 9),
    },
  ],
  kpis: [
    {
      itemId: 101,
      number: 42,
      indicatorId: 501,
      name: "電子申告利用率",
      unit: "%",
      baselineValue: 30,
      targetValue: 60,
      targetYear: 2027,
      value: 45,
    },
    {
      itemId: 103,
      number: 44,
      indicatorId: 502,
      name: "処理時間",
      unit: "時間",
      baselineValue: 100,
      targetValue: 80,
      targetYear: null,
      value: null,
    },
  ],
};
