// Failure drill: the process writing to the embedded database is killed (SIGKILL) in the middle of
// saving drafts. The next open of the data directory succeeds and every save that was acknowledged
// is there.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { afterAll, expect, it } from "vitest";
import { restorePglite } from "../../lib/db/backup.ts";
import { closeDb, createDb } from "../../lib/db/create-client.ts";
import { migrate } from "../../lib/db/migrate.ts";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { importSource } from "../../lib/importer/import-source.ts";
import { makeUser, openPeriod } from "../support/fixtures.ts";
import { countOf } from "../support/reports.ts";

const work = fs.mkdtempSync(path.join(os.tmpdir(), "portal-drill-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

// 税務課's items: the editor may report on each.
const ITEMS = [42, 43, 44, 56];
const ACKS_BEFORE_KILL = 40;

/** A data directory with the plan, an open period and an editor of 税務課; the editor's id. */
async function preparedDirectory(dir: string): Promise<number> {
  // Filled in memory (a file-based import is slow), then placed in the directory as a restore does.
  const memory = new PGlite("memory://");
  const db = new PrismaClient({ adapter: new PrismaPGlite(memory) });
  await migrate(db);
  await importSource(db);
  await openPeriod(db);
  const editor = await makeUser(db, { role: "editor", section: "税務課" });
  const seed = path.join(work, "seed.tar.gz");
  fs.writeFileSync(seed, new Uint8Array(await (await memory.dumpDataDir("gzip")).arrayBuffer()));
  await db.$disconnect();
  await memory.close();
  await restorePglite(seed, dir);
  return editor.id;
}

it("keeps every acknowledged draft when the writing process is killed", async () => {
  const dir = path.join(work, "data");
  const editorId = await preparedDirectory(dir);

  const child = spawn(
    "node",
    [
      "--import",
      "tsx",
      "--import",
      "./tests/support/server-only-loader.mjs",
      "tests/support/drill-writer.ts",
      dir,
      String(editorId),
      ITEMS.join(","),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const acknowledged = new Map<number, number>();
  let acks = 0;
  let rest = "";
  const killed = new Promise<void>((resolve, reject) => {
    child.on("exit", () => resolve());
    child.on("error", reject);
    child.stdout.on("data", (chunk: Buffer) => {
      const lines = (rest + chunk.toString("utf8")).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) {
        const match = /^ACK (\d+) (\d+)$/.exec(line);
        if (!match) continue;
        acknowledged.set(Number(match[1]), Number(match[2]));
        acks += 1;
        if (acks === ACKS_BEFORE_KILL) child.kill("SIGKILL");
      }
    });
  });
  await killed;
  expect(acks).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

  const db = createDb({ pgliteDir: dir });
  try {
    for (const [itemNumber, counter] of acknowledged) {
      const report = await db.progressReport.findFirstOrThrow({ where: { item: { number: itemNumber } } });
      // The last acknowledged save, or one the process committed before it could say so.
      expect(countOf(report.achievements), `item ${itemNumber}`).toBeGreaterThanOrEqual(counter);
    }
    // The database works on: a new write commits.
    await db.user.update({ where: { id: editorId }, data: { name: "再起動後" } });
  } finally {
    await closeDb(db);
  }
}, 300_000);
