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
var datasets_validators_exports = {};
__export(datasets_validators_exports, {
  explainDatasetCreateArgs: () => explainDatasetCreateArgs,
  explainDatasetCreateResponse: () => explainDatasetCreateResponse,
  explainDatasetDeleteArgs: () => explainDatasetDeleteArgs,
  explainDatasetDeleteResponse: () => explainDatasetDeleteResponse,
  explainDatasetGetArgs: () => explainDatasetGetArgs,
  explainDatasetGetResponse: () => explainDatasetGetResponse,
  explainDatasetListArgs: () => explainDatasetListArgs,
  explainDatasetListResponse: () => explainDatasetListResponse,
  explainDatasetUpdateArgs: () => explainDatasetUpdateArgs,
  explainDatasetUpdateResponse: () => explainDatasetUpdateResponse,
  isDatasetCreateArgs: () => isDatasetCreateArgs,
  isDatasetCreateResponse: () => isDatasetCreateResponse,
  isDatasetDeleteArgs: () => isDatasetDeleteArgs,
  isDatasetDeleteResponse: () => isDatasetDeleteResponse,
  isDatasetGetArgs: () => isDatasetGetArgs,
  isDatasetGetResponse: () => isDatasetGetResponse,
  isDatasetListArgs: () => isDatasetListArgs,
  isDatasetListResponse: () => isDatasetListResponse,
  isDatasetUpdateArgs: () => isDatasetUpdateArgs,
  isDatasetUpdateResponse: () => isDatasetUpdateResponse,
  validateDatasetCreateResponse: () => validateDatasetCreateResponse,
  validateDatasetDeleteResponse: () => validateDatasetDeleteResponse,
  validateDatasetGetResponse: () => validateDatasetGetResponse,
  validateDatasetListResponse: () => validateDatasetListResponse,
  validateDatasetUpdateResponse: () => validateDatasetUpdateResponse
});
module.exports = __toCommonJS(datasets_validators_exports);
var import_validation = require("../../core/validation.js");
var import_formats = require("../../core/formats.js");
const ENUM_0 = /* @__PURE__ */ new Set(["created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"]);
function check0(value) {
  if (typeof value !== "string") return false;
  return true;
}
function check1(value) {
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  return true;
}
function check2(value) {
  if (typeof value !== "boolean") return false;
  return true;
}
function isDatasetCreateResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v1)) return false;
  const v2 = v0.enable;
  if (v2 === void 0) return false;
  if (typeof v2 !== "boolean") return false;
  const v3 = v0.filters;
  if (v3 === void 0) return false;
  if (!Array.isArray(v3)) return false;
  const v4 = v3;
  for (let v5 = 0; v5 < v4.length; v5++) {
    const v6 = v4[v5];
    if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) return false;
    const v7 = v6;
    const v8 = v7.key;
    if (v8 === void 0) return false;
    if (!ENUM_0.has(v8)) return false;
    const v9 = v7.operator;
    if (v9 === void 0) return false;
    if (!(v9 === "eq" || v9 === "contains" || v9 === "lt" || v9 === "gt")) return false;
    const v10 = v7.value;
    if (v10 === void 0) return false;
    if (!Array.isArray(v10)) return false;
    const v11 = v10;
    for (let v12 = 0; v12 < v11.length; v12++) {
      const v13 = v11[v12];
      if (!(check0(v13) || check1(v13) || check2(v13))) return false;
    }
  }
  const v14 = v0.gateway_id;
  if (v14 === void 0) return false;
  if (typeof v14 !== "string") return false;
  if (v14.length < 1 || v14.length < 2 && (0, import_validation.codePoints)(v14) < 1) return false;
  if (v14.length > 64 && (0, import_validation.codePoints)(v14) > 64) return false;
  const v15 = v0.id;
  if (v15 === void 0) return false;
  if (typeof v15 !== "string") return false;
  const v16 = v0.modified_at;
  if (v16 === void 0) return false;
  if (typeof v16 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v16)) return false;
  const v17 = v0.name;
  if (v17 === void 0) return false;
  if (typeof v17 !== "string") return false;
  return true;
}
function explainDatasetCreateResponse(value, path, issues) {
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
    const v2 = v0.enable;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/enable", "boolean");
    } else {
      if (typeof v2 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/enable", "boolean", v2);
      }
    }
    const v3 = v0.filters;
    if (v3 === void 0) {
      (0, import_validation.missing)(issues, path + "/filters", "array");
    } else {
      if (!Array.isArray(v3)) {
        (0, import_validation.fail)(issues, path + "/filters", "array", v3);
      } else {
        const v4 = v3;
        for (let v5 = 0; v5 < v4.length; v5++) {
          const v6 = v4[v5];
          if (typeof v6 !== "object" || v6 === null || Array.isArray(v6)) {
            (0, import_validation.fail)(issues, path + "/filters/" + v5, "object", v6);
          } else {
            const v7 = v6;
            const v8 = v7.key;
            if (v8 === void 0) {
              (0, import_validation.missing)(issues, path + "/filters/" + v5 + "/key", "enum");
            } else {
              if (!ENUM_0.has(v8)) {
                (0, import_validation.fail)(issues, path + "/filters/" + v5 + "/key", 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v8);
              }
            }
            const v9 = v7.operator;
            if (v9 === void 0) {
              (0, import_validation.missing)(issues, path + "/filters/" + v5 + "/operator", "enum");
            } else {
              if (!(v9 === "eq" || v9 === "contains" || v9 === "lt" || v9 === "gt")) {
                (0, import_validation.fail)(issues, path + "/filters/" + v5 + "/operator", 'one of "eq", "contains", "lt", "gt"', v9);
              }
            }
            const v10 = v7.value;
            if (v10 === void 0) {
              (0, import_validation.missing)(issues, path + "/filters/" + v5 + "/value", "array");
            } else {
              if (!Array.isArray(v10)) {
                (0, import_validation.fail)(issues, path + "/filters/" + v5 + "/value", "array", v10);
              } else {
                const v11 = v10;
                for (let v12 = 0; v12 < v11.length; v12++) {
                  const v13 = v11[v12];
                  if (!(check0(v13) || check1(v13) || check2(v13))) {
                    (0, import_validation.fail)(issues, path + "/filters/" + v5 + "/value/" + v12, "a value matching at least one of 3 alternatives (anyOf)", v13, "matches none of the anyOf alternatives");
                  }
                }
              }
            }
          }
        }
      }
    }
    const v14 = v0.gateway_id;
    if (v14 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v14 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v14);
      } else {
        if (v14.length < 1 || v14.length < 2 && (0, import_validation.codePoints)(v14) < 1) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at least 1 characters", v14);
        }
        if (v14.length > 64 && (0, import_validation.codePoints)(v14) > 64) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at most 64 characters", v14);
        }
      }
    }
    const v15 = v0.id;
    if (v15 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v15 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v15);
      }
    }
    const v16 = v0.modified_at;
    if (v16 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "string");
    } else {
      if (typeof v16 !== "string") {
        (0, import_validation.fail)(issues, path + "/modified_at", "string", v16);
      } else {
        if (!(0, import_formats.isDateTime)(v16)) {
          (0, import_validation.fail)(issues, path + "/modified_at", "date-time string", v16);
        }
      }
    }
    const v17 = v0.name;
    if (v17 === void 0) {
      (0, import_validation.missing)(issues, path + "/name", "string");
    } else {
      if (typeof v17 !== "string") {
        (0, import_validation.fail)(issues, path + "/name", "string", v17);
      }
    }
  }
}
function validateDatasetCreateResponse(value) {
  return isDatasetCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainDatasetCreateResponse) };
}
function isDatasetCreateArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (v1.length < 1 || v1.length < 2 && (0, import_validation.codePoints)(v1) < 1) return false;
  if (v1.length > 64 && (0, import_validation.codePoints)(v1) > 64) return false;
  const v2 = v0.account_id;
  if (v2 !== void 0) {
    if (typeof v2 !== "string") return false;
  }
  return true;
}
function explainDatasetCreateArgs(value, path, issues) {
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
    const v2 = v0.account_id;
    if (v2 !== void 0) {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/account_id", "string", v2);
      }
    }
  }
}
function isDatasetDeleteResponse(value) {
  return isDatasetCreateResponse(value);
}
function explainDatasetDeleteResponse(value, path, issues) {
  explainDatasetCreateResponse(value, path, issues);
}
function validateDatasetDeleteResponse(value) {
  return isDatasetDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainDatasetDeleteResponse) };
}
function isDatasetDeleteArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (v1.length < 1 || v1.length < 2 && (0, import_validation.codePoints)(v1) < 1) return false;
  if (v1.length > 64 && (0, import_validation.codePoints)(v1) > 64) return false;
  const v2 = v0.id;
  if (v2 === void 0) return false;
  if (typeof v2 !== "string") return false;
  const v3 = v0.account_id;
  if (v3 !== void 0) {
    if (typeof v3 !== "string") return false;
  }
  return true;
}
function explainDatasetDeleteArgs(value, path, issues) {
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
    const v2 = v0.id;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v2);
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
function isDatasetGetResponse(value) {
  return isDatasetCreateResponse(value);
}
function explainDatasetGetResponse(value, path, issues) {
  explainDatasetCreateResponse(value, path, issues);
}
function validateDatasetGetResponse(value) {
  return isDatasetGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainDatasetGetResponse) };
}
function isDatasetGetArgs(value) {
  return isDatasetDeleteArgs(value);
}
function explainDatasetGetArgs(value, path, issues) {
  explainDatasetDeleteArgs(value, path, issues);
}
function isDatasetListResponse(value) {
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
    const v5 = v3.enable;
    if (v5 === void 0) return false;
    if (typeof v5 !== "boolean") return false;
    const v6 = v3.filters;
    if (v6 === void 0) return false;
    if (!Array.isArray(v6)) return false;
    const v7 = v6;
    for (let v8 = 0; v8 < v7.length; v8++) {
      const v9 = v7[v8];
      if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) return false;
      const v10 = v9;
      const v11 = v10.key;
      if (v11 === void 0) return false;
      if (!ENUM_0.has(v11)) return false;
      const v12 = v10.operator;
      if (v12 === void 0) return false;
      if (!(v12 === "eq" || v12 === "contains" || v12 === "lt" || v12 === "gt")) return false;
      const v13 = v10.value;
      if (v13 === void 0) return false;
      if (!Array.isArray(v13)) return false;
      const v14 = v13;
      for (let v15 = 0; v15 < v14.length; v15++) {
        const v16 = v14[v15];
        if (!(check0(v16) || check1(v16) || check2(v16))) return false;
      }
    }
    const v17 = v3.gateway_id;
    if (v17 === void 0) return false;
    if (typeof v17 !== "string") return false;
    if (v17.length < 1 || v17.length < 2 && (0, import_validation.codePoints)(v17) < 1) return false;
    if (v17.length > 64 && (0, import_validation.codePoints)(v17) > 64) return false;
    const v18 = v3.id;
    if (v18 === void 0) return false;
    if (typeof v18 !== "string") return false;
    const v19 = v3.modified_at;
    if (v19 === void 0) return false;
    if (typeof v19 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v19)) return false;
    const v20 = v3.name;
    if (v20 === void 0) return false;
    if (typeof v20 !== "string") return false;
  }
  return true;
}
function explainDatasetListResponse(value, path, issues) {
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
        const v5 = v3.enable;
        if (v5 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/enable", "boolean");
        } else {
          if (typeof v5 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/enable", "boolean", v5);
          }
        }
        const v6 = v3.filters;
        if (v6 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/filters", "array");
        } else {
          if (!Array.isArray(v6)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/filters", "array", v6);
          } else {
            const v7 = v6;
            for (let v8 = 0; v8 < v7.length; v8++) {
              const v9 = v7[v8];
              if (typeof v9 !== "object" || v9 === null || Array.isArray(v9)) {
                (0, import_validation.fail)(issues, path + "/" + v1 + "/filters/" + v8, "object", v9);
              } else {
                const v10 = v9;
                const v11 = v10.key;
                if (v11 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/filters/" + v8 + "/key", "enum");
                } else {
                  if (!ENUM_0.has(v11)) {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/filters/" + v8 + "/key", 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v11);
                  }
                }
                const v12 = v10.operator;
                if (v12 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/filters/" + v8 + "/operator", "enum");
                } else {
                  if (!(v12 === "eq" || v12 === "contains" || v12 === "lt" || v12 === "gt")) {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/filters/" + v8 + "/operator", 'one of "eq", "contains", "lt", "gt"', v12);
                  }
                }
                const v13 = v10.value;
                if (v13 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/filters/" + v8 + "/value", "array");
                } else {
                  if (!Array.isArray(v13)) {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/filters/" + v8 + "/value", "array", v13);
                  } else {
                    const v14 = v13;
                    for (let v15 = 0; v15 < v14.length; v15++) {
                      const v16 = v14[v15];
                      if (!(check0(v16) || check1(v16) || check2(v16))) {
                        (0, import_validation.fail)(issues, path + "/" + v1 + "/filters/" + v8 + "/value/" + v15, "a value matching at least one of 3 alternatives (anyOf)", v16, "matches none of the anyOf alternatives");
                      }
                    }
                  }
                }
              }
            }
          }
        }
        const v17 = v3.gateway_id;
        if (v17 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/gateway_id", "string");
        } else {
          if (typeof v17 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string", v17);
          } else {
            if (v17.length < 1 || v17.length < 2 && (0, import_validation.codePoints)(v17) < 1) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at least 1 characters", v17);
            }
            if (v17.length > 64 && (0, import_validation.codePoints)(v17) > 64) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at most 64 characters", v17);
            }
          }
        }
        const v18 = v3.id;
        if (v18 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/id", "string");
        } else {
          if (typeof v18 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/id", "string", v18);
          }
        }
        const v19 = v3.modified_at;
        if (v19 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/modified_at", "string");
        } else {
          if (typeof v19 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "string", v19);
          } else {
            if (!(0, import_formats.isDateTime)(v19)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "date-time string", v19);
            }
          }
        }
        const v20 = v3.name;
        if (v20 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/name", "string");
        } else {
          if (typeof v20 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/name", "string", v20);
          }
        }
      }
    }
  }
}
function validateDatasetListResponse(value) {
  return isDatasetListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainDatasetListResponse) };
}
function isDatasetListArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (v1.length < 1 || v1.length < 2 && (0, import_validation.codePoints)(v1) < 1) return false;
  if (v1.length > 64 && (0, import_validation.codePoints)(v1) > 64) return false;
  const v2 = v0.account_id;
  if (v2 !== void 0) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v0.enable;
  if (v3 !== void 0) {
    if (typeof v3 !== "boolean") return false;
  }
  const v4 = v0.name;
  if (v4 !== void 0) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v0.page;
  if (v5 !== void 0) {
    if (!Number.isInteger(v5)) return false;
    if (v5 < 1) return false;
  }
  const v6 = v0.per_page;
  if (v6 !== void 0) {
    if (!Number.isInteger(v6)) return false;
    if (v6 < 1) return false;
    if (v6 > 100) return false;
  }
  const v7 = v0.search;
  if (v7 !== void 0) {
    if (typeof v7 !== "string") return false;
  }
  return true;
}
function explainDatasetListArgs(value, path, issues) {
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
    const v2 = v0.account_id;
    if (v2 !== void 0) {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/account_id", "string", v2);
      }
    }
    const v3 = v0.enable;
    if (v3 !== void 0) {
      if (typeof v3 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/enable", "boolean", v3);
      }
    }
    const v4 = v0.name;
    if (v4 !== void 0) {
      if (typeof v4 !== "string") {
        (0, import_validation.fail)(issues, path + "/name", "string", v4);
      }
    }
    const v5 = v0.page;
    if (v5 !== void 0) {
      if (!Number.isInteger(v5)) {
        (0, import_validation.fail)(issues, path + "/page", "integer", v5);
      } else {
        if (v5 < 1) {
          (0, import_validation.fail)(issues, path + "/page", "integer that is >= 1", v5, "must be >= 1");
        }
      }
    }
    const v6 = v0.per_page;
    if (v6 !== void 0) {
      if (!Number.isInteger(v6)) {
        (0, import_validation.fail)(issues, path + "/per_page", "integer", v6);
      } else {
        if (v6 < 1) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is >= 1", v6, "must be >= 1");
        }
        if (v6 > 100) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is <= 100", v6, "must be <= 100");
        }
      }
    }
    const v7 = v0.search;
    if (v7 !== void 0) {
      if (typeof v7 !== "string") {
        (0, import_validation.fail)(issues, path + "/search", "string", v7);
      }
    }
  }
}
function isDatasetUpdateResponse(value) {
  return isDatasetCreateResponse(value);
}
function explainDatasetUpdateResponse(value, path, issues) {
  explainDatasetCreateResponse(value, path, issues);
}
function validateDatasetUpdateResponse(value) {
  return isDatasetUpdateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainDatasetUpdateResponse) };
}
function isDatasetUpdateArgs(value) {
  return isDatasetDeleteArgs(value);
}
function explainDatasetUpdateArgs(value, path, issues) {
  explainDatasetDeleteArgs(value, path, issues);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainDatasetCreateArgs,
  explainDatasetCreateResponse,
  explainDatasetDeleteArgs,
  explainDatasetDeleteResponse,
  explainDatasetGetArgs,
  explainDatasetGetResponse,
  explainDatasetListArgs,
  explainDatasetListResponse,
  explainDatasetUpdateArgs,
  explainDatasetUpdateResponse,
  isDatasetCreateArgs,
  isDatasetCreateResponse,
  isDatasetDeleteArgs,
  isDatasetDeleteResponse,
  isDatasetGetArgs,
  isDatasetGetResponse,
  isDatasetListArgs,
  isDatasetListResponse,
  isDatasetUpdateArgs,
  isDatasetUpdateResponse,
  validateDatasetCreateResponse,
  validateDatasetDeleteResponse,
  validateDatasetGetResponse,
  validateDatasetListResponse,
  validateDatasetUpdateResponse
});
