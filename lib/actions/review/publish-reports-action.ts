"use server";

import { publishReports } from "@/lib/review/publish-reports";
import { formAction } from "../form-action";

/** 公開 of one approved report (`reportId`) or of all approved reports (`all=1`). */
export const publishReportsAction = formAction({
  name: "report.publish",
  run: ({ db, ctx, values }) =>
    publishReports(db, ctx, values.all === "1" ? { all: true } : { reportIds: [values.reportId] }),
  // Public pages and the API read tagged data: expire it now so the next visitor sees the report.
  changes: (result) => [{ kind: "reports.published", itemNumbers: result.itemNumbers }],
  message: () => "published",
});
