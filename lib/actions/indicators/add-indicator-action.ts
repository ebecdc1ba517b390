"use server";

import { addItemIndicator } from "@/lib/indicators/manage-indicators";
import { formAction } from "../form-action";

/** The secretariat adds a (confirmed) KPI to an item. */
export const addIndicatorAction = formAction({
  name: "indicator.add",
  run: ({ db, ctx, values }) => addItemIndicator(db, ctx, values),
  changes: (result) => [{ kind: "indicator.updated", itemNumber: result.itemNumber }],
  message: () => "kpiAdded",
});
