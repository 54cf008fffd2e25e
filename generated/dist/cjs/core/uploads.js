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
var uploads_exports = {};
__export(uploads_exports, {
  bytesOf: () => bytesOf,
  isBlobLike: () => isBlobLike,
  isFileLike: () => isFileLike,
  isUploadable: () => isUploadable,
  readableStreamOf: () => readableStreamOf,
  toFile: () => toFile,
  toRequestBody: () => toRequestBody,
  uploadName: () => uploadName
});
module.exports = __toCommonJS(uploads_exports);
var import_errors = require("./errors.js");
function isBlobLike(value) {
  return typeof value === "object" && value !== null && typeof value.arrayBuffer === "function" && typeof value.stream === "function" && typeof value.size === "number" && typeof value.type === "string";
}
function isFileLike(value) {
  return isBlobLike(value) && typeof value.name === "string" && typeof value.lastModified === "number";
}
function isArrayBuffer(value) {
  return value instanceof ArrayBuffer || Object.prototype.toString.call(value) === "[object ArrayBuffer]";
}
function isReadableStream(value) {
  return typeof value === "object" && value !== null && typeof value.getReader === "function" && typeof value.cancel === "function";
}
function isAsyncIterable(value) {
  return typeof value === "object" && value !== null && typeof value[Symbol.asyncIterator] === "function";
}
function isFormData(value) {
  return Object.prototype.toString.call(value) === "[object FormData]";
}
function isURLSearchParams(value) {
  return Object.prototype.toString.call(value) === "[object URLSearchParams]";
}
function isResponseLike(value) {
  return typeof value === "object" && value !== null && typeof value.blob === "function" && typeof value.status === "number" && typeof value.headers === "object";
}
function isUploadable(value) {
  return isBlobLike(value) || isArrayBuffer(value) || ArrayBuffer.isView(value) || isReadableStream(value) || isAsyncIterable(value);
}
async function toFile(data, name, options = {}) {
  if (isFileLike(data)) {
    if (name === void 0 && options.type === void 0) return data;
    return new File([data], name ?? data.name, {
      type: options.type ?? data.type,
      lastModified: data.lastModified
    });
  }
  if (isBlobLike(data))
    return new File([data], name ?? "blob", { type: options.type ?? data.type });
  if (typeof data === "string")
    return new File([data], name ?? "blob", { type: options.type ?? "text/plain;charset=utf-8" });
  if (isArrayBuffer(data) || ArrayBuffer.isView(data))
    return new File([bytesOf(data)], name ?? "blob", { type: options.type ?? "" });
  if (isResponseLike(data)) {
    const blob = await data.blob();
    return new File([blob], name ?? responseFileName(data) ?? "blob", {
      type: options.type ?? blob.type
    });
  }
  if (isReadableStream(data) || isAsyncIterable(data)) {
    const chunks = [];
    for await (const chunk of iterate(data)) chunks.push(chunk);
    return new File(chunks, name ?? streamFileName(data) ?? "blob", {
      type: options.type ?? ""
    });
  }
  throw new TypeError(
    `toFile: expected a Blob, File, ArrayBuffer, typed array, ReadableStream, async iterable, string or Response, received ${describe(data)}`
  );
}
function toRequestBody(value, path = "/body") {
  if (typeof value === "string") return { body: value, replayable: true };
  if (isFormData(value)) return { body: value, replayable: true, redirect: "error" };
  if (isURLSearchParams(value)) return { body: value, replayable: true };
  if (isBlobLike(value))
    return value.type === "" ? { body: value, replayable: true } : { body: value, replayable: true, type: value.type };
  if (isArrayBuffer(value) || ArrayBuffer.isView(value))
    return { body: bytesOf(value), replayable: true };
  if (isReadableStream(value))
    return { body: value, replayable: false, duplex: "half", redirect: "error" };
  if (isAsyncIterable(value))
    return { body: readableStreamOf(value), replayable: false, duplex: "half", redirect: "error" };
  throw new import_errors.InvalidParameterError([
    {
      path,
      message: "must be a Blob, File, ArrayBuffer, typed array, ReadableStream, async iterable or string",
      expected: "binary data",
      received: describe(value)
    }
  ]);
}
function bytesOf(value) {
  if (isArrayBuffer(value)) return new Uint8Array(value);
  return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
}
async function* iterate(source) {
  if (isReadableStream(source)) {
    const reader = source.getReader();
    try {
      for (; ; ) {
        const { done, value } = await reader.read();
        if (done) return;
        yield chunkBytes(value);
      }
    } finally {
      reader.releaseLock();
    }
  }
  for await (const chunk of source) yield chunkBytes(chunk);
}
const encoder = new TextEncoder();
function chunkBytes(chunk) {
  if (typeof chunk === "string") return encoder.encode(chunk);
  if (isArrayBuffer(chunk) || ArrayBuffer.isView(chunk)) return bytesOf(chunk);
  throw new TypeError(`a stream chunk must be bytes or a string, received ${describe(chunk)}`);
}
function readableStreamOf(source) {
  let iterator;
  return new ReadableStream(
    {
      async pull(controller) {
        iterator ??= source[Symbol.asyncIterator]();
        const { done, value } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(chunkBytes(value));
      },
      async cancel(reason) {
        await iterator?.return?.(reason);
      }
    },
    { highWaterMark: 0 }
  );
}
function uploadName(value) {
  if (isFileLike(value)) return value.name === "" ? void 0 : value.name;
  return typeof value === "object" && value !== null ? streamFileName(value) : void 0;
}
function streamFileName(stream) {
  const path = stream.path;
  return typeof path === "string" ? baseName(path) : void 0;
}
function responseFileName(response) {
  const disposition = response.headers.get("content-disposition") ?? "";
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended) {
    try {
      return baseName(decodeURIComponent(extended[1].trim()));
    } catch {
    }
  }
  const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/.exec(disposition);
  if (plain) return baseName(plain[1] !== void 0 ? plain[1].replace(/\\(.)/g, "$1") : plain[2]);
  if (!response.url) return void 0;
  try {
    const last = new URL(response.url).pathname.split("/").pop();
    return last ? baseName(decodeURIComponent(last)) : void 0;
  } catch {
    return void 0;
  }
}
function baseName(path) {
  const name = path.split(/[\\/]/).pop();
  return name ? name : void 0;
}
function describe(value) {
  if (value === null) return "null";
  if (typeof value === "object") return Object.prototype.toString.call(value).slice(8, -1);
  return typeof value;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  bytesOf,
  isBlobLike,
  isFileLike,
  isUploadable,
  readableStreamOf,
  toFile,
  toRequestBody,
  uploadName
});
