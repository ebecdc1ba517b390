"use server";

import { reviewItemIndicator } from "@/lib/indicators/manage-indicators";
import { formAction } from "../form-action";

const MESSAGE: Record<string, string> = { save: "kpiSaved", confirm: "kpiConfirmed", reject: "kpiRejected" };

/** 保存 / 確定 / 却下 of an item KPI (the button pressed sets `decision`). */
export const reviewIndicatorAction = formAction({
  name: "indicator.review",
  run: ({ db, ctx, values }) => reviewItemIndicator(db, ctx, values),
  changes: (result) => [{ kind: "indicator.updated", itemNumber: result.itemNumber }],
  // The service accepted the decision, so it is one of the three.
  message: (_result, values) => MESSAGE[values.decision] ?? "kpiSaved",
});
