/**
 * The local API server for the request benchmarks, run in its own process so that its CPU time
 * is not counted as the client's:
 *
 *   node --import tsx test/bench/server.ts     prints "listening <port>" on 127.0.0.1 (free port)
 *
 * Every `GET /client/v4/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` that
 * carries `Authorization: Bearer <BENCH_TOKEN>` gets the seed page's example envelope (the same
 * bytes every time); anything else gets a 401 or 404, so a contender that sends a different
 * request fails its pre-flight check instead of being timed. Started with an IPC channel, it
 * exits when its parent goes away.
 */
import { createServer } from 'node:http';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { BENCH_TOKEN } from './bench-api.js';

const LOG_PATH = /^\/client\/v4\/accounts\/[^/?#]+\/ai-gateway\/gateways\/[^/?#]+\/logs\/[^/?#]+$/;

const body = Buffer.from(JSON.stringify(seedExampleBody()));
const notFound = Buffer.from(JSON.stringify({ success: false, errors: [{ code: 7002, message: 'Not Found' }] }));
const unauthorized = Buffer.from(JSON.stringify({ success: false, errors: [{ code: 10000, message: 'Authentication error' }] }));
const server = createServer((req, res) => {
  const send = (status: number, payload: Buffer) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': payload.length });
    res.end(payload);
  };
  // Drain any request body so keep-alive connections stay usable.
  req.resume();
  if (req.method !== 'GET' || !LOG_PATH.test(req.url ?? '')) return send(404, notFound);
  if (req.headers.authorization !== `Bearer ${BENCH_TOKEN}`) return send(401, unauthorized);
  send(200, body);
});
server.keepAliveTimeout = 120_000;
server.headersTimeout = 121_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`listening ${port}\n`);
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
