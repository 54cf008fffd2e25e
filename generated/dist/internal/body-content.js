import { InvalidParameterError } from "../core/errors.js";
import { describe } from "../core/validation.js";
function pickContent(contentType, contents) {
  if (contentType === void 0) return contents[0];
  const found = contents.find((c) => c.mediaType === contentType);
  if (found) return found;
  const allowed = contents.map((c) => c.mediaType);
  throw new InvalidParameterError([
    {
      path: "/contentType",
      message: `must be one of ${allowed.map((t) => JSON.stringify(t)).join(", ")}, received ${describe(contentType)}`,
      expected: allowed.join(" | "),
      received: describe(contentType)
    }
  ]);
}
export {
  pickContent
};
