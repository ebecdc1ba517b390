// Demo accounts (the README's password) on a database: refused at preparation on a
// production server, and counted for the secretariat's banner while they can sign in.
import { expect, it } from "vitest";
import { prepareDatabase } from "../../lib/db/prepare.ts";
import { countActiveDemoUsers, DEMO_USERS, DemoUsersRefusedError, seedDemo } from "../../lib/users/seed-demo.ts";
import { describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf, failureOf } from "../support/fixtures.ts";

describeOnDatabases("demo accounts", "imported", (suite) => {
  const cast = castIn(suite);

  it("are refused on a production server without ALLOW_DEMO_USERS=1, and none is created", async () => {
    const error = await failureOf(
      prepareDatabase(suite.db, { NODE_ENV: "production", SEED_DEMO_USERS: "1", PLAN_FILE: "" }),
    );
    expect(error).toBeInstanceOf(DemoUsersRefusedError);
    expect(await suite.db.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } })).toBe(0);
  });

  it("are counted for the secretariat while they are not disabled; others see none", async () => {
    expect(await countActiveDemoUsers(suite.db, ctxOf(cast.admin))).toBe(0);
    await seedDemo(suite.db);
    expect(await countActiveDemoUsers(suite.db, ctxOf(cast.admin))).toBe(DEMO_USERS.length);
    for (const other of [cast.editor, cast.council, null])
      expect(await countActiveDemoUsers(suite.db, ctxOf(other))).toBe(0);

    await suite.db.user.updateMany({
      where: { email: { in: DEMO_USERS.map((u) => u.email) } },
      data: { disabledAt: new Date() },
    });
    expect(await countActiveDemoUsers(suite.db, ctxOf(cast.admin))).toBe(0);
  });
});
