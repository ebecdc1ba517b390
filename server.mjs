// The production server (`npm start`): Next's request handler behind a plain Node HTTP server, so
// that the app knows the connection's peer address (a client can write any X-Forwarded-For), every
// request has an id the access log and the audit records share, and SIGTERM drains.
// - PORTAL_PEER_HEADER names the request header set to the peer address, and PORTAL_REQUEST_ID_HEADER
//   the one set to the request id; both always overwrite what a client sent. lib/http/client-address.ts
//   and lib/auth/session.ts read them.
// - The request id is a trusted proxy's plain X-Request-Id (TRUSTED_PROXY_HOPS > 0), else generated:
//   the same rule as lib/auth/session.ts applies without this server (`next dev`).
// - One JSON line per request on stdout (pino, as lib/log/logger.ts), path without the query.
// - SIGTERM/SIGINT: stop accepting connections, answer 503 to new requests on open connections,
//   let requests in flight finish, close the database, exit; forced exit after DRAIN_TIMEOUT_MS.
// PORT (default 3000) and HOSTNAME (default 0.0.0.0) choose where to listen; next.config.ts
// (NEXT_DIST_DIR included) is read as `next start` reads it.
import { randomUUID } from "node:crypto";
import http from "node:http";
import pino from "pino";

const PEER_HEADER = "x-portal-peer";
const REQUEST_ID_HEADER = "x-portal-request-id";
const FORWARDED_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const DRAIN_TIMEOUT_MS = 8_000;

process.env.NODE_ENV ??= "production";
process.env.PORTAL_PEER_HEADER = PEER_HEADER;
process.env.PORTAL_REQUEST_ID_HEADER = REQUEST_ID_HEADER;

const logger = pino({ level: process.env.LOG_LEVEL ?? "info", base: { service: "plan-portal" } });

const rawHops = process.env.TRUSTED_PROXY_HOPS?.trim() ?? "";
if (rawHops !== "" && !/^\d{1,2}$/.test(rawHops)) {
  console.error(
    `TRUSTED_PROXY_HOPS は手前のリバースプロキシの数（0 以上の整数）で指定してください（現在の値: ${JSON.stringify(rawHops)}）`,
  );
  process.exit(1);
}
const behindProxy = Number(rawHops || 0) > 0;

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

// Imported after NODE_ENV is set, as the `next` command does before loading the server.
const { default: next } = await import("next");
// Next treats a proxy rewrite (next-intl's /login → /ja/login) as internal only when its origin is
// the server's own URL, which it builds from this hostname; next-intl builds the rewrite on
// "localhost", as `next start` does. Any other name (127.0.0.1, 0.0.0.0) turns every page into a
// redirect to itself. HOSTNAME only chooses the address to listen on.
const app = next({ dev: false, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

let draining = false;
let inFlight = 0;
const open = new Set();

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const forwarded = req.headers["x-request-id"];
  const requestId =
    behindProxy && typeof forwarded === "string" && FORWARDED_REQUEST_ID.test(forwarded) ? forwarded : randomUUID();
  req.headers[REQUEST_ID_HEADER] = requestId;
  const peer = req.socket.remoteAddress;
  if (peer) req.headers[PEER_HEADER] = peer;
  else delete req.headers[PEER_HEADER];
  res.setHeader("X-Request-Id", requestId);

  if (draining) {
    res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", Connection: "close", "Retry-After": "5" });
    res.end("サーバーを停止しています。しばらくしてからもう一度お試しください。\n");
    return;
  }
  inFlight += 1;
  open.add(res);
  res.on("close", () => {
    inFlight -= 1;
    open.delete(res);
    logger.info(
      {
        requestId,
        method: req.method,
        path: (req.url ?? "").split("?")[0],
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
      },
      "request",
    );
    // A keep-alive connection becomes idle after its response: let server.close() finish.
    if (draining) setImmediate(() => server.closeIdleConnections());
  });
  handle(req, res);
});

async function shutdown(signal) {
  if (draining) return;
  draining = true;
  logger.info({ signal, inFlight }, "draining");
  for (const res of open) if (!res.headersSent) res.shouldKeepAlive = false;
  setTimeout(() => {
    logger.error({ inFlight }, "drain timed out");
    process.exit(1);
  }, DRAIN_TIMEOUT_MS).unref();
  server.close(async () => {
    // The database the app opened (lib/db/runtime.ts): PGlite is checkpointed and closed cleanly.
    await globalThis.portalDbClose?.();
    logger.info("stopped");
    process.exit(0);
  });
  server.closeIdleConnections();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);

server.listen(port, hostname, () => {
  logger.info({ port, hostname }, "ready");
});
