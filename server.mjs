// The production server (`npm start`): Next's request handler behind a plain Node HTTP server, so the
// app can tell the connection's peer address from an X-Forwarded-For header any client may send.
// lib/http/client-address.ts reads the header named in PORTAL_PEER_HEADER; a header of that name
// sent by a client is always overwritten. PORT (default 3000) and HOSTNAME (default 0.0.0.0) choose
// where to listen; next.config.ts (NEXT_DIST_DIR included) is read as `next start` reads it.
import http from "node:http";

const PEER_HEADER = "x-portal-peer";
process.env.NODE_ENV ??= "production";
process.env.PORTAL_PEER_HEADER = PEER_HEADER;

const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

// Imported after NODE_ENV is set, as the `next` command does before loading the server.
const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

http
  .createServer((req, res) => {
    const peer = req.socket.remoteAddress;
    if (peer) req.headers[PEER_HEADER] = peer;
    else delete req.headers[PEER_HEADER];
    handle(req, res);
  })
  .listen(port, hostname, () => {
    console.log(`Ready on http://${hostname}:${port}`);
  });
