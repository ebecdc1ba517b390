"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { createOpinion } from "@/lib/council/opinions";
import { getDb } from "@/lib/db/client";
import { failureState, formValues, type ActionState } from "../action-state";

/** 意見の登録 (`target` = item with `itemNumber`, or period with `periodId`; `body`). */
export async function createOpinionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await createOpinion(await getDb(), await getRequestContext(), {
      target: values.target,
      itemNumber: values.itemNumber,
      periodId: values.periodId,
      body: values.body,
    } as never);
    // Nothing public changed (an opinion is public only once answered and published); refresh the signed-in lists.
    revalidatePath("/[locale]/council/opinions", "page");
    revalidatePath("/[locale]/staff/opinions", "page");
    return { ok: true, message: "created", result, values: { target: values.target ?? "item", periodId: values.periodId ?? "" } };
  } catch (error) {
    return failureState(error, values);
  }
}
