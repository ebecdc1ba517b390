// Two instances starting at once on one PostgreSQL database: the preparation (migrations,
// the import, the KPI backfill, the demo seed) runs once, without errors in either.
import { expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/create-client.ts";
import { prepareDatabase } from "../../lib/db/prepare.ts";
import { DEMO_USERS } from "../../lib/users/seed-demo.ts";
import { describeOnDatabases } from "../support/db.ts";

// The demo seed too: its check-then-create of accounts and of the first period races like the import would.
const DEMO_ENV = { NODE_ENV: "test", SEED_DEMO_USERS: "1" } as const;
const ROUNDS = 5;

describeOnDatabases("instances preparing one database at once", "empty", (suite) => {
  /** Prepares the database from two clients (own pools) at once; each must succeed. */
  async function prepareTwice() {
    const instances: Db[] = [
      createDb({ databaseUrl: suite.databaseUrl }),
      createDb({ databaseUrl: suite.databaseUrl }),
    ];
    try {
      await Promise.all(instances.map((db) => db.$queryRaw`SELECT 1`));
      const results = await Promise.allSettled(instances.map((db) => prepareDatabase(db, DEMO_ENV)));
      expect(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok"))).toEqual(["ok", "ok"]);
    } finally {
      await Promise.all(instances.map((db) => db.$disconnect()));
    }
  }

  async function expectPreparedOnce() {
    expect(await suite.db.planItem.count()).toBe(118);
    expect(await suite.db.importRun.count()).toBe(1);
    expect(await suite.db.user.count()).toBe(DEMO_USERS.length);
    expect(await suite.db.reportingPeriod.count()).toBe(1);
  }

  // PGlite is skipped: a PGlite directory is opened by one process, through one client.
  it.skipIf(suite.target.name === "pglite")("a fresh database is migrated, imported and seeded once", async () => {
    await prepareTwice();
    await expectPreparedOnce();
    expect(await suite.db.auditLog.count({ where: { action: "user.create_demo" } })).toBe(DEMO_USERS.length);
  });

  // Once the import has nothing left to do, both instances reach the demo seed together.
  it.skipIf(suite.target.name === "pglite")("a prepared database is seeded again once, round after round", async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await suite.db.user.deleteMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
      await suite.db.reportingPeriod.deleteMany();
      await prepareTwice();
      await expectPreparedOnce();
    }
  });
});
