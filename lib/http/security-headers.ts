/**
 * The security headers of every response; next.config.ts (`headers()`) and proxy.ts read them from here.
 *
 * - Every response: nosniff, the referrer policy, the permissions policy and `X-Frame-Options`.
 * - API, feeds, downloads and Next's assets: a CSP that allows nothing (`default-src 'none'`).
 * - Pages: a CSP that allows the site's own scripts, styles, fonts and images only. Pages rendered
 *   per request (the signed-in areas, /login, and the query twins of the cached lists,
 *   lib/http/page-cache.ts) get a fresh nonce from proxy.ts, which Next stamps on every script it
 *   renders. Static and revalidated pages are rendered once, without a request, so they cannot
 *   carry a nonce; their inline scripts (the RSC
 *   payload, `self.__next_f.push(...)`) change with the data they show, so hashes cannot name them
 *   either: there, `script-src 'self' 'unsafe-inline'` keeps scripts to the site and to what the
 *   page itself holds, while every other directive stays as strict as on the per-request pages.
 * - HSTS only when the request came over HTTPS (the TLS proxy's `X-Forwarded-Proto: https`).
 */

export const BASE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  // browsing-topics replaced interest-cohort (FLoC), which browsers now report as unknown.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  "X-Frame-Options": "DENY",
};

export const HSTS_HEADER = "max-age=31536000; includeSubDomains";

/** The CSP of everything that is not a page: nothing may load, nothing may frame it. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The paths of pages, as proxy.ts's matcher has them (a matcher must be a literal there): everything
 * but the API, Next's assets and files with an extension.
 */
export const PAGE_SOURCE = "/((?!api|_next|_vercel|.*\\..*).*)";

/**
 * Pages rendered per request (ƒ in `next build`'s list), which get a nonce: the signed-in areas
 * and /login (proxy.ts adds the query twins). A static page named here would lose its scripts
 * (its HTML has no nonce); a per-request page left out keeps working under the static policy.
 */
const PER_REQUEST_PAGE = /^(?:\/en)?\/(?:staff(?:\/|$)|council\/|login$)/;

export function isPerRequestPage(pathname: string): boolean {
  return PER_REQUEST_PAGE.test(pathname);
}

/**
 * The CSP of a page; with a nonce for pages rendered per request. `dev` (next dev) allows eval,
 * which React's development build and Next's fast refresh need.
 */
export function pageCsp({ nonce, dev = false }: { nonce?: string; dev?: boolean } = {}): string {
  const eval_ = dev ? " 'unsafe-eval'" : "";
  // 'strict-dynamic' lets the nonced scripts load Next's chunks; 'self' is for browsers without it.
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self' 'unsafe-inline'";
  return [
    "default-src 'self'",
    `script-src ${scripts}${eval_}`,
    // React writes style attributes (the timeline's grid columns, the charts' bar sizes): they need 'unsafe-inline'.
    "style-src 'self' 'unsafe-inline'",
    // data: covers small inline images.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value: string }[];
  headers: { key: string; value: string }[];
};

/**
 * The rules for next.config.ts `headers()`. A later rule's value wins for the same key, so pages
 * get the page CSP over the restrictive one; proxy.ts then replaces it with the nonce policy on
 * the pages rendered per request.
 */
export function securityHeaderRules({ dev = false }: { dev?: boolean } = {}): HeaderRule[] {
  return [
    {
      source: "/:path*",
      headers: [
        ...Object.entries(BASE_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
        { key: "Content-Security-Policy", value: NON_PAGE_CSP },
      ],
    },
    { source: PAGE_SOURCE, headers: [{ key: "Content-Security-Policy", value: pageCsp({ dev }) }] },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: HSTS_HEADER }],
    },
  ];
}
