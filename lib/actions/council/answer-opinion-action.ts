"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { answerOpinion } from "@/lib/council/opinions";
import { getDb } from "@/lib/db/client";
import { failureState, formValues, type ActionState } from "../action-state";

/** 対応 (answer) to an opinion: `opinionId`, `respondedAt` (the answer time seen, empty if none), `response`. */
export async function answerOpinionAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const result = await answerOpinion(await getDb(), await getRequestContext(), {
      opinionId: values.opinionId,
      respondedAt: values.respondedAt,
      response: values.response,
    } as never);
    // An answer is not public until the opinion is published: only the signed-in lists change.
    revalidatePath("/[locale]/staff/opinions", "page");
    revalidatePath("/[locale]/council/opinions", "page");
    return { ok: true, message: "answered", result, values };
  } catch (error) {
    return failureState(error, values);
  }
}
