import { InvalidParameterError } from "../core/errors.js";
import { toRequestBody } from "../core/uploads.js";
import { describe } from "../core/validation.js";
import { encodeForm } from "./form-urlencoded.js";
import { toFormData } from "./multipart.js";
function encodeBody(value, content) {
  switch (content.kind) {
    case "json":
      return { body: JSON.stringify(value), replayable: true, contentType: content.mediaType };
    case "form":
      return {
        body: encodeForm(asFields(value), content.encoding),
        replayable: true,
        contentType: content.mediaType
      };
    case "multipart":
      return toFormData(asFields(value), content.encoding).then((form) => ({
        ...toRequestBody(form),
        contentType: void 0
      }));
    case "binary": {
      const body = toRequestBody(value);
      const ranged = content.mediaType.includes("*");
      return {
        ...body,
        contentType: ranged ? body.type ?? "application/octet-stream" : content.mediaType
      };
    }
    case "text":
      return {
        body: typeof value === "string" ? value : JSON.stringify(value),
        replayable: true,
        contentType: content.mediaType
      };
    case "ndjson":
      if (Array.isArray(value))
        return {
          body: value.map((record) => `${JSON.stringify(record)}
`).join(""),
          replayable: true,
          contentType: content.mediaType
        };
      return { ...toRequestBody(value), contentType: content.mediaType };
  }
}
function asFields(value) {
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return value;
  throw bodyError("an object of fields", value);
}
function bodyError(expected, value) {
  return new InvalidParameterError([
    {
      path: "/body",
      message: `must be ${expected}, received ${describe(value)}`,
      expected,
      received: describe(value)
    }
  ]);
}
export {
  encodeBody
};
