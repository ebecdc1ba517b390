import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { OTHER_DIST_DIR, OTHER_PLAN_FILE } from "./tests/e2e/other-municipality";

const port = Number(process.env.E2E_PORT ?? 3210);
// A second server, on its own build and database, for another municipality's plan (PLAN_FILE),
// built by tests/fixtures/build-other-municipality.ts.
const otherPort = port + 1;
// Fresh embedded databases per run, so every run starts from the plan's source data.
const runDir = path.join(os.tmpdir(), `portal-e2e-${process.pid}-${Date.now()}`);
const serverEnv = {
  DATABASE_URL: "",
  SEED_DEMO_USERS: "1",
  ALLOW_DEMO_USERS: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  HOSTNAME: "127.0.0.1",
};

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  // Generous waits: the first views after start fill the server's caches on 2 shared cores.
  // Speed is measured by `npm run bench`, not by these timeouts.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "ja-JP",
    timezoneId: "Asia/Tokyo",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download cannot work on a closed network.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    // Signs the demo accounts in once and saves their sessions for the specs (tests/e2e/support.ts).
    { name: "setup", testMatch: /auth\.setup\.ts$/ },
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined },
      dependencies: ["setup"],
      testIgnore: /other-municipality\.spec\.ts/,
    },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /citizen\.spec\.ts/ },
    {
      name: "other-municipality",
      use: { ...devices["Desktop Chrome"], channel: undefined, baseURL: `http://127.0.0.1:${otherPort}` },
      testMatch: /other-municipality\.spec\.ts/,
    },
  ],
  webServer: [
    {
      command: "node server.mjs",
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { ...serverEnv, PORT: String(port), PGLITE_DIR: path.join(runDir, "city") },
    },
    {
      command: "node server.mjs",
      url: `http://127.0.0.1:${otherPort}/api/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        ...serverEnv,
        PORT: String(otherPort),
        NEXT_DIST_DIR: OTHER_DIST_DIR,
        PGLITE_DIR: path.join(runDir, "other"),
        PLAN_FILE: OTHER_PLAN_FILE,
      },
    },
  ],
});
