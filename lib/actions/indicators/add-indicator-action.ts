"use server";

import { addItemIndicator } from "@/lib/indicators/manage-indicators";
import { serviceAction } from "../form-action";

/** The secretariat adds a (confirmed) KPI to an item. */
export const addIndicatorAction = serviceAction("indicator.add", addItemIndicator, {
  changes: (result) => [{ kind: "indicator.updated", itemNumber: result.itemNumber }],
  message: () => "kpiAdded",
});
