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
var multipart_exports = {};
__export(multipart_exports, {
  toFormData: () => toFormData
});
module.exports = __toCommonJS(multipart_exports);
var import_errors = require("../core/errors.js");
var import_uploads = require("../core/uploads.js");
async function toFormData(fields, encoding = {}) {
  const form = new FormData();
  for (const name of Object.keys(fields)) {
    const value = fields[name];
    const contentType = Object.prototype.hasOwnProperty.call(encoding, name) ? encoding[name]?.contentType : void 0;
    if (contentType !== void 0 && isJson(contentType) && !(0, import_uploads.isUploadable)(value)) {
      if (value !== void 0)
        form.append(name, new Blob([jsonOf(value, name)], { type: contentType }));
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        await appendPart(form, name, value[i], contentType, `/${pointer(name)}/${i}`);
    } else {
      await appendPart(form, name, value, contentType, `/${pointer(name)}`);
    }
  }
  return form;
}
async function appendPart(form, name, value, contentType, path) {
  if (value === void 0 || value === null) return;
  if ((0, import_uploads.isBlobLike)(value)) {
    const type = partType(contentType, value.type);
    const fileName = (0, import_uploads.uploadName)(value) ?? name;
    form.append(
      name,
      type === value.type ? value : new File([value], fileName, { type }),
      fileName
    );
  } else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value) || Object.prototype.toString.call(value) === "[object ArrayBuffer]") {
    form.append(
      name,
      new File([(0, import_uploads.bytesOf)(value)], name, {
        type: partType(contentType, "")
      })
    );
  } else if ((0, import_uploads.isUploadable)(value)) {
    form.append(
      name,
      await (0, import_uploads.toFile)(value, (0, import_uploads.uploadName)(value) ?? name, { type: partType(contentType, "") })
    );
  } else if (Object.prototype.toString.call(value) === "[object Date]") {
    appendText(form, name, value.toISOString(), contentType);
  } else if (typeof value === "object") {
    form.append(name, new Blob([jsonOf(value, name)], { type: contentType ?? "application/json" }));
  } else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    if (contentType !== void 0 && isJson(contentType))
      form.append(
        name,
        new Blob([typeof value === "bigint" ? String(value) : JSON.stringify(value)], {
          type: contentType
        })
      );
    else appendText(form, name, String(value), contentType);
  } else {
    throw new import_errors.InvalidParameterError([
      {
        path,
        message: "cannot be sent in a multipart body",
        expected: "a file, string, number, boolean, array or object",
        received: typeof value
      }
    ]);
  }
}
function appendText(form, name, text, contentType) {
  if (contentType === void 0 || /^text\/plain\s*(;|$)/i.test(contentType))
    form.append(name, text);
  else form.append(name, new Blob([text], { type: contentType }));
}
function partType(contentType, ownType) {
  if (contentType === void 0) return ownType || "application/octet-stream";
  const allowed = contentType.split(",").map((type) => type.trim()).filter((type) => type !== "");
  const own = essence(ownType);
  if (own !== "" && allowed.some((type) => matches(essence(type), own))) return ownType;
  return allowed.find((type) => !type.includes("*")) ?? (ownType || "application/octet-stream");
}
function essence(type) {
  return type.split(";")[0].trim().toLowerCase();
}
function matches(pattern, type) {
  if (pattern === "*/*" || pattern === type) return true;
  return pattern.endsWith("/*") && type.startsWith(pattern.slice(0, -1));
}
function isJson(contentType) {
  const type = essence(contentType);
  return type === "application/json" || type.endsWith("+json");
}
function jsonOf(value, name) {
  try {
    return JSON.stringify(value) ?? "null";
  } catch (error) {
    throw new import_errors.InvalidParameterError([
      {
        path: `/${pointer(name)}`,
        message: `cannot be sent as JSON: ${error.message}`,
        expected: "a JSON value",
        received: typeof value
      }
    ]);
  }
}
function pointer(name) {
  return name.replace(/~/g, "~0").replace(/\//g, "~1");
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  toFormData
});
