"use server";

import { reviewItemIndicator } from "@/lib/indicators/manage-indicators";
import { serviceAction } from "../form-action";

const MESSAGE: Record<string, string> = { save: "kpiSaved", confirm: "kpiConfirmed", reject: "kpiRejected" };

/** 保存 / 確定 / 却下 of an item KPI (the button pressed sets `decision`). */
export const reviewIndicatorAction = serviceAction("indicator.review", reviewItemIndicator, {
  changes: (result) => [{ kind: "indicator.updated", itemNumber: result.itemNumber }],
  // The service accepted the decision, so it is one of the three.
  message: (_result, values) => MESSAGE[values.decision] ?? "kpiSaved",
});
