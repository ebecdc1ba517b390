"use server";

import { revalidatePath, updateTag } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { EDITIONS_TAG } from "@/lib/editions/cache-tags";
import { ITEMS_TAG } from "@/lib/items/cache-tags";
import { createPeriod, setPeriodStatus } from "@/lib/periods/manage-periods";
import { failureState, formValues, type ActionState } from "../action-state";

export async function createPeriodAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const period = await createPeriod(await getDb(), await getRequestContext(), { fiscalYear: values.fiscalYear, term: values.term as "first_half", dueOn: values.dueOn });
    revalidatePath("/staff", "layout");
    return { ok: true, message: "periodCreated", result: period };
  } catch (error) {
    return failureState(error, values);
  }
}

/** 開始 / 締切 of a period (`status` is open or closed). */
export async function setPeriodStatusAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  if (values.status !== "open" && values.status !== "closed") return { ok: false, message: "invalid", values };
  // Closing freezes the period's reports: the confirmation is checked here, not only in the browser.
  // A checkbox is sent only when checked (with its value, "yes" on the period form).
  if (values.status === "closed" && !values.confirm) return { ok: false, message: "invalid", fieldErrors: { confirm: "required" }, values };
  const status = values.status;
  try {
    const period = await setPeriodStatus(await getDb(), await getRequestContext(), { periodId: Number(values.periodId), status });
    // Public roll-ups are about the latest period, and closing froze a new edition.
    updateTag(ITEMS_TAG);
    if (status === "closed") updateTag(EDITIONS_TAG);
    revalidatePath("/staff", "layout");
    return { ok: true, message: status === "open" ? "periodOpened" : "periodClosed", result: period };
  } catch (error) {
    return failureState(error, values);
  }
}
