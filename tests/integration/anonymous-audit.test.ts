// Requests without a session cost nothing to send, so their refusals must not
// write a row each: one record per address, action and window; a signed-in
// user's refusal is still recorded every time.
import { beforeAll, beforeEach, expect, it, vi } from "vitest";
import { ANONYMOUS_REFUSAL_WINDOW_MS } from "../../lib/audit/refusal-audit.ts";
import type { Actor } from "../../lib/auth/actor.ts";
import { listUsers } from "../../lib/users/list-users.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, ctxOf, failureOf, lastAuditId, makeUser } from "../support/fixtures.ts";
import { next, signInAs } from "../support/next-request.ts";

vi.mock("next/headers", async () =>
  (await import("../support/next-request.ts")).nextHeaders("req-anonymous-audit", "192.0.2.77"),
);
vi.mock("next/cache", async () => (await import("../support/next-request.ts")).nextCache());
vi.mock("../../lib/db/client.ts", async () => (await import("../support/next-request.ts")).dbClient());

const { markReadAction } = await import("../../lib/actions/notifications/inbox-actions.ts");
const { INITIAL_STATE } = await import("../../lib/actions/action-state.ts");

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

describeOnDatabases("anonymous refusals' audit", "migrated", (suite) => {
  let council: Actor;

  beforeAll(async () => {
    council = await makeUser(suite.db, { role: "council" });
  });

  beforeEach(async () => {
    next.db = suite.db;
    await suite.db.rateLimiterFlexible.deleteMany();
    await signInAs(suite.db, null);
  });

  it("200 anonymous Server Action calls from one address write one record", async () => {
    const mark = await lastAuditId(suite.db);
    for (let i = 0; i < 200; i++)
      expect(await markReadAction(INITIAL_STATE, form({ all: "1" }))).toMatchObject({
        ok: false,
        message: "unauthenticated",
      });
    const audit = await auditSince(suite.db, mark);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: "notification.read",
      outcome: "denied",
      actorId: null,
      actorRole: "anonymous",
      after: { reason: "unauthenticated" },
    });
  });

  it("bounds anonymous refused reads the same way, per address, and records again when the window is over", async () => {
    const mark = await lastAuditId(suite.db);
    for (let i = 0; i < 50; i++) await failureOf(listUsers(suite.db, ctxOf(null, { ip: "203.0.113.5" })));
    for (let i = 0; i < 50; i++) await failureOf(listUsers(suite.db, ctxOf(null, { ip: "203.0.113.6" })));
    for (let i = 0; i < 50; i++) await failureOf(listUsers(suite.db, ctxOf(null, { ip: null })));
    expect((await auditSince(suite.db, mark)).map((a) => [a.action, a.ip])).toEqual([
      ["user.list", "203.0.113.5"],
      ["user.list", "203.0.113.6"],
      ["user.list", null],
    ]);

    // The marker lasts one window; after it the next refusal is recorded again.
    const markers = await suite.db.rateLimiterFlexible.findMany({ where: { key: { startsWith: "audit-anonymous:" } } });
    expect(markers).toHaveLength(3);
    for (const m of markers) expect(m.expire!.getTime()).toBeLessThanOrEqual(Date.now() + ANONYMOUS_REFUSAL_WINDOW_MS);
    await suite.db.rateLimiterFlexible.updateMany({
      where: { key: { startsWith: "audit-anonymous:" } },
      data: { expire: new Date(Date.now() - 1000) },
    });
    const again = await lastAuditId(suite.db);
    await failureOf(listUsers(suite.db, ctxOf(null, { ip: "203.0.113.5" })));
    await failureOf(listUsers(suite.db, ctxOf(null, { ip: "203.0.113.5" })));
    expect(await auditSince(suite.db, again)).toHaveLength(1);
  });

  it("records every refusal of a signed-in user", async () => {
    const mark = await lastAuditId(suite.db);
    for (let i = 0; i < 3; i++) await failureOf(listUsers(suite.db, ctxOf(council)));
    expect(await auditSince(suite.db, mark)).toHaveLength(3);
  });
});
