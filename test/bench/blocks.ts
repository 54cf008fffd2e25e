/**
 * The bytes of the transfer benchmarks: a body of any size made of 64 KiB blocks, each a copy of
 * one pseudo-random template with its index in its first 4 bytes (little-endian). Making a block
 * is a memcpy, so producing 100 MB costs the producer next to nothing, and every block is a fresh
 * allocation, as a file read would be. A checker verifies every byte as it streams past (memcmp
 * speed), so no side has to hash 100 MB, and a byte lost, repeated or reordered is caught.
 */
export const BLOCK = 64 * 1024;

const TEMPLATE: Uint8Array = (() => {
  const bytes = new Uint8Array(BLOCK);
  let x = 0x2545f491;
  for (let i = 0; i < BLOCK; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
})();

/** Block `index` of a body of `size` bytes (the last one may be short); a new buffer each call. */
export function makeBlock(index: number, size: number): Uint8Array<ArrayBuffer> {
  const length = Math.min(BLOCK, size - index * BLOCK);
  const block = TEMPLATE.slice(0, length);
  new DataView(block.buffer).setUint32(0, index, true);
  return block;
}

/** A body of `size` bytes as a ReadableStream that makes each block when fetch pulls it. */
export function blockStream(size: number): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (index * BLOCK >= size) return controller.close();
        controller.enqueue(makeBlock(index++, size));
      },
    },
    { highWaterMark: 0 },
  );
}

/** Checks a body against the blocks, chunk by chunk, however the chunks are cut. */
export class BlockChecker {
  received = 0;
  #firstBad: number | undefined;

  feed(chunk: Uint8Array): void {
    let at = 0;
    while (at < chunk.length) {
      const index = Math.floor(this.received / BLOCK);
      const pos = this.received - index * BLOCK;
      const n = Math.min(BLOCK - pos, chunk.length - at);
      for (let p = pos; p < 4 && p < pos + n; p++) {
        if (chunk[at + p - pos] !== ((index >>> (8 * p)) & 0xff)) this.#bad(index * BLOCK + p);
      }
      const from = Math.max(pos, 4);
      const to = pos + n;
      if (from < to && Buffer.compare(chunk.subarray(at + from - pos, at + to - pos), TEMPLATE.subarray(from, to)) !== 0) {
        this.#bad(index * BLOCK + from);
      }
      at += n;
      this.received += n;
    }
  }

  /** Undefined when every byte so far was right and there were `size` of them; else what was wrong. */
  problem(size: number): string | undefined {
    if (this.#firstBad !== undefined) return `a wrong byte at or after offset ${this.#firstBad}`;
    if (this.received !== size) return `${this.received} bytes, not ${size}`;
    return undefined;
  }

  #bad(offset: number): void {
    this.#firstBad ??= offset;
  }
}
