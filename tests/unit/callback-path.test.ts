import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "../../lib/auth/callback-path.ts";

const ORIGIN = "http://portal.invalid";

/** Where a browser ends up for `path` on this site, after the locale router puts a prefix back. */
function landsOnThisSite(path: string): boolean {
  return ["", "/en"].every((prefix) => new URL(prefix + path, ORIGIN).origin === ORIGIN);
}

describe("safeCallbackPath", () => {
  it("keeps a path on this site, without its locale prefix", () => {
    expect(safeCallbackPath("/staff")).toBe("/staff");
    expect(safeCallbackPath("/staff/items/44/report?tab=kpi#actual")).toBe("/staff/items/44/report?tab=kpi#actual");
    expect(safeCallbackPath("/ja/staff/reports")).toBe("/staff/reports");
    expect(safeCallbackPath("/en/staff/reports?period=3")).toBe("/staff/reports?period=3");
    expect(safeCallbackPath("/en")).toBe("/");
    expect(safeCallbackPath("/ja?x=1")).toBe("/?x=1");
    expect(safeCallbackPath("/")).toBe("/");
    // Only a whole segment is a locale.
    expect(safeCallbackPath("/english")).toBe("/english");
    // Percent-escapes stay escapes: never decoded into separators.
    expect(safeCallbackPath("/%2F/host")).toBe("/%2F/host");
    expect(safeCallbackPath("/%5C/host")).toBe("/%5C/host");
  });

  const bypasses = [
    "//host",
    "///host",
    "/\\host",
    "\\\\host",
    "/ja//host",
    "/en//host",
    "/ja/\\host",
    "/en/\\host",
    "/ja///host",
    "/\t/host",
    "/\n/host",
    "/\r/host",
    "/ja/\t/host",
    "/en/\t/host",
    "/\u0000/host",
    "/\u007f/host",
    "/ /host",
    " //host",
    "/\u3000/host",
    "/a/..//host",
    "/.//host",
    "/ja/.//host",
    "/x/..//host",
    "https://host",
    "http:host",
    "javascript:alert(1)",
    "host",
    "ja//host",
    "",
    "   ",
  ];

  it.each(bypasses)("refuses %j", (raw) => {
    expect(safeCallbackPath(raw)).toBeNull();
  });

  it("refuses nothing to leave: null and undefined", () => {
    expect(safeCallbackPath(null)).toBeNull();
    expect(safeCallbackPath(undefined)).toBeNull();
  });

  it("never returns a path that leads to another host, decoded or not", () => {
    const inputs = [...bypasses, "/%2F/host", "/ja/%09/host", "/%09/host", "/%5C%5Chost", "/ja/%2F%2Fhost"];
    for (const raw of [...inputs, ...inputs.map((s) => decodeURIComponent(s.replace(/%(?![0-9A-F]{2})/gi, "%25")))]) {
      const path = safeCallbackPath(raw);
      if (path === null) continue;
      expect(path, JSON.stringify(raw)).toMatch(/^\/(?![/\\])/);
      expect(landsOnThisSite(path), JSON.stringify(raw)).toBe(true);
    }
  });
});
