import { defineConfig } from "prisma/config";

// The datasource URL is only needed by `prisma migrate deploy` where the native
// schema engine exists; the app itself connects through driver adapters.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
