import { z } from "zod";

// Zod compiles object parsers with `new Function` after probing for it; under the pages' CSP
// (no 'unsafe-eval', lib/http/security-headers.ts) the probe is refused and reported as a
// violation. Parsing in the browser stays on zod's plain path.
z.config({ jitless: true });
