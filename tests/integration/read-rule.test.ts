// The read rule: every signed-in loader takes (db, ctx, input), asks the policy
// before reading, and records a refusal as one denied audit record (as a
// refused change is); an allowed read writes nothing. Every loader × every role.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditFilterSchema, listAudit } from "../../lib/audit/list-audit.ts";
import type { Actor } from "../../lib/auth/actor.ts";
import type { RequestContext } from "../../lib/auth/context.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { listOpinionPeriods, listOpinionQueue, listOpinionsForCouncil } from "../../lib/council/opinions.ts";
import { listIndicatorAdmin } from "../../lib/indicators/list-indicator-admin.ts";
import { getItemForEdit } from "../../lib/items/get-item-for-edit.ts";
import { listAdminItems } from "../../lib/items/list-admin-items.ts";
import { listPeriods } from "../../lib/periods/list-periods.ts";
import { getReportForm } from "../../lib/reports/get-report-form.ts";
import { listMyItems } from "../../lib/reports/list-my-items.ts";
import { listReviewQueue } from "../../lib/review/list-review-queue.ts";
import { getInternalSummary, getInternalTrend, listInternalPeriods } from "../../lib/rollup/get-summary.ts";
import { listUserScopes, listUsers } from "../../lib/users/list-users.ts";
import { type Db, openImportedDb, type TestDb, targets } from "../support/db.ts";
import { auditSince, ctxOf, digest, failureOf, lastAuditId, makeUser, openPeriod } from "../support/fixtures.ts";

/** Item 44 belongs to 税務課. */
const ITEM = 44;

const ROLES = ["anonymous", "editor", "council", "admin"] as const;
type RoleKey = (typeof ROLES)[number];

interface ReadCase {
  read: (db: Db, ctx: RequestContext) => Promise<unknown>;
  /** the audit action a refusal is recorded under, and its entity */
  action: string;
  entityType: string;
  allowed: readonly RoleKey[];
}

/** The expected matrix, spelled out: everyone not listed is refused. */
const READS: Record<string, ReadCase> = {
  listUsers: { read: (db, ctx) => listUsers(db, ctx), action: "user.list", entityType: "User", allowed: ["admin"] },
  listUserScopes: {
    read: (db, ctx) => listUserScopes(db, ctx),
    action: "user.list",
    entityType: "User",
    allowed: ["admin"],
  },
  listPeriods: {
    read: (db, ctx) => listPeriods(db, ctx),
    action: "period.list",
    entityType: "ReportingPeriod",
    allowed: ["admin"],
  },
  listAdminItems: {
    read: (db, ctx) => listAdminItems(db, ctx),
    action: "item.list",
    entityType: "PlanItem",
    allowed: ["admin"],
  },
  getItemForEdit: {
    read: (db, ctx) => getItemForEdit(db, ctx, ITEM),
    action: "item.open_form",
    entityType: "PlanItem",
    allowed: ["admin"],
  },
  getInternalSummary: {
    read: (db, ctx) => getInternalSummary(db, ctx, undefined),
    action: "report.read_internal",
    entityType: "ProgressReport",
    allowed: ["council", "admin"],
  },
  getInternalTrend: {
    read: (db, ctx) => getInternalTrend(db, ctx),
    action: "report.read_internal",
    entityType: "ProgressReport",
    allowed: ["council", "admin"],
  },
  listInternalPeriods: {
    read: (db, ctx) => listInternalPeriods(db, ctx),
    action: "report.read_internal",
    entityType: "ProgressReport",
    allowed: ["council", "admin"],
  },
  listOpinionsForCouncil: {
    read: (db, ctx) => listOpinionsForCouncil(db, ctx),
    action: "opinion.list",
    entityType: "CouncilOpinion",
    allowed: ["council", "admin"],
  },
  listOpinionPeriods: {
    read: (db, ctx) => listOpinionPeriods(db, ctx),
    action: "opinion.list",
    entityType: "CouncilOpinion",
    allowed: ["council", "admin"],
  },
  listOpinionQueue: {
    read: (db, ctx) => listOpinionQueue(db, ctx),
    action: "opinion.list",
    entityType: "CouncilOpinion",
    allowed: ["admin"],
  },
  listReviewQueue: {
    read: (db, ctx) => listReviewQueue(db, ctx),
    action: "report.list_review",
    entityType: "ProgressReport",
    allowed: ["admin"],
  },
  listIndicatorAdmin: {
    read: (db, ctx) => listIndicatorAdmin(db, ctx, { status: "all", measurability: "all" }),
    action: "indicator.list",
    entityType: "Indicator",
    allowed: ["admin"],
  },
  listAudit: {
    read: (db, ctx) => listAudit(db, ctx, auditFilterSchema.parse({})),
    action: "audit.read",
    entityType: "AuditLog",
    allowed: ["admin"],
  },
  // Anyone signed in has a home; the policy then picks the items (none for the council).
  listMyItems: {
    read: (db, ctx) => listMyItems(db, ctx),
    action: "report.list_mine",
    entityType: "PlanItem",
    allowed: ["editor", "council", "admin"],
  },
  getReportForm: {
    read: (db, ctx) => getReportForm(db, ctx, ITEM),
    action: "report.open_form",
    entityType: "PlanItem",
    allowed: ["editor", "admin"],
  },
};

