"use server";

import { revalidatePath } from "next/cache";
import { getRequestContext } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";
import { changeUser, createUser } from "@/lib/users/manage-users";
import { failureState, formValues, type ActionState } from "../action-state";

export async function createUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const user = await createUser(await getDb(), await getRequestContext(), {
      email: values.email,
      name: values.name,
      role: values.role as "editor",
      sectionId: values.sectionId,
      bureauId: values.bureauId,
      password: String(formData.get("password") ?? ""),
    } as never);
    revalidatePath("/staff/users");
    return { ok: true, message: "userCreated", result: user };
  } catch (error) {
    return failureState(error, values);
  }
}

/** One change to a user: `change` is update, disable, enable or password. */
export async function changeUserAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const userId = Number(values.userId);
  if (!["update", "password", "enable", "disable"].includes(values.change)) return { ok: false, message: "invalid", values };
  const change =
    values.change === "update"
      ? { kind: "update" as const, fields: { email: values.email, name: values.name, role: values.role as "editor", sectionId: values.sectionId, bureauId: values.bureauId } as never }
      : values.change === "password"
        ? { kind: "password" as const, password: String(formData.get("password") ?? "") }
        : values.change === "enable"
          ? { kind: "enable" as const }
          : { kind: "disable" as const };
  try {
    const user = await changeUser(await getDb(), await getRequestContext(), userId, change);
    revalidatePath("/staff/users");
    return { ok: true, message: `user_${change.kind}`, result: user };
  } catch (error) {
    return failureState(error, values);
  }
}
