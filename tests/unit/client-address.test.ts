import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clientAddress, PEER_HEADER_ENV, ProxyHopsError, trustedProxyHops } from "../../lib/http/client-address.ts";

const PEER = "x-portal-peer";

// getRequestContext reads the request's headers; no session cookie, so no database either.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => request.headers,
}));
vi.mock("../../lib/db/client.ts", () => ({
  getDb: async () => {
    throw new Error("no database in unit tests");
  },
}));

/** A request's headers as `get` reads them. */
const from = (headers: Record<string, string>) => (name: string) => new Headers(headers).get(name);

beforeEach(() => {
  vi.stubEnv(PEER_HEADER_ENV, PEER);
  vi.stubEnv("TRUSTED_PROXY_HOPS", "");
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe("clientAddress", () => {
  it("without a proxy, is the connection's peer whatever X-Forwarded-For says", () => {
    expect(clientAddress(from({ [PEER]: "203.0.113.7" }))).toBe("203.0.113.7");
    expect(clientAddress(from({ [PEER]: "203.0.113.7", "x-forwarded-for": "198.51.100.1" }))).toBe("203.0.113.7");
    expect(clientAddress(from({ [PEER]: "2001:db8::1", "x-forwarded-for": "198.51.100.1, 10.0.0.1" }), 0)).toBe(
      "2001:db8::1",
    );
  });

  it("behind one proxy, is the entry that proxy appended, not what the client sent before it", () => {
    const get = from({ [PEER]: "10.0.0.2", "x-forwarded-for": "198.51.100.66, 203.0.113.7" });
    expect(clientAddress(get, 1)).toBe("203.0.113.7");
    expect(clientAddress(from({ [PEER]: "10.0.0.2", "x-forwarded-for": "203.0.113.7" }), 1)).toBe("203.0.113.7");
    // Several X-Forwarded-For headers arrive joined; empty entries a client slipped in do not count.
    expect(clientAddress(from({ [PEER]: "10.0.0.2", "x-forwarded-for": " , 203.0.113.7" }), 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, skips the one the outer proxy was seen from", () => {
    const get = from({ [PEER]: "10.0.0.3", "x-forwarded-for": "198.51.100.66, 203.0.113.7, 10.0.0.2" });
    expect(clientAddress(get, 2)).toBe("203.0.113.7");
  });

  it("reads TRUSTED_PROXY_HOPS when no count is given", () => {
    const get = from({ [PEER]: "10.0.0.2", "x-forwarded-for": "203.0.113.7" });
    expect(clientAddress(get)).toBe("10.0.0.2");
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    expect(clientAddress(get)).toBe("203.0.113.7");
  });

  it("is null when the request did not come through as many proxies as configured", () => {
    expect(clientAddress(from({ [PEER]: "10.0.0.2" }), 1)).toBeNull();
    expect(clientAddress(from({ [PEER]: "10.0.0.2", "x-forwarded-for": "203.0.113.7" }), 2)).toBeNull();
  });

  it("is null without the peer header, and a client's own peer header counts only under server.mjs", () => {
    expect(clientAddress(from({ "x-forwarded-for": "203.0.113.7" }))).toBeNull();
    expect(clientAddress(from({ "x-forwarded-for": "203.0.113.7" }), 1)).toBeNull();
    vi.stubEnv(PEER_HEADER_ENV, "");
    expect(clientAddress(from({ [PEER]: "203.0.113.7", "x-forwarded-for": "203.0.113.7" }), 1)).toBeNull();
  });

  it("writes IPv4-mapped IPv6 as IPv4 and refuses anything that is not an address", () => {
    expect(clientAddress(from({ [PEER]: "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientAddress(from({ [PEER]: "::FFFF:192.0.2.1" }))).toBe("192.0.2.1");
    expect(clientAddress(from({ [PEER]: "::ffff:7f00:1" }))).toBe("::ffff:7f00:1");
    for (const bad of ["unknown", "203.0.113.7:443", "<script>", "1".repeat(200), "::ffff:"]) {
      expect(clientAddress(from({ [PEER]: bad })), bad).toBeNull();
      expect(clientAddress(from({ [PEER]: "10.0.0.2", "x-forwarded-for": bad }), 1), bad).toBeNull();
    }
  });
});

describe("trustedProxyHops", () => {
  it("is 0 unless set, and the number of proxies when it is", () => {
    expect(trustedProxyHops({})).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: "0" })).toBe(0);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: " 2 " })).toBe(2);
  });

  it.each(["-1", "1.5", "one", "1e2", "0x1", "999"])("refuses %j in Japanese", (value) => {
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toThrow(ProxyHopsError);
    expect(() => trustedProxyHops({ TRUSTED_PROXY_HOPS: value })).toThrow(/TRUSTED_PROXY_HOPS は/);
  });
});

describe("getRequestContext", () => {
  async function contextOf(headers: Record<string, string>) {
    request.headers = new Headers(headers);
    const { getRequestContext } = await import("../../lib/auth/session.ts");
    return getRequestContext();
  }

  it("does not take the address or the request id from a client's headers", async () => {
    const ctx = await contextOf({ "x-forwarded-for": "198.51.100.66", "x-request-id": "chosen-by-the-client" });
    expect(ctx.ip).toBeNull();
    expect(ctx.requestId).not.toBe("chosen-by-the-client");
    expect(ctx.requestId).toMatch(/^[0-9a-f-]{36}$/);
    const direct = await contextOf({
      [PEER]: "203.0.113.7",
      "x-forwarded-for": "198.51.100.66",
      "x-request-id": "abcdefgh",
    });
    expect(direct).toMatchObject({ actor: null, ip: "203.0.113.7" });
    expect(direct.requestId).not.toBe("abcdefgh");
  });

  it("takes the request id server.mjs chose, which its access log carries", async () => {
    vi.stubEnv("PORTAL_REQUEST_ID_HEADER", "x-portal-request-id");
    const ctx = await contextOf({
      [PEER]: "203.0.113.7",
      "x-portal-request-id": "1b4e28ba-2fa1-41d2-883f-0016d3cca427",
    });
    expect(ctx.requestId).toBe("1b4e28ba-2fa1-41d2-883f-0016d3cca427");
  });

  it("behind a trusted proxy, takes the client's address and a plain request id from it", async () => {
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    const ctx = await contextOf({
      [PEER]: "10.0.0.2",
      "x-forwarded-for": "203.0.113.7",
      "x-request-id": "req-0123abcd",
    });
    expect(ctx).toMatchObject({ ip: "203.0.113.7", requestId: "req-0123abcd" });
    for (const id of ["short", "has space in it", "x".repeat(65), "id;forged=1", "<script>alert(1)</script>"]) {
      const other = await contextOf({ [PEER]: "10.0.0.2", "x-request-id": id });
      expect(other.requestId, id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
