"use server";

import { setAchievement } from "@/lib/items/set-achievement";
import { formAction } from "../form-action";

/** The secretariat's 達成度 judgement of an item. */
export const setAchievementAction = formAction({
  name: "item.achievement",
  run: ({ db, ctx, values }) => setAchievement(db, ctx, { ...values, note: values.note ?? "" }),
  changes: (result) => [{ kind: "item.updated", itemNumber: result.itemNumber }],
  message: (result) => (result.changed ? "saved" : "unchanged"),
  echo: (result, values) => ({ ...values, version: String(result.version) }),
});
