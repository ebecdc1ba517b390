"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ITEMS_TAG, itemTag } from "@/lib/items/cache-tags";
import { updateItem } from "@/lib/items/update-item";
import { failureState, formValues, type ActionState } from "../action-state";

/** The secretariat's edit of an item's master data, with a required reason. */
export async function updateItemAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await updateItem(await getDb(), await getRequestContext(), values as never);
    updateTag(ITEMS_TAG);
    updateTag(itemTag(result.itemNumber));
    revalidatePath("/staff", "layout");
    return { ok: true, message: result.changed > 0 ? "itemUpdated" : "itemUnchanged", values: { ...values, version: String(result.version) }, result };
  } catch (error) {
    return failureState(error, values);
  }
}
