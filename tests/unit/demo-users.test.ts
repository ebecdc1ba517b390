import { describe, expect, it } from "vitest";
import { DemoUsersRefusedError, demoUsersRequested } from "../../lib/users/seed-demo.ts";

describe("demoUsersRequested", () => {
  it("creates the demo accounts only when asked", () => {
    expect(demoUsersRequested({ NODE_ENV: "development" })).toBe(false);
    expect(demoUsersRequested({ NODE_ENV: "production" })).toBe(false);
    expect(demoUsersRequested({ NODE_ENV: "development", SEED_DEMO_USERS: "1" })).toBe(true);
    expect(demoUsersRequested({ NODE_ENV: "test", SEED_DEMO_USERS: "1" })).toBe(true);
  });

  it("refuses them on a production server, in Japanese, unless ALLOW_DEMO_USERS=1 says it is a trial", () => {
    const production = { NODE_ENV: "production", SEED_DEMO_USERS: "1" } as const;
    expect(() => demoUsersRequested(production)).toThrow(DemoUsersRefusedError);
    expect(() => demoUsersRequested(production)).toThrow(/本番環境.*ALLOW_DEMO_USERS=1/);
    expect(() => demoUsersRequested({ ...production, ALLOW_DEMO_USERS: "true" })).toThrow(DemoUsersRefusedError);
    expect(demoUsersRequested({ ...production, ALLOW_DEMO_USERS: "1" })).toBe(true);
  });
});
