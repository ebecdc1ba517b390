// The secretariat's edit of a user names the version its form showed: a second edit
// based on the same version is refused (`conflict`) and overwrites nothing.
import { beforeAll, expect, it } from "vitest";
import type { Actor } from "../../lib/auth/actor.ts";
import { ServiceError } from "../../lib/auth/errors.ts";
import { createDb } from "../../lib/db/create-client.ts";
import { changeUser } from "../../lib/users/manage-users.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf, failureOf, makeUser } from "../support/fixtures.ts";

describeOnDatabases("editing a user someone else just edited", "imported", (suite) => {
  const cast = castIn(suite);
  let otherAdmin: Actor;

  beforeAll(async () => {
    otherAdmin = await makeUser(suite.db, { role: "admin" });
  });

  const edit = (db: Db, actor: Actor, user: { id: number; email: string }, name: string, version: unknown) =>
    changeUser(db, ctxOf(actor), user.id, {
      kind: "update",
      fields: { email: user.email, name, role: "council", sectionId: "", bureauId: "", version },
    });

  it("the second of two edits based on the same version gets conflict", async () => {
    const user = await makeUser(suite.db, { role: "council", name: "委員 元" });
    const { version } = await suite.db.user.findUniqueOrThrow({ where: { id: user.id } });
    await edit(suite.db, cast.admin, user, "委員 一", String(version));
    const error = await failureOf(edit(suite.db, otherAdmin, user, "委員 二", String(version)));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe("conflict");
    const stored = await suite.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ name: "委員 一", version: version + 1 });
  });

  it("an edit without the version it was based on is refused", async () => {
    const user = await makeUser(suite.db, { role: "council", name: "委員 元" });
    const error = await failureOf(edit(suite.db, cast.admin, user, "委員 三", undefined));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error.code).toBe("invalid");
    expect((await suite.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("委員 元");
  });

  it("of two edits at once based on the same version one wins and the other gets conflict", async () => {
    const user = await makeUser(suite.db, { role: "council", name: "委員 元" });
    const { version } = await suite.db.user.findUniqueOrThrow({ where: { id: user.id } });
    const clients = suite.databaseUrl
      ? [createDb({ databaseUrl: suite.databaseUrl }), createDb({ databaseUrl: suite.databaseUrl })]
      : [suite.db, suite.db];
    try {
      const results = await Promise.allSettled([
        edit(clients[0], cast.admin, user, "委員 甲", String(version)),
        edit(clients[1], otherAdmin, user, "委員 乙", String(version)),
      ]);
      const won = results.findIndex((r) => r.status === "fulfilled");
      expect(won).toBeGreaterThanOrEqual(0);
      const lost = results[1 - won];
      expect(lost.status).toBe("rejected");
      if (lost.status === "rejected") expect((lost.reason as ServiceError).code).toBe("conflict");
      const stored = await suite.db.user.findUniqueOrThrow({ where: { id: user.id } });
      expect(stored).toMatchObject({ name: won === 0 ? "委員 甲" : "委員 乙", version: version + 1 });
    } finally {
      if (suite.databaseUrl) await Promise.all(clients.map((c) => c.$disconnect()));
    }
  });
});
