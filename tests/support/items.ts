// Item fixtures shared by the unit tests of listings, roll-ups and editions.

/** How any listing of an item stands before a report on it is published: 未報告, nothing judged yet. */
export const NOT_REPORTED = {
  status: "not_reported",
  evaluation: null,
  progressPercent: null,
  asOf: null,
  achievement: "pending",
} as const;

/** The plan's three years (令和6–8年度) and a fixed last update, as the item listings carry them. */
export const PLAN_YEARS = {
  startFiscalYear: 2024,
  endFiscalYear: 2026,
  updatedAt: "2026-11-25T00:00:00.000Z",
} as const;
