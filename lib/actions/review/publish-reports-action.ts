"use server";

import { z } from "zod";
import { ServiceError } from "@/lib/auth/errors";
import { publishReports } from "@/lib/review/publish-reports";
import { formAction } from "../form-action";

// Publishing is public at once: the confirmation is checked here, not only in the browser, as
// closing a period is. A checkbox is sent only when checked.
const confirmationSchema = z.object({ confirm: z.string({ error: "required" }).min(1, { error: "required" }) });

/**
 * 公開 of the approved reports the form named (`reportIds`, comma-separated): one row's report, or
 * every one listed under 「承認済みをすべて公開」 — exactly those, so what the confirmation named is
 * what is published, even if more were approved meanwhile.
 */
export const publishReportsAction = formAction({
  name: "report.publish",
  run: ({ db, ctx, values }) => {
    const confirmed = confirmationSchema.safeParse(values);
    if (!confirmed.success) throw new ServiceError("invalid", { zod: confirmed.error });
    return publishReports(db, ctx, { reportIds: (values.reportIds ?? "").split(",").filter(Boolean) });
  },
  // Public pages and the API read tagged data: expire it now so the next visitor sees the report.
  changes: (result) => [{ kind: "reports.published", itemNumbers: result.itemNumbers }],
  message: () => "published",
});
