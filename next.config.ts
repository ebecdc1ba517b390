import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships Wasm and data files that must be loaded from node_modules at run time; exceljs is a
  // CommonJS library with Node streams inside, loaded as it is rather than bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "exceljs", "jszip"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
