"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { publishOpinion } from "@/lib/council/opinions";
import { getDb } from "@/lib/db/client";
import { ITEMS_TAG, itemTag } from "@/lib/items/cache-tags";
import { failureState, formValues, type ActionState } from "../action-state";

/** 公開 of an answered opinion: `opinionId`, `respondedAt` (the answer time seen). */
export async function publishOpinionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await publishOpinion(await getDb(), await getRequestContext(), { opinionId: values.opinionId, respondedAt: values.respondedAt } as never);
    // /council and the item's page read tagged data: expire it so the next visitor sees the opinion and answer.
    updateTag(ITEMS_TAG);
    if (result.itemNumber !== null) updateTag(itemTag(result.itemNumber));
    revalidatePath("/[locale]/staff/opinions", "page");
    revalidatePath("/[locale]/council/opinions", "page");
    return { ok: true, message: "published", result, values };
  } catch (error) {
    return failureState(error, values);
  }
}
