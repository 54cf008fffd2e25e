import { readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { readMultipart, type DecodedPart } from '../support/multipart-reader.js';
import { BLOB_DOWNLOAD, BROKEN_API, CLIENT_DIR, MEDIA_API, pseudoRandomBytes, STREAMED_DOWNLOAD } from './page/media-constants.js';
import { javascript, type Handler, type Route } from './page-server.js';

/**
 * The server side of the media page (page/media.ts): the generated client's dist/ modules, served
 * one by one as the browser asks for them, and the API it calls, which answers in the spec's
 * media types and keeps what it decoded for the test to check.
 */

/** What the event stream's server writes, chunk by chunk: lines, JSON and UTF-8 characters split anywhere. */
const EVENT_CHUNKS: readonly Buffer[] = [
  Buffer.from('id: 1\nevent: change\ndata: {"type":"cre'),
  Buffer.from('ated","at":"2024-01-01T00:00:00Z","id":1}\n\n'),
  Buffer.from(': keep-alive\n\nretry: 2500\r\nid: 2\r\ndata: {"type":"deleted",\r\ndata: "at":"2024-01-02T00:00:00Z","note":"caf'),
  // é (C3 A9) and 😀 (F0 9F 98 80), each cut in two by a chunk edge.
  Buffer.from([0xc3]),
  Buffer.from([0xa9, 0x20, 0xf0, 0x9f]),
  Buffer.concat([Buffer.from([0x98, 0x80]), Buffer.from('"}\r\n\r\n')]),
  Buffer.from('event: change\ndata: {"type":"created","at":"2024-01-03T00:00:00.5Z","id":3}\n\ndata:{"type":"deleted","at":"2024-01-04T00:00:00Z"}\n\n'),
  Buffer.from('id: 5\ndata: {"type":"created","at":"2024-01-05T00:00:00Z","id":5}\n'),
  Buffer.from('\n'),
];

/** The events a client must yield for EVENT_CHUNKS: `{ event, id, retry, data }`, data parsed. */
export const EXPECTED_EVENTS = [
  { event: 'change', id: '1', data: { type: 'created', at: '2024-01-01T00:00:00Z', id: 1 } },
  { id: '2', retry: 2500, data: { type: 'deleted', at: '2024-01-02T00:00:00Z', note: 'café 😀' } },
  { event: 'change', data: { type: 'created', at: '2024-01-03T00:00:00.5Z', id: 3 } },
  { data: { type: 'deleted', at: '2024-01-04T00:00:00Z' } },
  { id: '5', data: { type: 'created', at: '2024-01-05T00:00:00Z', id: 5 } },
];

/** A stream whose second event's `type` is not in the schema's enum; the third is never reached. */
const BROKEN_EVENT_CHUNKS: readonly Buffer[] = [
  Buffer.from('data: {"type":"created","at":"2024-02-01T00:00:00Z"}\n\n'),
  Buffer.from('data: {"type":"archived","at":"2024-02-02T00:00:00Z"}\n\n'),
  Buffer.from('data: {"type":"deleted","at":"2024-02-03T00:00:00Z"}\n\n'),
];
export const EXPECTED_BEFORE_BROKEN_EVENT = [{ data: { type: 'created', at: '2024-02-01T00:00:00Z' } }];

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function writeAll(res: ServerResponse, bytes: Uint8Array): Promise<void> {
  const CHUNK = 64 * 1024;
  for (let at = 0; at < bytes.length; at += CHUNK) {
    if (!res.write(bytes.subarray(at, at + CHUNK))) await new Promise((resolve) => res.once('drain', resolve));
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
}

function eventStream(chunks: readonly Buffer[]): Handler {
  return async (req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    for (const chunk of chunks) {
      res.write(chunk);
      // Apart in time, so that the browser delivers them as separate chunks.
      await pause(15);
    }
    res.end();
  };
}

export class MediaServer {
  /** Each multipart upload as busboy decoded it, in order. */
  readonly uploads: DecodedPart[][] = [];
  /** Whether the page asked for the rest of the streamed download. */
  released = false;
  #release!: () => void;
  readonly #released = new Promise<void>((resolve) => (this.#release = resolve));

  /** The routes for PageServer: the dist/ modules under CLIENT_DIR, and the API under MEDIA_API. */
  async routes(distDir: string): Promise<Record<string, Route | Handler>> {
    const routes: Record<string, Route | Handler> = {};
    for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
      const file = join(entry.parentPath, entry.name);
      routes[`${CLIENT_DIR}/${relative(distDir, file).split(sep).join('/')}`] = javascript(await readFile(file, 'utf8'));
    }
    routes[`${MEDIA_API}/files`] = (req, res) => this.#upload(req, res);
    routes[`${MEDIA_API}/files/${BLOB_DOWNLOAD.id}/content`] = (req, res) => this.#download(req, res, BLOB_DOWNLOAD, false);
    routes[`${MEDIA_API}/files/${STREAMED_DOWNLOAD.id}/content`] = (req, res) => this.#download(req, res, STREAMED_DOWNLOAD, true);
    routes[STREAMED_DOWNLOAD.releasePath] = (req, res) => {
      req.resume();
      this.released = true;
      this.#release();
      res.writeHead(204).end();
    };
    routes[`${MEDIA_API}/events`] = eventStream(EVENT_CHUNKS);
    routes[`${BROKEN_API}/events`] = eventStream(BROKEN_EVENT_CHUNKS);
    return routes;
  }

  /** POST /files: decodes the multipart body with busboy; answers the StoredFile the spec declares. */
  async #upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let parts: DecodedPart[];
    try {
      parts = await readMultipart(req.headers['content-type'] ?? '', req);
    } catch (error) {
      // Not multipart (JSON, say): a 400, which the client reports as an error.
      req.resume();
      return sendJson(res, 400, { error: `not a multipart body: ${(error as Error).message}` });
    }
    this.uploads.push(parts);
    const file = parts.find((part) => part.name === 'file');
    if (file === undefined) return sendJson(res, 400, { error: 'no part named file' });
    sendJson(res, 200, { id: 'file-1', bytes: file.size, filename: file.filename });
  }

  /** GET /files/{id}/content: pseudo-random bytes; with `hold`, the rest only after the page's release. */
  async #download(
    req: IncomingMessage,
    res: ServerResponse,
    download: { size: number; seed: number; type: string; firstPart?: number },
    hold: boolean,
  ): Promise<void> {
    req.resume();
    const bytes = pseudoRandomBytes(download.size, download.seed);
    res.writeHead(200, { 'content-type': download.type, 'content-length': bytes.length });
    const first = hold ? (download.firstPart ?? 0) : bytes.length;
    await writeAll(res, bytes.subarray(0, first));
    if (hold) await this.#released;
    await writeAll(res, bytes.subarray(first));
    res.end();
  }
}
