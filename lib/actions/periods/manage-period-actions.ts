"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
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
  if (values.status === "closed" && values.confirm !== "on") return { ok: false, message: "invalid", fieldErrors: { confirm: "required" }, values };
  const status = values.status;
  try {
    const period = await setPeriodStatus(await getDb(), await getRequestContext(), { periodId: Number(values.periodId), status });
    revalidatePath("/staff", "layout");
    return { ok: true, message: status === "open" ? "periodOpened" : "periodClosed", result: period };
  } catch (error) {
    return failureState(error, values);
  }
}
