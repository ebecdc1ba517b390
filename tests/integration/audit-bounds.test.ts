// An audit record is written whatever the request carried: an entity id of
// 3 KB (beyond what PostgreSQL's btree index on entityId takes), an oversized
// request id or address, a huge before/after. A refusal always leaves its trace.
import { randomBytes } from "node:crypto";
import { expect, it } from "vitest";
import { AUDIT_JSON_LIMIT, AUDIT_TEXT_LIMITS, writeAudit } from "../../lib/audit/write-audit.ts";
import { setAchievement } from "../../lib/items/set-achievement.ts";
import { updateItem } from "../../lib/items/update-item.ts";
import { describeOnDatabases } from "../support/db.ts";
import { auditSince, castIn, ctxOf, failureOf, lastAuditId } from "../support/fixtures.ts";

/** 3 KB that PostgreSQL cannot compress below its index entry limit, as a repeated digit would be. */
const HUGE_NUMBER = randomBytes(2250).toString("base64");

describeOnDatabases("audit bounds", "imported", (suite) => {
  const cast = castIn(suite);

  it("records a refusal with a 3 KB itemNumber as exactly one denied record", async () => {
    for (const refused of [
      () => updateItem(suite.db, ctxOf(cast.editor), { itemNumber: HUGE_NUMBER, version: "1" }),
      () => setAchievement(suite.db, ctxOf(cast.editor), { itemNumber: HUGE_NUMBER, version: "1" }),
    ]) {
      const mark = await lastAuditId(suite.db);
      expect((await failureOf(refused())).code).toBe("forbidden");
      const audit = await auditSince(suite.db, mark);
      expect(audit.map((r) => [r.outcome, r.actorId])).toEqual([["denied", cast.editor.id]]);
      expect(audit[0].entityId).toBe(`${HUGE_NUMBER.slice(0, AUDIT_TEXT_LIMITS.entityId - 1)}…`);
    }
  });

  it("caps what the request carried and keeps a huge before/after by its size", async () => {
    const mark = await lastAuditId(suite.db);
    await writeAudit(suite.db, {
      actor: cast.admin,
      action: "a".repeat(500),
      entityType: "PlanItem",
      entityId: "𠮷".repeat(3000),
      before: { text: "x".repeat(AUDIT_JSON_LIMIT) },
      after: { itemNumber: 44 },
      requestId: "r".repeat(5000),
      ip: "1".repeat(5000),
    });
    const [row] = await auditSince(suite.db, mark);
    expect(row.action).toHaveLength(AUDIT_TEXT_LIMITS.action);
    expect(Array.from(row.entityId ?? "")).toHaveLength(AUDIT_TEXT_LIMITS.entityId);
    expect(row.entityId?.endsWith("𠮷…")).toBe(true);
    expect(row.requestId).toHaveLength(AUDIT_TEXT_LIMITS.requestId);
    expect(row.ip).toHaveLength(AUDIT_TEXT_LIMITS.ip);
    expect(row.before).toEqual({ truncated: true, bytes: AUDIT_JSON_LIMIT + 11 });
    expect(row.after).toEqual({ itemNumber: 44 });
  });
});
