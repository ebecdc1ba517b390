"use server";

import type { FormValues } from "@/lib/actions/action-state";
import { ServiceError } from "@/lib/auth/errors";
import { changeUser, createUser, type UserChange } from "@/lib/users/manage-users";
import { formAction } from "../form-action";

export const createUserAction = formAction({
  name: "user.create",
  // The password is read from the form itself: it is never echoed back.
  run: ({ db, ctx, values, formData }) => createUser(db, ctx, { ...values, password: formData.get("password") }),
  changes: () => [{ kind: "users.updated" }],
  message: () => "userCreated",
});

/** Which change the form asks for (`change` is update, disable, enable or password). */
function userChangeOf(values: FormValues, formData: FormData): UserChange {
  switch (values.change) {
    case "update":
      return { kind: "update", fields: values };
    case "password":
      return { kind: "password", password: formData.get("password") };
    case "enable":
    case "disable":
      return { kind: values.change };
    default:
      throw new ServiceError("invalid");
  }
}

/** One change to a user. */
export const changeUserAction = formAction({
  name: "user.change",
  run: ({ db, ctx, values, formData }) => changeUser(db, ctx, values.userId, userChangeOf(values, formData)),
  changes: () => [{ kind: "users.updated" }],
  message: (_user, values) => `user_${values.change}`,
});
