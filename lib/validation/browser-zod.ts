import { z } from "zod";

// zod as the browser's code imports it (the report forms; public pages load no zod at all). In the
// browser zod would probe for `new Function`, which the pages' CSP refuses (no 'unsafe-eval',
// lib/http/security-headers.ts) and reports as a violation, so there it stays on its plain path.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
