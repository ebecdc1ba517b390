import "server-only";

export { getDb } from "./runtime.ts";
export type { Db } from "./create-client.ts";
