/**
 * The one definition of an item's current public state: its latest published
 * report, by fiscal year, then term (first_half before year_end), then revision.
 */
export const latestPublishedReportArgs = {
  where: { state: "published" as const },
  orderBy: [
    { period: { fiscalYear: "desc" as const } },
    { period: { term: "desc" as const } },
    { revision: "desc" as const },
  ],
  take: 1,
};
