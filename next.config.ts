import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaderRules } from "./lib/http/security-headers.ts";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // PGlite ships Wasm and data files that must be loaded from node_modules at run time; exceljs is a
  // CommonJS library with Node streams inside, loaded as it is rather than bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "exceljs", "jszip"],
  poweredByHeader: false,
  // The e2e tests build a second copy for another municipality's plan beside the main build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The survey import sends a workbook of up to 5 MB to a Server Action (1 MB by default); the
  // margin covers the multipart encoding, and the reader refuses anything over 5 MB itself.
  // authInterrupts: pages refused by the policy answer 403 through forbidden() (app/forbidden.tsx).
  experimental: { serverActions: { bodySizeLimit: "6mb" }, authInterrupts: true, inlineCss: true },
  typedRoutes: false,
  // Public pages are served from cache (revalidate 10 s): their Cache-Control lets a reverse proxy
  // keep one for 10 s and then serve it stale for up to an hour while it fetches the new one.
  expireTime: 3600,
  // Security headers on every response (lib/http/security-headers.ts); proxy.ts adds the nonce policy.
  async headers() {
    return securityHeaderRules({ dev: process.env.NODE_ENV === "development" });
  },
};

export default withNextIntl(nextConfig);
