"use server";

import { approveReports } from "@/lib/review/approve-reports";
import { formAction } from "../form-action";

/**
 * 承認 of the reports ticked on the review page: each checkbox `report` carries
 * "reportId:version", the version the reviewer read (the service re-reads and compares).
 */
export const approveReportsAction = formAction({
  name: "report.approve_many",
  run: ({ db, ctx, formData }) =>
    approveReports(db, ctx, {
      reports: formData.getAll("report").map((value) => {
        const [reportId, version] = String(value).split(":");
        return { reportId, version };
      }),
    }),
  changes: () => [{ kind: "report.reviewed" }],
  message: () => "approvedMany",
});
