import { isIP } from "node:net";

/**
 * server.mjs names here the request header it sets to the connection's peer address on every
 * request, over whatever a client sent. Under `next dev` or a bare `next start` nothing sets it, and
 * a header of that name can only have come from a client: no address is known then.
 */
export const PEER_HEADER_ENV = "PORTAL_PEER_HEADER";

/** Longer than any IPv6 address with a zone: not an address. */
const MAX_ADDRESS_LENGTH = 64;

/** TRUSTED_PROXY_HOPS that is not a whole number of proxies; the start is refused with this message. */
export class ProxyHopsError extends Error {}

/**
 * How many reverse proxies stand in front of the portal (TRUSTED_PROXY_HOPS, default 0): each one
 * appends the address it received the request from to X-Forwarded-For. A value that does not parse
 * is refused rather than read as 0, which would give every visitor the proxy's address.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const raw = env.TRUSTED_PROXY_HOPS?.trim() ?? "";
  if (raw === "") return 0;
  if (!/^\d{1,2}$/.test(raw)) {
    throw new ProxyHopsError(
      `TRUSTED_PROXY_HOPS は手前のリバースプロキシの数（0 以上の整数）で指定してください（現在の値: ${JSON.stringify(raw)}）`,
    );
  }
  return Number(raw);
}

/**
 * The client's address, or null when it cannot be known. The chain is the X-Forwarded-For entries
 * followed by the connection's peer; each trusted proxy added the entry to the right of the one it
 * got, so the client is `hops` entries from the right (0: the peer itself). Entries further left were
 * written by the client and are never read. A chain shorter than that did not come through the
 * expected proxies: null.
 */
export function clientAddress(
  get: (name: string) => string | null | undefined,
  hops: number = trustedProxyHops(),
): string | null {
  const peerHeader = process.env[PEER_HEADER_ENV];
  const peer = peerHeader ? get(peerHeader) : null;
  if (!peer) return null;
  const forwarded = hops > 0 ? (get("x-forwarded-for") ?? "").split(",").filter((entry) => entry.trim() !== "") : [];
  const chain = [...forwarded, peer];
  const entry = chain[chain.length - 1 - hops];
  return entry === undefined ? null : normaliseAddress(entry);
}

/** An IP address as written once (IPv4-mapped IPv6 as IPv4), or null for anything else. */
function normaliseAddress(raw: string): string | null {
  const address = raw.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  return address.length <= MAX_ADDRESS_LENGTH && isIP(address) !== 0 ? address : null;
}
