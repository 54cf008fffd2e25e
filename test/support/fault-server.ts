import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { inspect } from 'node:util';

/** What the server saw of one request. */
export interface RecordedRequest {
  method: string;
  /** Exactly as it arrived on the request line: not decoded, not normalised. */
  url: string;
  /** Node lower-cases the names; repeated headers are joined with `, `. */
  headers: http.IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when the request line and headers arrived. */
  at: number;
}

/** How the server treats one request. Runs once the request body has been read. */
export type Behaviour = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * A real HTTP server on 127.0.0.1 that answers each request with the next queued
 * behaviour and records everything it was sent. With nothing queued it answers 599,
 * a status no behaviour uses, so an unexpected extra attempt is plain in a failure.
 */
export class FaultServer {
  readonly requests: RecordedRequest[] = [];
  private readonly queue: Behaviour[] = [];
  private readonly waiters: { count: number; resolve: () => void }[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(): Promise<FaultServer> {
    let fault: FaultServer | undefined;
    const server = http.createServer((req, res) => fault!.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const { port } = server.address() as AddressInfo;
    fault = new FaultServer(server, `http://127.0.0.1:${port}`);
    return fault;
  }

  /** Queues behaviours for the next requests, in order. */
  enqueue(...behaviours: Behaviour[]): this {
    this.queue.push(...behaviours);
    return this;
  }

  /** Forgets queued behaviours and recorded requests, between tests. */
  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
  }

  /** Behaviours queued but never used. */
  get pending(): number {
    return this.queue.length;
  }

  /** Resolves once `count` requests have arrived in total. */
  waitForRequests(count: number): Promise<void> {
    if (this.requests.length >= count) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ count, resolve }));
  }

  /** Milliseconds between the arrivals of consecutive requests. */
  gaps(): number[] {
    return this.requests.slice(1).map((r, i) => r.at - this.requests[i]!.at);
  }

  /** Stops listening and drops every open connection, including ones left hanging. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const recorded: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '', at: performance.now() };
    this.requests.push(recorded);
    for (const waiter of this.waiters.filter((w) => this.requests.length >= w.count)) {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
    const behaviour = this.queue.shift() ?? text(599, 'fault-server: no behaviour queued for this request');
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (recorded.body += chunk));
    req.on('end', () => behaviour(req, res));
  }
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Behaviour {
  return text(status, JSON.stringify(body), { 'content-type': 'application/json', ...headers });
}

/** Any body, sent whole with a correct Content-Length. */
export function text(status: number, body: string, headers: Record<string, string> = {}): Behaviour {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/plain', 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };
}

/** Never answers; the connection stays open until the client gives up or the server closes. */
export function hang(): Behaviour {
  return () => undefined;
}

/** Drops the TCP connection without sending a byte of response. */
export function reset(): Behaviour {
  return (req) => req.socket.destroy();
}

/** Sends headers promising a longer body than it sends, then drops the connection. */
export function truncated(status: number, body: string, declaredLength: number): Behaviour {
  return (req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': declaredLength });
    res.write(body, () => setTimeout(() => req.socket.destroy(), 20));
  };
}

/** A valid body for `aiGateway.logs.get`, in Cloudflare's envelope; `result` fields can be overridden. */
export function logEnvelope(result: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    success: true,
    errors: [],
    messages: [],
    result: {
      cached: false,
      created_at: '2025-01-02T03:04:05Z',
      duration: 120,
      id: 'log-1',
      model: 'gpt-4o-mini',
      path: 'openai/chat/completions',
      provider: 'openai',
      success: true,
      tokens_in: 12,
      tokens_out: 34,
      ...result,
    },
  };
}

/** Cloudflare's envelope for a failure. */
export function errorEnvelope(code: number, message: string): Record<string, unknown> {
  return { success: false, errors: [{ code, message }], messages: [{ code: 1, message: 'see docs' }], result: null };
}

export interface LogLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  /** The message and every extra argument, rendered as a person would see them logged. */
  text: string;
}

/** A logger for the client's `logger` option that keeps every line it is given. */
export function recordingLogger(): { lines: LogLine[]; error: (m: string, ...r: unknown[]) => void; warn: (m: string, ...r: unknown[]) => void; info: (m: string, ...r: unknown[]) => void; debug: (m: string, ...r: unknown[]) => void } {
  const lines: LogLine[] = [];
  const at =
    (level: LogLine['level']) =>
    (message: string, ...rest: unknown[]): void => {
      lines.push({ level, text: [message, ...rest.map((r) => inspect(r, { depth: 10 }))].join(' ') });
    };
  return { lines, error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
