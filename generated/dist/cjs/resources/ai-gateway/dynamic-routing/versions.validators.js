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
var versions_validators_exports = {};
__export(versions_validators_exports, {
  explainVersionCreateResponse: () => explainVersionCreateResponse,
  explainVersionGetResponse: () => explainVersionGetResponse,
  explainVersionListResponse: () => explainVersionListResponse,
  isVersionCreateResponse: () => isVersionCreateResponse,
  isVersionGetResponse: () => isVersionGetResponse,
  isVersionListResponse: () => isVersionListResponse,
  validateVersionCreateResponse: () => validateVersionCreateResponse,
  validateVersionGetResponse: () => validateVersionGetResponse,
  validateVersionListResponse: () => validateVersionListResponse
});
module.exports = __toCommonJS(versions_validators_exports);
var import_validation = require("../../../core/validation.js");
var import_formats = require("../../../core/formats.js");
function check0(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.outputs;
  if (v2 === void 0) return false;
  if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.next;
  if (v4 === void 0) return false;
  if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === void 0) return false;
  if (typeof v6 !== "string") return false;
  const v7 = v0.type;
  if (v7 === void 0) return false;
  if (!(v7 === "start")) return false;
  return true;
}
function check1(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.outputs;
  if (v2 === void 0) return false;
  if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.false;
  if (v4 === void 0) return false;
  if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === void 0) return false;
  if (typeof v6 !== "string") return false;
  const v7 = v3.true;
  if (v7 === void 0) return false;
  if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) return false;
  const v8 = v7;
  const v9 = v8.elementId;
  if (v9 === void 0) return false;
  if (typeof v9 !== "string") return false;
  const v10 = v0.properties;
  if (v10 === void 0) return false;
  if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) return false;
  const v11 = v10;
  const v12 = v11.conditions;
  if (v12 !== void 0) {
    if (typeof v12 !== "object" || v12 === null || Array.isArray(v12)) return false;
    const v13 = v12;
  }
  const v14 = v0.type;
  if (v14 === void 0) return false;
  if (!(v14 === "conditional")) return false;
  return true;
}
function check2(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.outputs;
  if (v2 === void 0) return false;
  if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  for (const v4 of Object.keys(v3)) {
    if (false) continue;
    const v5 = v3[v4];
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5;
    const v7 = v6.elementId;
    if (v7 === void 0) return false;
    if (typeof v7 !== "string") return false;
  }
  const v8 = v0.type;
  if (v8 === void 0) return false;
  if (!(v8 === "percentage")) return false;
  return true;
}
function check3(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.outputs;
  if (v2 === void 0) return false;
  if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.fallback;
  if (v4 === void 0) return false;
  if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === void 0) return false;
  if (typeof v6 !== "string") return false;
  const v7 = v3.success;
  if (v7 === void 0) return false;
  if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) return false;
  const v8 = v7;
  const v9 = v8.elementId;
  if (v9 === void 0) return false;
  if (typeof v9 !== "string") return false;
  const v10 = v0.properties;
  if (v10 === void 0) return false;
  if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) return false;
  const v11 = v10;
  const v12 = v11.key;
  if (v12 === void 0) return false;
  if (typeof v12 !== "string") return false;
  const v13 = v11.limit;
  if (v13 === void 0) return false;
  if (typeof v13 !== "number" || !Number.isFinite(v13)) return false;
  const v14 = v11.limitType;
  if (v14 === void 0) return false;
  if (!(v14 === "count" || v14 === "cost")) return false;
  const v15 = v11.window;
  if (v15 === void 0) return false;
  if (typeof v15 !== "number" || !Number.isFinite(v15)) return false;
  const v16 = v0.type;
  if (v16 === void 0) return false;
  if (!(v16 === "rate")) return false;
  return true;
}
function check4(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.outputs;
  if (v2 === void 0) return false;
  if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  const v4 = v3.fallback;
  if (v4 === void 0) return false;
  if (typeof v4 !== "object" || v4 === null || Array.isArray(v4)) return false;
  const v5 = v4;
  const v6 = v5.elementId;
  if (v6 === void 0) return false;
  if (typeof v6 !== "string") return false;
  const v7 = v3.success;
  if (v7 === void 0) return false;
  if (typeof v7 !== "object" || v7 === null || Array.isArray(v7)) return false;
  const v8 = v7;
  const v9 = v8.elementId;
  if (v9 === void 0) return false;
  if (typeof v9 !== "string") return false;
  const v10 = v0.properties;
  if (v10 === void 0) return false;
  if (typeof v10 !== "object" || v10 === null || Array.isArray(v10)) return false;
  const v11 = v10;
  const v12 = v11.model;
  if (v12 === void 0) return false;
  if (typeof v12 !== "string") return false;
  const v13 = v11.provider;
  if (v13 === void 0) return false;
  if (typeof v13 !== "string") return false;
  const v14 = v11.retries;
  if (v14 === void 0) return false;
  if (typeof v14 !== "number" || !Number.isFinite(v14)) return false;
  const v15 = v11.timeout;
  if (v15 === void 0) return false;
  if (typeof v15 !== "number" || !Number.isFinite(v15)) return false;
  const v16 = v0.type;
  if (v16 === void 0) return false;
  if (!(v16 === "model")) return false;
  return true;
}
function check5(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.outputs;
  if (v2 === void 0) return false;
  if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
  const v3 = v2;
  for (const v4 of Object.keys(v3)) {
    if (false) continue;
    const v5 = v3[v4];
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5;
    const v7 = v6.elementId;
    if (v7 === void 0) return false;
    if (typeof v7 !== "string") return false;
  }
  const v8 = v0.type;
  if (v8 === void 0) return false;
  if (!(v8 === "end")) return false;
  return true;
}
function isVersionCreateResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v1)) return false;
  const v2 = v0.elements;
  if (v2 === void 0) return false;
  if (!Array.isArray(v2)) return false;
  const v3 = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (!(check0(v5) || check1(v5) || check2(v5) || check3(v5) || check4(v5) || check5(v5))) return false;
  }
  const v6 = v0.gateway_id;
  if (v6 === void 0) return false;
  if (typeof v6 !== "string") return false;
  const v7 = v0.id;
  if (v7 === void 0) return false;
  if (typeof v7 !== "string") return false;
  const v8 = v0.modified_at;
  if (v8 === void 0) return false;
  if (typeof v8 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v8)) return false;
  const v9 = v0.name;
  if (v9 === void 0) return false;
  if (typeof v9 !== "string") return false;
  return true;
}
function explainVersionCreateResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.created_at;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/created_at", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/created_at", "string", v1);
      } else {
        if (!(0, import_formats.isDateTime)(v1)) {
          (0, import_validation.fail)(issues, path + "/created_at", "date-time string", v1);
        }
      }
    }
    const v2 = v0.elements;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/elements", "array");
    } else {
      if (!Array.isArray(v2)) {
        (0, import_validation.fail)(issues, path + "/elements", "array", v2);
      } else {
        const v3 = v2;
        for (let v4 = 0; v4 < v3.length; v4++) {
          const v5 = v3[v4];
          if (!(check0(v5) || check1(v5) || check2(v5) || check3(v5) || check4(v5) || check5(v5))) {
            (0, import_validation.fail)(issues, path + "/elements/" + v4, "a value matching at least one of 6 alternatives (anyOf)", v5, "matches none of the anyOf alternatives");
          }
        }
      }
    }
    const v6 = v0.gateway_id;
    if (v6 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v6 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v6);
      }
    }
    const v7 = v0.id;
    if (v7 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v7 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v7);
      }
    }
    const v8 = v0.modified_at;
    if (v8 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "string");
    } else {
      if (typeof v8 !== "string") {
        (0, import_validation.fail)(issues, path + "/modified_at", "string", v8);
      } else {
        if (!(0, import_formats.isDateTime)(v8)) {
          (0, import_validation.fail)(issues, path + "/modified_at", "date-time string", v8);
        }
      }
    }
    const v9 = v0.name;
    if (v9 === void 0) {
      (0, import_validation.missing)(issues, path + "/name", "string");
    } else {
      if (typeof v9 !== "string") {
        (0, import_validation.fail)(issues, path + "/name", "string", v9);
      }
    }
  }
}
function validateVersionCreateResponse(value) {
  return isVersionCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainVersionCreateResponse) };
}
function isVersionGetResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.active;
  if (v1 === void 0) return false;
  if (!(v1 === "true" || v1 === "false")) return false;
  const v2 = v0.created_at;
  if (v2 === void 0) return false;
  if (typeof v2 !== "string") return false;
  const v3 = v0.data;
  if (v3 === void 0) return false;
  if (typeof v3 !== "string") return false;
  const v4 = v0.elements;
  if (v4 === void 0) return false;
  if (!Array.isArray(v4)) return false;
  const v5 = v4;
  for (let v6 = 0; v6 < v5.length; v6++) {
    const v7 = v5[v6];
    if (!(check0(v7) || check1(v7) || check2(v7) || check3(v7) || check4(v7) || check5(v7))) return false;
  }
  const v8 = v0.gateway_id;
  if (v8 === void 0) return false;
  if (typeof v8 !== "string") return false;
  const v9 = v0.id;
  if (v9 === void 0) return false;
  if (typeof v9 !== "string") return false;
  const v10 = v0.is_valid;
  if (v10 !== void 0) {
    if (typeof v10 !== "boolean") return false;
  }
  const v11 = v0.modified_at;
  if (v11 === void 0) return false;
  if (typeof v11 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v11)) return false;
  const v12 = v0.name;
  if (v12 === void 0) return false;
  if (typeof v12 !== "string") return false;
  const v13 = v0.version_id;
  if (v13 === void 0) return false;
  if (typeof v13 !== "string") return false;
  return true;
}
function explainVersionGetResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.active;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/active", "enum");
    } else {
      if (!(v1 === "true" || v1 === "false")) {
        (0, import_validation.fail)(issues, path + "/active", 'one of "true", "false"', v1);
      }
    }
    const v2 = v0.created_at;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/created_at", "string");
    } else {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/created_at", "string", v2);
      }
    }
    const v3 = v0.data;
    if (v3 === void 0) {
      (0, import_validation.missing)(issues, path + "/data", "string");
    } else {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/data", "string", v3);
      }
    }
    const v4 = v0.elements;
    if (v4 === void 0) {
      (0, import_validation.missing)(issues, path + "/elements", "array");
    } else {
      if (!Array.isArray(v4)) {
        (0, import_validation.fail)(issues, path + "/elements", "array", v4);
      } else {
        const v5 = v4;
        for (let v6 = 0; v6 < v5.length; v6++) {
          const v7 = v5[v6];
          if (!(check0(v7) || check1(v7) || check2(v7) || check3(v7) || check4(v7) || check5(v7))) {
            (0, import_validation.fail)(issues, path + "/elements/" + v6, "a value matching at least one of 6 alternatives (anyOf)", v7, "matches none of the anyOf alternatives");
          }
        }
      }
    }
    const v8 = v0.gateway_id;
    if (v8 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v8 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v8);
      }
    }
    const v9 = v0.id;
    if (v9 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v9 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v9);
      }
    }
    const v10 = v0.is_valid;
    if (v10 !== void 0) {
      if (typeof v10 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/is_valid", "boolean", v10);
      }
    }
    const v11 = v0.modified_at;
    if (v11 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "string");
    } else {
      if (typeof v11 !== "string") {
        (0, import_validation.fail)(issues, path + "/modified_at", "string", v11);
      } else {
        if (!(0, import_formats.isDateTime)(v11)) {
          (0, import_validation.fail)(issues, path + "/modified_at", "date-time string", v11);
        }
      }
    }
    const v12 = v0.name;
    if (v12 === void 0) {
      (0, import_validation.missing)(issues, path + "/name", "string");
    } else {
      if (typeof v12 !== "string") {
        (0, import_validation.fail)(issues, path + "/name", "string", v12);
      }
    }
    const v13 = v0.version_id;
    if (v13 === void 0) {
      (0, import_validation.missing)(issues, path + "/version_id", "string");
    } else {
      if (typeof v13 !== "string") {
        (0, import_validation.fail)(issues, path + "/version_id", "string", v13);
      }
    }
  }
}
function validateVersionGetResponse(value) {
  return isVersionGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainVersionGetResponse) };
}
function isVersionListResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.order_by;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.order_by_direction;
  if (v2 === void 0) return false;
  if (typeof v2 !== "string") return false;
  const v3 = v0.page;
  if (v3 === void 0) return false;
  if (typeof v3 !== "number" || !Number.isFinite(v3)) return false;
  const v4 = v0.per_page;
  if (v4 === void 0) return false;
  if (typeof v4 !== "number" || !Number.isFinite(v4)) return false;
  const v5 = v0.versions;
  if (v5 === void 0) return false;
  if (!Array.isArray(v5)) return false;
  const v6 = v5;
  for (let v7 = 0; v7 < v6.length; v7++) {
    const v8 = v6[v7];
    if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) return false;
    const v9 = v8;
    const v10 = v9.active;
    if (v10 === void 0) return false;
    if (!(v10 === "true" || v10 === "false")) return false;
    const v11 = v9.created_at;
    if (v11 === void 0) return false;
    if (typeof v11 !== "string") return false;
    const v12 = v9.data;
    if (v12 === void 0) return false;
    if (typeof v12 !== "string") return false;
    const v13 = v9.is_valid;
    if (v13 !== void 0) {
      if (typeof v13 !== "boolean") return false;
    }
    const v14 = v9.version_id;
    if (v14 === void 0) return false;
    if (typeof v14 !== "string") return false;
  }
  return true;
}
function explainVersionListResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.order_by;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/order_by", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/order_by", "string", v1);
      }
    }
    const v2 = v0.order_by_direction;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/order_by_direction", "string");
    } else {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/order_by_direction", "string", v2);
      }
    }
    const v3 = v0.page;
    if (v3 === void 0) {
      (0, import_validation.missing)(issues, path + "/page", "number");
    } else {
      if (typeof v3 !== "number" || !Number.isFinite(v3)) {
        (0, import_validation.fail)(issues, path + "/page", "number", v3);
      }
    }
    const v4 = v0.per_page;
    if (v4 === void 0) {
      (0, import_validation.missing)(issues, path + "/per_page", "number");
    } else {
      if (typeof v4 !== "number" || !Number.isFinite(v4)) {
        (0, import_validation.fail)(issues, path + "/per_page", "number", v4);
      }
    }
    const v5 = v0.versions;
    if (v5 === void 0) {
      (0, import_validation.missing)(issues, path + "/versions", "array");
    } else {
      if (!Array.isArray(v5)) {
        (0, import_validation.fail)(issues, path + "/versions", "array", v5);
      } else {
        const v6 = v5;
        for (let v7 = 0; v7 < v6.length; v7++) {
          const v8 = v6[v7];
          if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) {
            (0, import_validation.fail)(issues, path + "/versions/" + v7, "object", v8);
          } else {
            const v9 = v8;
            const v10 = v9.active;
            if (v10 === void 0) {
              (0, import_validation.missing)(issues, path + "/versions/" + v7 + "/active", "enum");
            } else {
              if (!(v10 === "true" || v10 === "false")) {
                (0, import_validation.fail)(issues, path + "/versions/" + v7 + "/active", 'one of "true", "false"', v10);
              }
            }
            const v11 = v9.created_at;
            if (v11 === void 0) {
              (0, import_validation.missing)(issues, path + "/versions/" + v7 + "/created_at", "string");
            } else {
              if (typeof v11 !== "string") {
                (0, import_validation.fail)(issues, path + "/versions/" + v7 + "/created_at", "string", v11);
              }
            }
            const v12 = v9.data;
            if (v12 === void 0) {
              (0, import_validation.missing)(issues, path + "/versions/" + v7 + "/data", "string");
            } else {
              if (typeof v12 !== "string") {
                (0, import_validation.fail)(issues, path + "/versions/" + v7 + "/data", "string", v12);
              }
            }
            const v13 = v9.is_valid;
            if (v13 !== void 0) {
              if (typeof v13 !== "boolean") {
                (0, import_validation.fail)(issues, path + "/versions/" + v7 + "/is_valid", "boolean", v13);
              }
            }
            const v14 = v9.version_id;
            if (v14 === void 0) {
              (0, import_validation.missing)(issues, path + "/versions/" + v7 + "/version_id", "string");
            } else {
              if (typeof v14 !== "string") {
                (0, import_validation.fail)(issues, path + "/versions/" + v7 + "/version_id", "string", v14);
              }
            }
          }
        }
      }
    }
  }
}
function validateVersionListResponse(value) {
  return isVersionListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainVersionListResponse) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainVersionCreateResponse,
  explainVersionGetResponse,
  explainVersionListResponse,
  isVersionCreateResponse,
  isVersionGetResponse,
  isVersionListResponse,
  validateVersionCreateResponse,
  validateVersionGetResponse,
  validateVersionListResponse
});