const cells = Object.entries(READS).flatMap(([loader, c]) =>
  ROLES.map((role) => ({ loader, role, allowed: c.allowed.includes(role) })),
);

describe.each(targets)("the read rule on $name", (target) => {
  let testDb: TestDb;
  let db: Db;
  const actors = {} as Record<RoleKey, Actor | null>;

  beforeAll(async () => {
    testDb = await openImportedDb(target);
    db = testDb.db;
    const admin = await makeUser(db, { role: "admin" });
    Object.assign(actors, {
      anonymous: null,
      editor: await makeUser(db, { role: "editor", section: "税務課" }),
      council: await makeUser(db, { role: "council" }),
      admin,
    });
    await openPeriod(db, { admin });
  });

  afterAll(async () => {
    await testDb?.close();
  });

  it.each(cells)("$loader × $role → allowed: $allowed", async ({ loader, role, allowed }) => {
    const { read, action, entityType } = READS[loader];
    const actor = actors[role];
    const before = await digest(db);
    const mark = await lastAuditId(db);

    if (allowed) {
      expect(await read(db, ctxOf(actor))).toBeDefined();
      expect(await auditSince(db, mark)).toEqual([]);
      return;
    }

    // An anonymous refusal is recorded once per address and action (anonymous-audit.test.ts) and
    // some loaders share an action: each cell asks from its own address.
    const ctx = ctxOf(actor, { ip: `198.18.0.${cells.findIndex((c) => c.loader === loader && c.role === role)}` });
    const error = await failureOf(read(db, ctx));
    const code = actor ? "forbidden" : "unauthenticated";
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe(code);
    expect(await digest(db)).toBe(before);
    const rows = await auditSince(db, mark);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action,
      entityType,
      outcome: "denied",
      actorId: actor?.id ?? null,
      actorRole: actor?.role ?? "anonymous",
      after: { reason: code },
      requestId: ctx.requestId,
      ip: ctx.ip,
    });
  });

  it("asks the policy before saying whether a target exists", async () => {
    const council = ctxOf(actors.council);
    expect((await failureOf(getItemForEdit(db, council, 9999))).code).toBe("forbidden");
    expect((await failureOf(getItemForEdit(db, ctxOf(actors.admin), 9999))).code).toBe("not_found");
    expect((await failureOf(getInternalSummary(db, ctxOf(actors.editor), null))).code).toBe("forbidden");
    expect((await failureOf(getInternalSummary(db, council, null))).code).toBe("not_found");
  });

  it("gives the loaders' enum fields as the database's values", async () => {
    const admin = ctxOf(actors.admin);
    const [users, periods, mine] = await Promise.all([
      listUsers(db, admin),
      listPeriods(db, admin),
      listMyItems(db, admin),
    ]);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(["admin", "editor", "council"]));
    expect(periods[0]).toMatchObject({ fiscalYear: 2025, term: "first_half", status: "open", reports: 0 });
    expect(mine.period).toMatchObject({ fiscalYear: 2025, term: "first_half" });
    expect(new Set(mine.items.map((i) => i.state))).toEqual(new Set(["none"]));
  });
});
