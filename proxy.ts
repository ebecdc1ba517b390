import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing.ts";

export default createMiddleware(routing);

export const config = {
  // Pages only: the API, Next's assets and files with an extension pass straight through.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
