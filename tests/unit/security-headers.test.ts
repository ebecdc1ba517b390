import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BASE_SECURITY_HEADERS,
  HSTS_HEADER,
  isPerRequestPage,
  NON_PAGE_CSP,
  newNonce,
  PAGE_SOURCE,
  pageCsp,
  securityHeaderRules,
} from "../../lib/http/security-headers.ts";

/** The directives of a policy, by name. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("page CSP", () => {
  it("keeps framing, plugins, base and form targets to nothing or the site", () => {
    for (const csp of [pageCsp(), pageCsp({ nonce: "abc" }), pageCsp({ dev: true })]) {
      const d = directives(csp);
      expect(d.get("frame-ancestors")).toEqual(["'none'"]);
      expect(d.get("object-src")).toEqual(["'none'"]);
      expect(d.get("base-uri")).toEqual(["'self'"]);
      expect(d.get("form-action")).toEqual(["'self'"]);
      expect(d.get("default-src")).toEqual(["'self'"]);
      expect(d.get("connect-src")).toEqual(["'self'"]);
    }
  });

  it("allows scripts by nonce on per-request pages, and neither inline scripts nor eval there", () => {
    const scripts = directives(pageCsp({ nonce: "abc" })).get("script-src");
    expect(scripts).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
  });

  it("allows the site's scripts and the page's own inline scripts on static pages", () => {
    expect(directives(pageCsp()).get("script-src")).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allows eval in development only", () => {
    expect(pageCsp()).not.toContain("unsafe-eval");
    expect(pageCsp({ nonce: "abc" })).not.toContain("unsafe-eval");
    expect(directives(pageCsp({ dev: true })).get("script-src")).toContain("'unsafe-eval'");
    expect(directives(pageCsp({ nonce: "abc", dev: true })).get("script-src")).toContain("'unsafe-eval'");
  });

  it("is read back by Next: the nonce is the first nonce source of script-src", () => {
    const nonce = newNonce();
    const source = directives(pageCsp({ nonce }))
      .get("script-src")!
      .find((s) => s.startsWith("'nonce-"));
    expect(source).toBe(`'nonce-${nonce}'`);
    // The pattern Next applies (next/dist/server/app-render/get-script-nonce-from-header.js).
    expect(source).toMatch(/^'nonce-([A-Za-z0-9+/_-]+={0,2})'$/);
  });
});

describe("nonces", () => {
  it("are 128 random bits, new each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});

describe("which pages render per request", () => {
  it.each([
    "/staff",
    "/staff/items/1-1-1/report",
    "/en/staff/review",
    "/council/dashboard",
    "/en/council/report/2025H1",
    "/login",
    "/en/login",
  ])("%s gets a nonce", (path) => expect(isPerRequestPage(path)).toBe(true));

  it.each([
    "/",
    "/en",
    "/council",
    "/en/council",
    "/items",
    "/en/items",
    "/items/44",
    "/dashboard",
    "/departments",
    "/departments/02",
    "/editions/2025H1",
    "/vision",
    "/staffing",
  ])("%s is static", (path) => expect(isPerRequestPage(path)).toBe(false));
});

describe("next.config.ts header rules", () => {
  const rules = securityHeaderRules();
  const valuesOf = (index: number) => Object.fromEntries(rules[index].headers.map((h) => [h.key, h.value]));

  it("send the base headers and the restrictive CSP everywhere, the page CSP on pages", () => {
    expect(rules[0].source).toBe("/:path*");
    expect(rules[0].has).toBeUndefined();
    expect(valuesOf(0)).toEqual({ ...BASE_SECURITY_HEADERS, "Content-Security-Policy": NON_PAGE_CSP });
    expect(rules[1].source).toBe(PAGE_SOURCE);
    expect(valuesOf(1)).toEqual({ "Content-Security-Policy": pageCsp() });
  });

  it("send HSTS only on requests that came over HTTPS", () => {
    const hsts = rules.filter((rule) => rule.headers.some((h) => h.key === "Strict-Transport-Security"));
    expect(hsts).toEqual([
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS_HEADER }],
      },
    ]);
  });

  // proxy.ts cannot import its matcher (Next reads it as a literal) nor be loaded outside Next.
  it("name the pages as proxy.ts's matcher does", () => {
    const proxy = readFileSync(new URL("../../proxy.ts", import.meta.url), "utf8");
    expect(proxy).toContain(`matcher: [${JSON.stringify(PAGE_SOURCE)}]`);
  });

  it("allow eval on pages in development", () => {
    expect(securityHeaderRules({ dev: true })[1].headers[0].value).toBe(pageCsp({ dev: true }));
  });
});

describe("base headers", () => {
  it("forbid sniffing and framing, trim the referrer and turn off device features", () => {
    expect(BASE_SECURITY_HEADERS).toEqual({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
      "X-Frame-Options": "DENY",
    });
    expect(HSTS_HEADER).toBe("max-age=31536000; includeSubDomains");
  });
});
