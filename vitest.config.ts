import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));
// `server-only` throws outside React Server Components; tests call the data layer directly.
const alias = {
  "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
  "@": root,
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // One PostgreSQL database is shared by the files: run them one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
