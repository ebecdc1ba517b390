import type { Db } from "./create-client.ts";
import { migrate } from "./migrate.ts";
import { importSource } from "../importer/import-source.ts";

/** Brings a database to the current schema and loads the source document (both idempotent). */
export async function prepareDatabase(db: Db): Promise<void> {
  await migrate(db);
  await importSource(db);
}
