// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

import { ResponseParseError } from './errors.js';

/**
 * One record of a streamed response (a server-sent event's data, an NDJSON line) that the parser
 * could not read: not JSON, say. A ResponseParseError, so that one `catch` serves both kinds of body.
 */
export class StreamParseError extends ResponseParseError {
  override name = 'StreamParseError';

  constructor(
    status: number,
    /** The record as received. */
    readonly record: string,
    options?: { cause?: unknown },
  ) {
    super(status, record.slice(0, 200));
    this.message = `Could not parse a streamed record (status ${status}): ${JSON.stringify(record.slice(0, 200))}${options?.cause instanceof Error ? `: ${options.cause.message}` : ''}`;
    if (options && 'cause' in options) this.cause = options.cause;
  }
}
