"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { ITEMS_TAG, itemTag } from "@/lib/items/cache-tags";
import { setAchievement } from "@/lib/items/set-achievement";
import { failureState, formValues, type ActionState } from "../action-state";

/** The secretariat's 達成度 judgement of an item. */
export async function setAchievementAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await setAchievement(await getDb(), await getRequestContext(), {
      itemNumber: values.itemNumber,
      version: values.version,
      achievement: values.achievement as never,
      note: values.note ?? "",
    });
    updateTag(ITEMS_TAG);
    updateTag(itemTag(result.itemNumber));
    revalidatePath("/staff", "layout");
    return { ok: true, message: result.changed ? "saved" : "unchanged", values: { ...values, version: String(result.version) }, result };
  } catch (error) {
    return failureState(error, values);
  }
}
