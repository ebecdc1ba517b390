import { writeAudit } from "../audit/write-audit.ts";
import type { RequestContext } from "../auth/context.ts";
import { can } from "../auth/policy.ts";
import type { Db } from "../db/create-client.ts";
import { insertUserAsOperator } from "./manage-users.ts";

export const DEMO_PASSWORD = "demo-pass-2026";

/** Demo accounts for trying the portal; created only when SEED_DEMO_USERS=1 (see `demoUsersRequested`). */
export const DEMO_USERS = [
  { email: "admin@example.jp", name: "事務局 デモ", role: "admin", section: null },
  { email: "dx@example.jp", name: "業務改善・DX推進課 デモ", role: "editor", section: "業務改善・DX推進課" },
  { email: "zeimu@example.jp", name: "税務課 デモ", role: "editor", section: "税務課" },
  { email: "council@example.jp", name: "審議会委員 デモ", role: "council", section: null },
] as const;

/** Why the server does not start: demo accounts asked for on a production server. */
export class DemoUsersRefusedError extends Error {}

/**
 * Whether the demo accounts are to be created (SEED_DEMO_USERS=1). Their
 * password is in the README, so a production server (NODE_ENV=production, as
 * `next start` sets it) refuses them unless ALLOW_DEMO_USERS=1 says it is a
 * trial (a demonstration, the end-to-end tests).
 */
export function demoUsersRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.SEED_DEMO_USERS !== "1") return false;
  if (env.NODE_ENV === "production" && env.ALLOW_DEMO_USERS !== "1")
    throw new DemoUsersRefusedError(
      "SEED_DEMO_USERS=1 は本番環境（NODE_ENV=production）では使えません。デモ用アカウントのパスワードは README に載っており、誰でもログインできます。" +
        "試用の環境でデモ用アカウントを作る場合に限り、ALLOW_DEMO_USERS=1 も設定してください。",
    );
  return true;
}

/**
 * How many demo accounts can still sign in (not disabled), for the secretariat's
 * banner; 0 for everyone else. Whether one still has the demo password is not
 * checked: that would hash on every staff page, and a demo address on a live
 * portal is to be disabled whatever its password.
 */
export async function countActiveDemoUsers(db: Db, ctx: RequestContext): Promise<number> {
  if (!can(ctx.actor, "user.manage")) return 0;
  return db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) }, disabledAt: null } });
}

/**
 * Creates the missing demo accounts (an editor only where the plan has their section) and, when no reporting period exists yet,
 * opens 令和7年度 上半期 due 30 days from now. Idempotent.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<{ users: number; period: boolean }> {
  return db.$transaction(
    async (tx) => {
      let users = 0;
      for (const demo of DEMO_USERS) {
        if (await tx.user.findUnique({ where: { email: demo.email } })) continue;
        const section = demo.section ? await tx.section.findUnique({ where: { name: demo.section } }) : null;
        // Another municipality's plan (PLAN_FILE) has other sections: its demo editors are left out.
        if (demo.section && !section) continue;
        await insertUserAsOperator(
          tx,
          { email: demo.email, name: demo.name, role: demo.role, sectionId: section?.id ?? null, bureauId: null },
          DEMO_PASSWORD,
          "user.create_demo",
        );
        users++;
      }
      let period = false;
      if ((await tx.reportingPeriod.count()) === 0) {
        const due = new Date(now.getTime() + 30 * 86_400_000);
        const created = await tx.reportingPeriod.create({
          data: {
            fiscalYear: 2025,
            term: "first_half",
            dueOn: new Date(`${due.toISOString().slice(0, 10)}T00:00:00Z`),
            status: "open",
            openedAt: now,
          },
        });
        await writeAudit(tx, {
          actor: null,
          action: "period.create_demo",
          entityType: "ReportingPeriod",
          entityId: created.id,
          after: { fiscalYear: 2025, term: "first_half", status: "open" },
        });
        period = true;
      }
      return { users, period };
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}
