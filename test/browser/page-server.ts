import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One fixed answer: what the server sends for a path. */
export interface Route {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * An answer made per request, for what a fixed one cannot do: decode an upload, stream a body in
 * parts. It owns the request (its body is unread) and must end the response.
 */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface SeenRequest {
  method: string;
  /** As it arrived on the request line. */
  url: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * A `node:http` server on 127.0.0.1 that serves a test page, its script and the API the page
 * calls from one origin, so the browser makes plain same-origin requests (no CORS preflight).
 * Routes match the URL's pathname exactly, each a fixed answer or a handler; anything else is a
 * 404 in plain text.
 */
export class PageServer {
  readonly requests: SeenRequest[] = [];
  /** What handlers threw, as `<path>: <message>`; each also answered 500. */
  readonly handlerErrors: string[] = [];

  private constructor(
    private readonly server: http.Server,
    /** `http://127.0.0.1:<port>`. */
    readonly origin: string,
  ) {}

  static async start(routes: Readonly<Record<string, Route | Handler>>): Promise<PageServer> {
    let page: PageServer | undefined;
    const server = http.createServer((req, res) => {
      page!.requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
      const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const route = routes[pathname];
      if (typeof route === 'function') {
        Promise.resolve()
          .then(() => route(req, res))
          .catch((error: unknown) => {
            page!.handlerErrors.push(`${pathname}: ${(error as Error).message}`);
            if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
            res.end(`page-server: ${(error as Error).message}`);
          });
        return;
      }
      const { status, headers, body } = route ?? text(404, `page-server: no route for ${req.url}`);
      req.resume();
      res.writeHead(status, { 'content-length': Buffer.byteLength(body), ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      // Port 0: the OS picks a free port, so there is no race with other test processes.
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    page = new PageServer(server, `http://127.0.0.1:${port}`);
    return page;
  }

  /** Requests whose path starts with `prefix`, in order. */
  requestsUnder(prefix: string): SeenRequest[] {
    return this.requests.filter((r) => r.url.startsWith(prefix));
  }

  /** Stops listening and drops open (keep-alive) connections. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }
}

export function text(status: number, body: string, headers: Record<string, string> = {}): Route {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...headers }, body };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Route {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}

export function html(body: string, headers: Record<string, string> = {}): Route {
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body };
}

export function javascript(body: string): Route {
  return { status: 200, headers: { 'content-type': 'text/javascript; charset=utf-8' }, body };
}
