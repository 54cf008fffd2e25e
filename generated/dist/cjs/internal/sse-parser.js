var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var sse_parser_exports = {};
__export(sse_parser_exports, {
  SseParser: () => SseParser
});
module.exports = __toCommonJS(sse_parser_exports);
const LF = 10;
const SPACE = 32;
class SseParser {
  #decoder = new TextDecoder();
  /** The start of a line whose end has not arrived yet. */
  #pending = "";
  /** The previous chunk ended with CR: an LF starting the next one belongs to that line end. */
  #skipLF = false;
  #data = "";
  #dataLines = 0;
  #eventType = "";
  #blockId;
  #blockRetry;
  /** The standard's "last event ID buffer": set by `id` fields, not reset at dispatch. */
  #idBuffer;
  #lastEventId;
  #retry;
  #callbacks;
  constructor(callbacks) {
    this.#callbacks = callbacks;
  }
  /** The standard's "last event ID string": the id buffer as of the last dispatch (also one without data). */
  get lastEventId() {
    return this.#lastEventId;
  }
  /** The reconnection time the server last asked for, in milliseconds. */
  get retry() {
    return this.#retry;
  }
  /** Parses the next chunk of the stream; dispatches the events it completes. */
  feed(chunk) {
    const text = this.#decoder.decode(chunk, { stream: true });
    if (text.length > 0) this.#parse(text);
  }
  /**
   * The stream ended. An unterminated line and an event without its blank line are discarded, as
   * the standard says ("If the file ends in the middle of an event, ... the event is not dispatched").
   */
  end() {
    this.#decoder.decode();
    this.#clearStream();
  }
  /**
   * Starts parsing a new connection's stream (a reconnect): a fresh decoder and event, keeping the
   * last event ID and the reconnection time. As browsers do, the new stream's id buffer starts at
   * the last event ID, so that an event without an `id` does not clear it.
   */
  reset() {
    this.#decoder = new TextDecoder();
    this.#clearStream();
    this.#idBuffer = this.#lastEventId;
  }
  #clearStream() {
    this.#pending = "";
    this.#skipLF = false;
    this.#clearEvent();
  }
  #parse(text) {
    let start = 0;
    if (this.#skipLF) {
      this.#skipLF = false;
      if (text.charCodeAt(0) === LF) start = 1;
    }
    let lf = text.indexOf("\n", start);
    let cr = text.indexOf("\r", start);
    const length = text.length;
    while (start < length) {
      if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
      if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
      const end = lf === -1 ? cr : cr === -1 || lf < cr ? lf : cr;
      if (end === -1) break;
      let line = text.slice(start, end);
      if (this.#pending.length > 0) {
        line = this.#pending + line;
        this.#pending = "";
      }
      if (end === cr) {
        if (end + 1 === length) this.#skipLF = true;
        start = text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
      } else {
        start = end + 1;
      }
      this.#line(line);
    }
    if (start < length) this.#pending += text.slice(start);
  }
  #line(line) {
    if (line.length === 0) {
      this.#dispatch();
      return;
    }
    const colon = line.indexOf(":");
    if (colon === 0) {
      this.#callbacks.onComment?.(line.slice(line.charCodeAt(1) === SPACE ? 2 : 1));
      return;
    }
    let field;
    let value;
    if (colon === -1) {
      field = line;
      value = "";
    } else {
      field = line.slice(0, colon);
      value = line.slice(line.charCodeAt(colon + 1) === SPACE ? colon + 2 : colon + 1);
    }
    switch (field) {
      case "data":
        this.#data = this.#dataLines === 0 ? value : `${this.#data}
${value}`;
        this.#dataLines++;
        break;
      case "event":
        this.#eventType = value;
        break;
      case "id":
        if (!value.includes("\0")) this.#idBuffer = this.#blockId = value;
        break;
      case "retry":
        if (isAsciiDigits(value)) {
          const milliseconds = Number(value);
          this.#retry = this.#blockRetry = milliseconds;
          this.#callbacks.onRetry?.(milliseconds);
        }
        break;
    }
  }
  #dispatch() {
    this.#lastEventId = this.#idBuffer;
    if (this.#dataLines > 0) {
      this.#callbacks.onEvent({
        event: this.#eventType === "" ? void 0 : this.#eventType,
        id: this.#blockId,
        retry: this.#blockRetry,
        data: this.#data
      });
    }
    this.#clearEvent();
  }
  #clearEvent() {
    this.#data = "";
    this.#dataLines = 0;
    this.#eventType = "";
    this.#blockId = void 0;
    this.#blockRetry = void 0;
  }
}
function isAsciiDigits(value) {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SseParser
});
