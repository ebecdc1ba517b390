import "server-only";
import { z } from "zod";
import { runChange } from "../audit/run-audited.ts";
import type { RequestContext } from "../auth/context.ts";
import { ServiceError } from "../auth/errors.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { ACHIEVEMENT_KEYS } from "../rollup/rollup.ts";
import { idSchema } from "../validation/ids.ts";
import type { Untrusted } from "../validation/untrusted.ts";

export const setAchievementSchema = z
  .object({
    itemNumber: idSchema,
    version: idSchema,
    achievement: z.enum(ACHIEVEMENT_KEYS, { error: "achievement" }),
    note: z.string().trim().max(1000, { error: "tooLong" }),
  })
  // A judgement other than 判定前 is published with its grounds.
  .refine((v) => v.achievement === "pending" || v.note !== "", { path: ["note"], message: "required" });

export type SetAchievementInput = Untrusted<z.input<typeof setAchievementSchema>>;

/**
 * 達成度: the secretariat's judgement of an item against its 3-year target, the
 * second axis beside the stage a report gives.
 */
export async function setAchievement(db: Db, ctx: RequestContext, input: SetAchievementInput) {
  const meta = { action: "item.achievement", entityType: "PlanItem", entityId: String(input.itemNumber) };
  const parsed = setAchievementSchema.safeParse(input);
  return runChange(db, ctx, meta, can(ctx.actor, "achievement.set"), parsed, async (tx, v, { record }) => {
    const item = await tx.planItem.findUnique({ where: { number: v.itemNumber } });
    if (!item) throw new ServiceError("not_found");
    const note = v.note === "" ? null : v.note;
    if (item.achievement === v.achievement && item.achievementNote === note)
      return { itemNumber: item.number, version: item.version, changed: false };
    const updated = await tx.planItem.updateMany({
      where: { id: item.id, version: v.version },
      data: { achievement: v.achievement, achievementNote: note, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ServiceError("conflict");
    await record({
      entityId: item.number,
      before: { achievement: item.achievement, note: item.achievementNote },
      after: { achievement: v.achievement, note },
    });
    return { itemNumber: item.number, version: item.version + 1, changed: true };
  });
}
