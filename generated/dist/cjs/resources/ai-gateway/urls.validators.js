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
var urls_validators_exports = {};
__export(urls_validators_exports, {
  explainUrlGetArgs: () => explainUrlGetArgs,
  explainUrlGetResponse: () => explainUrlGetResponse,
  isUrlGetArgs: () => isUrlGetArgs,
  isUrlGetResponse: () => isUrlGetResponse,
  validateUrlGetResponse: () => validateUrlGetResponse
});
module.exports = __toCommonJS(urls_validators_exports);
var import_validation = require("../../core/validation.js");
function isUrlGetResponse(value) {
  if (typeof value !== "string") return false;
  return true;
}
function explainUrlGetResponse(value, path, issues) {
  if (typeof value !== "string") {
    (0, import_validation.fail)(issues, path, "string", value);
  }
}
function validateUrlGetResponse(value) {
  return isUrlGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainUrlGetResponse) };
}
function isUrlGetArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (v1.length < 1 || v1.length < 2 && (0, import_validation.codePoints)(v1) < 1) return false;
  if (v1.length > 64 && (0, import_validation.codePoints)(v1) > 64) return false;
  const v2 = v0.provider;
  if (v2 === void 0) return false;
  if (typeof v2 !== "string") return false;
  const v3 = v0.account_id;
  if (v3 !== void 0) {
    if (typeof v3 !== "string") return false;
  }
  return true;
}
function explainUrlGetArgs(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.gateway_id;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v1);
      } else {
        if (v1.length < 1 || v1.length < 2 && (0, import_validation.codePoints)(v1) < 1) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at least 1 characters", v1);
        }
        if (v1.length > 64 && (0, import_validation.codePoints)(v1) > 64) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at most 64 characters", v1);
        }
      }
    }
    const v2 = v0.provider;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/provider", "string");
    } else {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/provider", "string", v2);
      }
    }
    const v3 = v0.account_id;
    if (v3 !== void 0) {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/account_id", "string", v3);
      }
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainUrlGetArgs,
  explainUrlGetResponse,
  isUrlGetArgs,
  isUrlGetResponse,
  validateUrlGetResponse
});
