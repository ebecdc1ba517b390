"use server";

import { z } from "zod";
import { ServiceError } from "@/lib/auth/errors";
import { createPeriod, setPeriodStatus } from "@/lib/periods/manage-periods";
import { formAction, serviceAction } from "../form-action";

export const createPeriodAction = serviceAction("period.create", createPeriod, {
  changes: () => [{ kind: "period.created" }],
  message: () => "periodCreated",
});

// Closing freezes the period's reports: the confirmation is checked here, not only in the browser.
// A checkbox is sent only when checked (with its value, "yes" on the period form).
const confirmationSchema = z
  .object({ status: z.enum(["open", "closed"]), confirm: z.string().optional() })
  .refine((v) => v.status === "open" || Boolean(v.confirm), { path: ["confirm"], message: "required" });

/** 開始 / 締切 of a period (`status` is open or closed). */
export const setPeriodStatusAction = formAction({
  name: "period.status",
  run: ({ db, ctx, values }) => {
    const confirmed = confirmationSchema.safeParse(values);
    if (!confirmed.success) throw new ServiceError("invalid", { zod: confirmed.error });
    return setPeriodStatus(db, ctx, values);
  },
  changes: (period) => [{ kind: period.status === "open" ? "period.opened" : "period.closed" }],
  message: (period) => (period.status === "open" ? "periodOpened" : "periodClosed"),
});
