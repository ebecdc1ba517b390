import type { Db } from "./create-client.ts";

/** A Prisma interactive-transaction client. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Interactive transactions long enough for PGlite on a busy machine. */
export const TX_OPTIONS = { timeout: 30_000, maxWait: 30_000 } as const;
