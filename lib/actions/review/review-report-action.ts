"use server";

import { reviewReport } from "@/lib/review/review-report";
import { serviceAction } from "../form-action";

/** 承認 or 差戻し (the button pressed sets `decision`). */
export const reviewReportAction = serviceAction("report.review", reviewReport, {
  changes: () => [{ kind: "report.reviewed" }],
  message: (result) => (result.state === "approved" ? "approved" : "returned"),
});
