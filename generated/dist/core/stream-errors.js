import { ResponseParseError } from "./errors.js";
class StreamParseError extends ResponseParseError {
  constructor(status, record, options) {
    super(status, record.slice(0, 200));
    this.record = record;
    this.message = `Could not parse a streamed record (status ${status}): ${JSON.stringify(record.slice(0, 200))}${options?.cause instanceof Error ? `: ${options.cause.message}` : ""}`;
    if (options && "cause" in options) this.cause = options.cause;
  }
  name = "StreamParseError";
}
export {
  StreamParseError
};
