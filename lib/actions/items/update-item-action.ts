"use server";

import { updateItem } from "@/lib/items/update-item";
import { serviceAction } from "../form-action";

/** The secretariat's edit of an item's master data, with a required reason. */
export const updateItemAction = serviceAction("item.update", updateItem, {
  changes: (result) => [{ kind: "item.updated", itemNumber: result.itemNumber }],
  message: (result) => (result.changed > 0 ? "itemUpdated" : "itemUnchanged"),
  echo: (result, values) => ({ ...values, version: String(result.version) }),
});
