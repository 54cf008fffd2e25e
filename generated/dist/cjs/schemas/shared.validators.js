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
var shared_validators_exports = {};
__export(shared_validators_exports, {
  explainAigBillingErrorResponse: () => explainAigBillingErrorResponse,
  isAigBillingErrorResponse: () => isAigBillingErrorResponse,
  validateAigBillingErrorResponse: () => validateAigBillingErrorResponse
});
module.exports = __toCommonJS(shared_validators_exports);
var import_validation = require("../core/validation.js");
function isAigBillingErrorResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.errors;
  if (v1 === void 0) return false;
  if (!Array.isArray(v1)) return false;
  const v2 = v1;
  for (let v3 = 0; v3 < v2.length; v3++) {
    const v4 = v2[v3];
    if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) return false;
    const v5 = v4;
    const v6 = v5.code;
    if (v6 === void 0) return false;
    if (typeof v6 !== "number" || !Number.isFinite(v6)) return false;
    const v7 = v5.message;
    if (v7 === void 0) return false;
    if (typeof v7 !== "string") return false;
  }
  const v8 = v0.result;
  if (v8 === void 0) return false;
  if (v8 !== null) {
    if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) return false;
    const v9 = v8;
  }
  const v10 = v0.success;
  if (v10 === void 0) return false;
  if (!(v10 === false)) return false;
  return true;
}
function explainAigBillingErrorResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.errors;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/errors", "array");
    } else {
      if (!Array.isArray(v1)) {
        (0, import_validation.fail)(issues, path + "/errors", "array", v1);
      } else {
        const v2 = v1;
        for (let v3 = 0; v3 < v2.length; v3++) {
          const v4 = v2[v3];
          if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) {
            (0, import_validation.fail)(issues, path + "/errors/" + v3, "object", v4);
          } else {
            const v5 = v4;
            const v6 = v5.code;
            if (v6 === void 0) {
              (0, import_validation.missing)(issues, path + "/errors/" + v3 + "/code", "number");
            } else {
              if (typeof v6 !== "number" || !Number.isFinite(v6)) {
                (0, import_validation.fail)(issues, path + "/errors/" + v3 + "/code", "number", v6);
              }
            }
            const v7 = v5.message;
            if (v7 === void 0) {
              (0, import_validation.missing)(issues, path + "/errors/" + v3 + "/message", "string");
            } else {
              if (typeof v7 !== "string") {
                (0, import_validation.fail)(issues, path + "/errors/" + v3 + "/message", "string", v7);
              }
            }
          }
        }
      }
    }
    const v8 = v0.result;
    if (v8 === void 0) {
      (0, import_validation.missing)(issues, path + "/result", "object or null");
    } else {
      if (v8 !== null) {
        if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) {
          (0, import_validation.fail)(issues, path + "/result", "object", v8);
        } else {
          const v9 = v8;
        }
      }
    }
    const v10 = v0.success;
    if (v10 === void 0) {
      (0, import_validation.missing)(issues, path + "/success", "enum");
    } else {
      if (!(v10 === false)) {
        (0, import_validation.fail)(issues, path + "/success", "one of false", v10);
      }
    }
  }
}
function validateAigBillingErrorResponse(value) {
  return isAigBillingErrorResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainAigBillingErrorResponse) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainAigBillingErrorResponse,
  isAigBillingErrorResponse,
  validateAigBillingErrorResponse
});
