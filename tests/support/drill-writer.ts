// The writer of the embedded-database kill drill (tests/integration/drill-embedded-kill.test.ts):
// saves drafts of the given items in turn on the PGlite directory, through the report service as
// the form does, and prints "ACK item counter" after each save has committed, until it is killed.
// Run: node --import tsx --import ./tests/support/server-only-loader.mjs tests/support/drill-writer.ts DIR EDITOR_ID ITEM,...
import { resolveActor } from "../../lib/auth/resolve-actor.ts";
import { createDb } from "../../lib/db/create-client.ts";
import { saveCountedDraft } from "./reports.ts";

const [dir, editorId, itemList] = process.argv.slice(2);
const db = createDb({ pgliteDir: dir });
const user = await db.user.findUniqueOrThrow({ where: { id: Number(editorId) } });
const now = Math.floor(Date.now() / 1000);
const actor = await resolveActor(db, { uid: user.id, sv: user.sessionVersion, loginAt: now, seenAt: now }, now);
if (!actor) throw new Error("the editor's session did not resolve");
const ctx = { actor, requestId: "drill", ip: "192.0.2.1" };
const base = new Map<number, { reportId: number; version: number }>();
const items = itemList.split(",").map(Number);
process.stdout.write("READY\n");
for (let counter = 1; ; counter++) {
  for (const itemNumber of items) {
    const previous = base.get(itemNumber) ?? { reportId: 0, version: 0 };
    const saved = await saveCountedDraft(db, ctx, itemNumber, previous, counter);
    base.set(itemNumber, { reportId: saved.reportId, version: saved.version });
    // Pipes are written synchronously on Linux: the line is out before the next save starts.
    process.stdout.write(`ACK ${itemNumber} ${counter}\n`);
  }
}
