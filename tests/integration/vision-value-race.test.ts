// A vision indicator has one yearly actual per fiscal year, also when the secretariat
// enters it many times at once. On PostgreSQL every caller has its own client.
import { beforeAll, expect, it } from "vitest";
import { ServiceError } from "../../lib/auth/errors.ts";
import { createDb } from "../../lib/db/create-client.ts";
import { recordVisionValue } from "../../lib/indicators/manage-indicators.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf } from "../support/fixtures.ts";

const RACERS = 20;

describeOnDatabases("concurrent entries of a vision indicator's actual", "imported", (suite) => {
  const cast = castIn(suite);
  let indicatorId: number;

  beforeAll(async () => {
    indicatorId = (await suite.db.indicator.findFirstOrThrow({ where: { scope: "vision" }, orderBy: { id: "asc" } }))
      .id;
  });

  async function withClients<T>(run: (clients: Db[]) => Promise<T>): Promise<T> {
    if (!suite.databaseUrl) return run(Array.from({ length: RACERS }, () => suite.db));
    const clients = Array.from({ length: RACERS }, () => createDb({ databaseUrl: suite.databaseUrl }));
    try {
      await Promise.all(clients.map((c) => c.$queryRaw`SELECT 1`));
      return await run(clients);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  }

  it("twenty entries of one year at once leave one row holding one of their values", async () => {
    const results = await withClients((clients) =>
      Promise.allSettled(
        clients.map((db, i) =>
          recordVisionValue(db, ctxOf(cast.admin), { indicatorId, fiscalYear: 2031, value: String(i + 1), note: "" }),
        ),
      ),
    );
    for (const result of results) {
      if (result.status === "rejected") expect(result.reason).toBeInstanceOf(ServiceError);
      if (result.status === "rejected") expect((result.reason as ServiceError).code).toBe("conflict");
    }
    const rows = await suite.db.indicatorValue.findMany({ where: { indicatorId, fiscalYear: 2031, reportId: null } });
    expect(rows).toHaveLength(1);
    const entered = Array.from({ length: RACERS }, (_, i) => i + 1);
    expect(entered).toContain(rows[0].value);
    // The entries that succeeded: one created the row, every other one replaced it.
    const saved = results.filter((r) => r.status === "fulfilled").map((r) => r.value);
    expect(saved.filter((s) => !s.replaced)).toHaveLength(1);
  });

  it("a second yearly actual of the same year cannot be written past the service", async () => {
    const existing = await suite.db.indicatorValue.findFirstOrThrow({
      where: { indicatorId, fiscalYear: 2031, reportId: null },
    });
    await expect(
      suite.db.indicatorValue.create({ data: { indicatorId, fiscalYear: 2031, value: existing.value + 1 } }),
    ).rejects.toMatchObject({ code: "P2002" });
  });
});
