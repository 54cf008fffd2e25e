import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import busboy from 'busboy';

/** One part of a multipart body as busboy decodes it. */
export interface DecodedPart {
  name: string;
  /** Set for a file part (one whose Content-Disposition has a filename). */
  filename: string | undefined;
  /** The part's Content-Type; busboy reports `text/plain` for a part without one. */
  type: string;
  size: number;
  sha256: string;
  /** The bytes, when the part is small enough to keep (1 MB); else only its size and hash. */
  data: Buffer | undefined;
}

const KEEP = 1 << 20;

/**
 * Decodes a `multipart/form-data` body with busboy, the decoder most Node servers use, hashing
 * each part as it streams past (a 50 MB part is never held whole).
 */
export function readMultipart(contentType: string, body: Readable | Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Promise<DecodedPart[]> {
  return new Promise((resolve, reject) => {
    // In body order: a file part's slot is taken when it starts, filled when it ends.
    const parts: DecodedPart[] = [];
    const decoder = busboy({ headers: { 'content-type': contentType }, limits: { fieldSize: Infinity, fileSize: Infinity, files: Infinity, fields: Infinity, parts: Infinity } });
    const pending: Array<Promise<void>> = [];
    decoder.on('file', (name, stream, info) => {
      const slot = parts.push(undefined as unknown as DecodedPart) - 1;
      pending.push(
        new Promise((done, fail) => {
          const hash = createHash('sha256');
          const kept: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            hash.update(chunk);
            size += chunk.length;
            if (size <= KEEP) kept.push(chunk);
          });
          stream.on('error', fail);
          stream.on('end', () => {
            parts[slot] = { name, filename: info.filename, type: info.mimeType, size, sha256: hash.digest('hex'), data: size <= KEEP ? Buffer.concat(kept) : undefined };
            done();
          });
        }),
      );
    });
    decoder.on('field', (name, value, info) => {
      const data = Buffer.from(value, 'utf8');
      parts.push({ name, filename: undefined, type: info.mimeType, size: data.length, sha256: sha256(data), data });
    });
    decoder.on('error', reject);
    decoder.on('close', () => Promise.all(pending).then(() => resolve(parts), reject));
    (body instanceof Readable ? body : Readable.from(body)).pipe(decoder);
  });
}

export function sha256(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Serializes a FormData as fetch would send it (without a socket), and decodes it with busboy. */
export async function decodeFormData(form: FormData): Promise<DecodedPart[]> {
  const response = new Response(form);
  return readMultipart(response.headers.get('content-type')!, Readable.fromWeb(response.body! as import('node:stream/web').ReadableStream<Uint8Array>));
}
