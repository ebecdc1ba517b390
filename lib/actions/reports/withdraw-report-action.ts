"use server";

import { withdrawReport } from "@/lib/reports/withdraw-report";
import { serviceAction } from "../form-action";

/** 提出を取り消す: the submitted report goes back to 下書き. */
export const withdrawReportAction = serviceAction("report.withdraw", withdrawReport, {
  // The report is not public while submitted: only the signed-in pages change.
  changes: () => [{ kind: "report.saved" }],
  message: () => "withdrawn",
});
