import { writeAudit } from "../audit/write-audit.ts";
import type { Db } from "../db/create-client.ts";
import { insertUserAsOperator } from "./manage-users.ts";

export const DEMO_PASSWORD = "demo-pass-2026";

/** Demo accounts for trying the portal; created only when SEED_DEMO_USERS=1. */
export const DEMO_USERS = [
  { email: "admin@example.jp", name: "事務局 デモ", role: "admin", section: null },
  { email: "dx@example.jp", name: "業務改善・DX推進課 デモ", role: "editor", section: "業務改善・DX推進課" },
  { email: "zeimu@example.jp", name: "税務課 デモ", role: "editor", section: "税務課" },
  { email: "council@example.jp", name: "審議会委員 デモ", role: "council", section: null },
] as const;

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
