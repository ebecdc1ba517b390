// Closing a period and publishing reports at the same time: the frozen edition holds the
// publication entirely (every report with its KPI actual) or not at all.
// On PostgreSQL the two run on separate clients (own connections), so the race is real.
import pg from "pg";
import { beforeAll, expect, it } from "vitest";
import { createDb } from "../../lib/db/create-client.ts";
import { parseSnapshot } from "../../lib/editions/snapshot.ts";
import { setPeriodStatus } from "../../lib/periods/manage-periods.ts";
import { publishReports } from "../../lib/review/publish-reports.ts";
import { type Db, describeOnDatabases } from "../support/db.ts";
import { castIn, ctxOf } from "../support/fixtures.ts";

const ITEMS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const ROUNDS = 12;

describeOnDatabases("closing a period while reports are published", "imported", (suite) => {
  const cast = castIn(suite);
  let round = 0;
  /** item number → id of its confirmed KPI */
  const kpiOf = new Map<number, number>();

  beforeAll(async () => {
    for (const number of ITEMS) {
      const item = await suite.db.planItem.findUniqueOrThrow({ where: { number } });
      const kpi = await suite.db.indicator.create({
        data: {
          scope: "item",
          itemId: item.id,
          name: `競合検査 ${number}`,
          description: "",
          unit: "件",
          direction: "increase",
          status: "confirmed",
          targetValue: 100,
          targetText: "100件",
          sortOrder: 99,
        },
      });
      kpiOf.set(number, kpi.id);
    }
  });

  /** A new open period with an approved report, and its KPI actual, of every item in ITEMS. */
  async function approvedRound() {
    round += 1;
    const fiscalYear = 2100 + round;
    const period = await suite.db.reportingPeriod.create({
      data: {
        fiscalYear,
        term: "first_half",
        dueOn: new Date(`${fiscalYear}-10-31`),
        status: "open",
        openedAt: new Date(),
      },
    });
    const reportIds: number[] = [];
    for (const number of ITEMS) {
      const item = await suite.db.planItem.findUniqueOrThrow({ where: { number } });
      const report = await suite.db.progressReport.create({
        data: {
          itemId: item.id,
          periodId: period.id,
          state: "approved",
          status: "in_progress",
          evaluation: "B",
          progressPercent: 50,
          createdById: cast.admin.id,
          updatedById: cast.admin.id,
        },
      });
      await suite.db.indicatorValue.create({
        data: { indicatorId: kpiOf.get(number)!, fiscalYear, periodId: period.id, reportId: report.id, value: round },
      });
      reportIds.push(report.id);
    }
    return { period, reportIds };
  }

  /** Each item of the publication as the period's edition shows it: its report, and its KPI actual. */
  async function editionView(db: Db, periodId: number) {
    const edition = await db.edition.findUniqueOrThrow({ where: { periodId } });
    const snapshot = parseSnapshot(edition.snapshot);
    return ITEMS.map((number) => {
      const item = snapshot.items.find((i) => i.number === number)!;
      const kpi = item.kpis.find((k) => k.id === kpiOf.get(number))!;
      return { report: item.current, actual: kpi.actual === round };
    });
  }

  /** All of the publication (each report with its actual) or none of it. */
  function expectAllOrNone(view: { report: boolean; actual: boolean }[]) {
    const included = view[0].report;
    expect(view).toEqual(ITEMS.map(() => ({ report: included, actual: included })));
  }

  /** Two more clients on the test database on PostgreSQL (own pools); on PGlite the one client. */
  async function withTwoClients(run: (closer: Db, publisher: Db) => Promise<void>) {
    if (!suite.databaseUrl) return run(suite.db, suite.db);
    const clients = [createDb({ databaseUrl: suite.databaseUrl }), createDb({ databaseUrl: suite.databaseUrl })];
    try {
      await Promise.all(clients.map((c) => c.$queryRaw`SELECT 1`));
      await run(clients[0], clients[1]);
    } finally {
      await Promise.all(clients.map((c) => c.$disconnect()));
    }
  }

  it("an edition frozen during a publication holds all of it or none, round after round", async () => {
    await withTwoClients(async (closer, publisher) => {
      for (let i = 0; i < ROUNDS; i++) {
        const { period, reportIds } = await approvedRound();
        const [closed, published] = await Promise.all([
          setPeriodStatus(closer, ctxOf(cast.admin), { periodId: period.id, status: "closed" }),
          publishReports(publisher, ctxOf(cast.admin), { reportIds }),
        ]);
        expect(closed.status).toBe("closed");
        expect(published.published).toBe(ITEMS.length);
        expectAllOrNone(await editionView(suite.db, period.id));
      }
    });
  });

  // The window between the freeze's reads is a few milliseconds: here a third connection holds the
  // freeze just before it reads the KPI actuals (a table lock) while the publication tries to commit.
  it.skipIf(suite.target.name === "pglite")(
    "a publication cannot commit between the freeze's reads (PostgreSQL only: PGlite has one connection)",
    async () => {
      await withTwoClients(async (closer, publisher) => {
        const { period, reportIds } = await approvedRound();
        const locker = new pg.Client({ connectionString: suite.databaseUrl });
        await locker.connect();
        try {
          await locker.query("BEGIN");
          await locker.query(`LOCK TABLE "IndicatorValue" IN ACCESS EXCLUSIVE MODE`);
          const closing = setPeriodStatus(closer, ctxOf(cast.admin), { periodId: period.id, status: "closed" });
          await waitFor(locker, `relation = '"IndicatorValue"'::regclass`);
          let settled = false;
          const publishing = publishReports(publisher, ctxOf(cast.admin), { reportIds }).finally(() => {
            settled = true;
          });
          // The publication either commits now or waits for the freeze; only then does the freeze go on.
          await waitFor(locker, "locktype = 'advisory'", () => settled);
          await locker.query("COMMIT");
          await Promise.all([closing, publishing]);
        } finally {
          await locker.end();
        }
        expectAllOrNone(await editionView(suite.db, period.id));
      });
    },
  );
});

/** Waits until some other connection waits for a lock matching `where`, or `done()` holds. */
async function waitFor(client: pg.Client, where: string, done: () => boolean = () => false) {
  const deadline = Date.now() + 60_000;
  while (!done()) {
    const { rows } = await client.query(`SELECT 1 FROM pg_locks WHERE NOT granted AND ${where}`);
    if (rows.length > 0) return;
    if (Date.now() > deadline) throw new Error(`no wait for a lock where ${where}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
