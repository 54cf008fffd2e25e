import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A node:http server on 127.0.0.1 and a free port, routing by path to the handlers given. */
export class WireServer {
  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(routes: Record<string, Handler>): Promise<WireServer> {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const handler = routes[path];
      if (handler === undefined) {
        res.writeHead(404).end();
        return;
      }
      Promise.resolve(handler(req, res)).catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return new WireServer(server, `http://127.0.0.1:${port}`);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Resolves when the request's connection closes (the client went away or the response ended). */
export function closed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => res.on('close', () => resolve()));
}

export function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
}

/** A deterministic pseudo-random byte source (xorshift32), so a client and a server can agree on 50 MB without holding it. */
export function fillRandom(bytes: Uint8Array, seed: number): number {
  let x = seed | 0 || 1;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return x;
}
