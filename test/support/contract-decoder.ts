import { createServer, type IncomingMessage, type Server } from 'node:http';
import qs from 'qs';
import { readMultipart, type DecodedPart } from './multipart-reader.js';
import { isObject } from './contract-spec.js';

/**
 * A second decoder for the bodies Prism reads: a node:http server on 127.0.0.1 that keeps what
 * arrives, and checks of those bytes against the arguments of the call with the decoders Node
 * servers use (busboy for multipart, qs for forms, as Express's extended parser and Stripe read
 * bracket notation).
 */

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Buffer;
}

export class DecodingServer {
  private constructor(
    private readonly server: Server,
    readonly baseURL: string,
    readonly received: ReceivedRequest[],
  ) {}

  /** Answers every request 200 with an empty Cloudflare envelope (what the client reads is not checked here). */
  static async start(): Promise<DecodingServer> {
    const received: ReceivedRequest[] = [];
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ method: req.method!, url: req.url!, headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ success: true, errors: [], messages: [], result: null }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no TCP address');
    return new DecodingServer(server, `http://127.0.0.1:${address.port}`, received);
  }

  last(): ReceivedRequest {
    const request = this.received[this.received.length - 1];
    if (request === undefined) throw new Error('nothing received');
    return request;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      // The client's keep-alive sockets would hold close() open.
      this.server.closeAllConnections();
    });
  }
}

/** What a form body must decode to: leaves as the text they are sent as, empty arrays and objects left out (bracket notation cannot say them). */
export function formExpectation(value: unknown): unknown {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map(formExpectation).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, formExpectation(item)] as const)
      .filter(([, item]) => item !== undefined);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  return String(value);
}

/** A form body decoded by qs, with no limit on depth or array length. */
export function decodeForm(body: Buffer): unknown {
  return qs.parse(body.toString('latin1'), { depth: Infinity, arrayLimit: Infinity, parameterLimit: Infinity, allowPrototypes: true });
}

/** Differences between the parts busboy decoded and the fields they were sent from (empty when they agree). */
export async function multipartMismatches(contentType: string, body: Buffer, fields: Record<string, unknown>): Promise<string[]> {
  const parts = await readMultipart(contentType, [body]);
  const problems: string[] = [];
  const byName = new Map<string, DecodedPart[]>();
  for (const part of parts) byName.set(part.name, [...(byName.get(part.name) ?? []), part]);
  for (const [name, value] of Object.entries(fields)) {
    const sent = byName.get(name) ?? [];
    byName.delete(name);
    const items = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
    if (sent.length !== items.length) {
      problems.push(`${name}: ${items.length} part(s) expected, ${sent.length} decoded`);
      continue;
    }
    for (const [i, item] of items.entries()) {
      const part = sent[i]!;
      const data = part.data ?? Buffer.alloc(0);
      if (item instanceof Blob) {
        const bytes = Buffer.from(await item.arrayBuffer());
        if (!data.equals(bytes)) problems.push(`${name}[${i}]: file bytes differ`);
        if (part.filename === undefined) problems.push(`${name}[${i}]: not a file part`);
      } else if (part.type.startsWith('application/json')) {
        // An object, or a value the spec's `encoding` sends as JSON: the part's JSON is the value.
        if (JSON.stringify(JSON.parse(data.toString('utf8'))) !== JSON.stringify(item)) problems.push(`${name}[${i}]: JSON differs`);
      } else if (isObject(item) || Array.isArray(item)) {
        problems.push(`${name}[${i}]: an object sent as ${part.type}, not JSON`);
      } else if (data.toString('utf8') !== String(item)) {
        problems.push(`${name}[${i}]: text ${JSON.stringify(data.toString('utf8'))} for ${JSON.stringify(item)}`);
      }
    }
  }
  for (const name of byName.keys()) problems.push(`${name}: a part no field was sent as`);
  return problems;
}
