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
var evaluation_types_validators_exports = {};
__export(evaluation_types_validators_exports, {
  explainEvaluationTypeListArgs: () => explainEvaluationTypeListArgs,
  explainEvaluationTypeListResponse: () => explainEvaluationTypeListResponse,
  isEvaluationTypeListArgs: () => isEvaluationTypeListArgs,
  isEvaluationTypeListResponse: () => isEvaluationTypeListResponse,
  validateEvaluationTypeListResponse: () => validateEvaluationTypeListResponse
});
module.exports = __toCommonJS(evaluation_types_validators_exports);
var import_validation = require("../../core/validation.js");
var import_formats = require("../../core/formats.js");
function isEvaluationTypeListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.created_at;
    if (v4 === void 0) return false;
    if (typeof v4 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v4)) return false;
    const v5 = v3.description;
    if (v5 === void 0) return false;
    if (typeof v5 !== "string") return false;
    const v6 = v3.enable;
    if (v6 === void 0) return false;
    if (typeof v6 !== "boolean") return false;
    const v7 = v3.id;
    if (v7 === void 0) return false;
    if (typeof v7 !== "string") return false;
    const v8 = v3.mandatory;
    if (v8 === void 0) return false;
    if (typeof v8 !== "boolean") return false;
    const v9 = v3.modified_at;
    if (v9 === void 0) return false;
    if (typeof v9 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v9)) return false;
    const v10 = v3.name;
    if (v10 === void 0) return false;
    if (typeof v10 !== "string") return false;
    const v11 = v3.type;
    if (v11 === void 0) return false;
    if (typeof v11 !== "string") return false;
  }
  return true;
}
function explainEvaluationTypeListResponse(value, path, issues) {
  if (!Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "array", value);
  } else {
    const v0 = value;
    for (let v1 = 0; v1 < v0.length; v1++) {
      const v2 = v0[v1];
      if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) {
        (0, import_validation.fail)(issues, path + "/" + v1, "object", v2);
      } else {
        const v3 = v2;
        const v4 = v3.created_at;
        if (v4 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/created_at", "string");
        } else {
          if (typeof v4 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/created_at", "string", v4);
          } else {
            if (!(0, import_formats.isDateTime)(v4)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/created_at", "date-time string", v4);
            }
          }
        }
        const v5 = v3.description;
        if (v5 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/description", "string");
        } else {
          if (typeof v5 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/description", "string", v5);
          }
        }
        const v6 = v3.enable;
        if (v6 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/enable", "boolean");
        } else {
          if (typeof v6 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/enable", "boolean", v6);
          }
        }
        const v7 = v3.id;
        if (v7 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/id", "string");
        } else {
          if (typeof v7 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/id", "string", v7);
          }
        }
        const v8 = v3.mandatory;
        if (v8 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/mandatory", "boolean");
        } else {
          if (typeof v8 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/mandatory", "boolean", v8);
          }
        }
        const v9 = v3.modified_at;
        if (v9 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/modified_at", "string");
        } else {
          if (typeof v9 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "string", v9);
          } else {
            if (!(0, import_formats.isDateTime)(v9)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "date-time string", v9);
            }
          }
        }
        const v10 = v3.name;
        if (v10 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/name", "string");
        } else {
          if (typeof v10 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/name", "string", v10);
          }
        }
        const v11 = v3.type;
        if (v11 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/type", "string");
        } else {
          if (typeof v11 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/type", "string", v11);
          }
        }
      }
    }
  }
}
function validateEvaluationTypeListResponse(value) {
  return isEvaluationTypeListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainEvaluationTypeListResponse) };
}
function isEvaluationTypeListArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== void 0) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v0.order_by;
  if (v2 !== void 0) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v0.order_by_direction;
  if (v3 !== void 0) {
    if (!(v3 === "asc" || v3 === "desc")) return false;
  }
  const v4 = v0.page;
  if (v4 !== void 0) {
    if (!Number.isInteger(v4)) return false;
    if (v4 < 1) return false;
  }
  const v5 = v0.per_page;
  if (v5 !== void 0) {
    if (!Number.isInteger(v5)) return false;
    if (v5 < 5) return false;
    if (v5 > 50) return false;
  }
  return true;
}
function explainEvaluationTypeListArgs(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.account_id;
    if (v1 !== void 0) {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/account_id", "string", v1);
      }
    }
    const v2 = v0.order_by;
    if (v2 !== void 0) {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/order_by", "string", v2);
      }
    }
    const v3 = v0.order_by_direction;
    if (v3 !== void 0) {
      if (!(v3 === "asc" || v3 === "desc")) {
        (0, import_validation.fail)(issues, path + "/order_by_direction", 'one of "asc", "desc"', v3);
      }
    }
    const v4 = v0.page;
    if (v4 !== void 0) {
      if (!Number.isInteger(v4)) {
        (0, import_validation.fail)(issues, path + "/page", "integer", v4);
      } else {
        if (v4 < 1) {
          (0, import_validation.fail)(issues, path + "/page", "integer that is >= 1", v4, "must be >= 1");
        }
      }
    }
    const v5 = v0.per_page;
    if (v5 !== void 0) {
      if (!Number.isInteger(v5)) {
        (0, import_validation.fail)(issues, path + "/per_page", "integer", v5);
      } else {
        if (v5 < 5) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is >= 5", v5, "must be >= 5");
        }
        if (v5 > 50) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is <= 50", v5, "must be <= 50");
        }
      }
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainEvaluationTypeListArgs,
  explainEvaluationTypeListResponse,
  isEvaluationTypeListArgs,
  isEvaluationTypeListResponse,
  validateEvaluationTypeListResponse
});
