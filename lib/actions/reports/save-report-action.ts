"use server";

import type { ReportWithActuals, SavedReport } from "@/lib/reports/save-report";
import { saveReport } from "@/lib/reports/save-report";
import { formAction } from "../form-action";

/** 下書き保存 / 提出 of an item's report for the open period (the button pressed sets `intent`). */
export const saveReportAction = formAction<SavedReport, ReportWithActuals>({
  name: "report.save",
  run: ({ db, ctx, values }) => saveReport(db, ctx, { ...values, fields: values }),
  changes: () => [{ kind: "report.saved" }],
  message: (_saved, values) => (values.intent === "submit" ? "submitted" : "saved"),
  // The next save must be based on what was just written.
  echo: (saved, values) => ({ ...values, baseReportId: String(saved.reportId), baseVersion: String(saved.version) }),
});
