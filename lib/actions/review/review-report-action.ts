"use server";

import { reviewReport } from "@/lib/review/review-report";
import { formAction } from "../form-action";

/** 承認 or 差戻し (the button pressed sets `decision`). */
export const reviewReportAction = formAction({
  name: "report.review",
  run: ({ db, ctx, values }) => reviewReport(db, ctx, values),
  changes: () => [{ kind: "report.reviewed" }],
  message: (result) => (result.state === "approved" ? "approved" : "returned"),
});
