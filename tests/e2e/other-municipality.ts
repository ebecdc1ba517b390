import os from "node:os";
import path from "node:path";

/** Where the second build (another municipality's plan) and its plan file live during the e2e tests. */
export const OTHER_DIST_DIR = ".next-other";
export const OTHER_PLAN_FILE = path.join(os.tmpdir(), "portal-e2e-kawasemi.xlsx");
