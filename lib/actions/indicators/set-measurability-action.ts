"use server";

import { setItemMeasurability } from "@/lib/indicators/manage-indicators";
import { formAction } from "../form-action";

/** The secretariat's judgement of how measurable an item's target is. */
export const setMeasurabilityAction = formAction({
  name: "indicator.measurability",
  run: ({ db, ctx, values }) => setItemMeasurability(db, ctx, values),
  changes: (result) => (result.changed ? [{ kind: "item.updated", itemNumber: result.itemNumber }] : []),
  message: (result) => (result.changed ? "measurabilitySet" : "measurabilityUnchanged"),
});
