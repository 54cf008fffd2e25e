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
var costs_validators_exports = {};
__export(costs_validators_exports, {
  explainCostCreateResponse: () => explainCostCreateResponse,
  explainCostDeleteArgs: () => explainCostDeleteArgs,
  explainCostDeleteResponse: () => explainCostDeleteResponse,
  explainCostEditArgs: () => explainCostEditArgs,
  explainCostEditResponse: () => explainCostEditResponse,
  explainCostGetArgs: () => explainCostGetArgs,
  explainCostGetResponse: () => explainCostGetResponse,
  explainCostListArgs: () => explainCostListArgs,
  explainCostListResponse: () => explainCostListResponse,
  isCostCreateResponse: () => isCostCreateResponse,
  isCostDeleteArgs: () => isCostDeleteArgs,
  isCostDeleteResponse: () => isCostDeleteResponse,
  isCostEditArgs: () => isCostEditArgs,
  isCostEditResponse: () => isCostEditResponse,
  isCostGetArgs: () => isCostGetArgs,
  isCostGetResponse: () => isCostGetResponse,
  isCostListArgs: () => isCostListArgs,
  isCostListResponse: () => isCostListResponse,
  validateCostCreateResponse: () => validateCostCreateResponse,
  validateCostDeleteResponse: () => validateCostDeleteResponse,
  validateCostEditResponse: () => validateCostEditResponse,
  validateCostGetResponse: () => validateCostGetResponse,
  validateCostListResponse: () => validateCostListResponse
});
module.exports = __toCommonJS(costs_validators_exports);
var import_validation = require("../../../core/validation.js");
var import_formats = require("../../../core/formats.js");
function isCostCreateResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_provider_id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (!(0, import_formats.isUuid)(v1)) return false;
  const v2 = v0.changed_by;
  if (v2 !== void 0) {
    if (typeof v2 !== "string") return false;
  }
  const v3 = v0.cost_in;
  if (v3 !== void 0) {
    if (typeof v3 !== "number" || !Number.isFinite(v3)) return false;
  }
  const v4 = v0.cost_out;
  if (v4 !== void 0) {
    if (typeof v4 !== "number" || !Number.isFinite(v4)) return false;
  }
  const v5 = v0.cost_type;
  if (v5 !== void 0) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v0.created_at;
  if (v6 === void 0) return false;
  if (typeof v6 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v6)) return false;
  const v7 = v0.enable;
  if (v7 !== void 0) {
    if (typeof v7 !== "boolean") return false;
  }
  const v8 = v0.id;
  if (v8 === void 0) return false;
  if (typeof v8 !== "string") return false;
  if (!(0, import_formats.isUuid)(v8)) return false;
  const v9 = v0.model;
  if (v9 === void 0) return false;
  if (typeof v9 !== "string") return false;
  const v10 = v0.model_rule;
  if (v10 !== void 0) {
    if (!(v10 === "equals" || v10 === "starts-with" || v10 === "contains")) return false;
  }
  const v11 = v0.modified_at;
  if (v11 === void 0) return false;
  if (typeof v11 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v11)) return false;
  const v12 = v0.token_pricing;
  if (v12 !== void 0) {
    if (typeof v12 !== "string") return false;
  }
  const v13 = v0.weight;
  if (v13 !== void 0) {
    if (!Number.isInteger(v13)) return false;
  }
  return true;
}
function explainCostCreateResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.account_provider_id;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/account_provider_id", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/account_provider_id", "string", v1);
      } else {
        if (!(0, import_formats.isUuid)(v1)) {
          (0, import_validation.fail)(issues, path + "/account_provider_id", "uuid string", v1);
        }
      }
    }
    const v2 = v0.changed_by;
    if (v2 !== void 0) {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/changed_by", "string", v2);
      }
    }
    const v3 = v0.cost_in;
    if (v3 !== void 0) {
      if (typeof v3 !== "number" || !Number.isFinite(v3)) {
        (0, import_validation.fail)(issues, path + "/cost_in", "number", v3);
      }
    }
    const v4 = v0.cost_out;
    if (v4 !== void 0) {
      if (typeof v4 !== "number" || !Number.isFinite(v4)) {
        (0, import_validation.fail)(issues, path + "/cost_out", "number", v4);
      }
    }
    const v5 = v0.cost_type;
    if (v5 !== void 0) {
      if (typeof v5 !== "string") {
        (0, import_validation.fail)(issues, path + "/cost_type", "string", v5);
      }
    }
    const v6 = v0.created_at;
    if (v6 === void 0) {
      (0, import_validation.missing)(issues, path + "/created_at", "string");
    } else {
      if (typeof v6 !== "string") {
        (0, import_validation.fail)(issues, path + "/created_at", "string", v6);
      } else {
        if (!(0, import_formats.isDateTime)(v6)) {
          (0, import_validation.fail)(issues, path + "/created_at", "date-time string", v6);
        }
      }
    }
    const v7 = v0.enable;
    if (v7 !== void 0) {
      if (typeof v7 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/enable", "boolean", v7);
      }
    }
    const v8 = v0.id;
    if (v8 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v8 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v8);
      } else {
        if (!(0, import_formats.isUuid)(v8)) {
          (0, import_validation.fail)(issues, path + "/id", "uuid string", v8);
        }
      }
    }
    const v9 = v0.model;
    if (v9 === void 0) {
      (0, import_validation.missing)(issues, path + "/model", "string");
    } else {
      if (typeof v9 !== "string") {
        (0, import_validation.fail)(issues, path + "/model", "string", v9);
      }
    }
    const v10 = v0.model_rule;
    if (v10 !== void 0) {
      if (!(v10 === "equals" || v10 === "starts-with" || v10 === "contains")) {
        (0, import_validation.fail)(issues, path + "/model_rule", 'one of "equals", "starts-with", "contains"', v10);
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
    const v12 = v0.token_pricing;
    if (v12 !== void 0) {
      if (typeof v12 !== "string") {
        (0, import_validation.fail)(issues, path + "/token_pricing", "string", v12);
      }
    }
    const v13 = v0.weight;
    if (v13 !== void 0) {
      if (!Number.isInteger(v13)) {
        (0, import_validation.fail)(issues, path + "/weight", "integer", v13);
      }
    }
  }
}
function validateCostCreateResponse(value) {
  return isCostCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCostCreateResponse) };
}
function isCostDeleteResponse(value) {
  return isCostCreateResponse(value);
}
function explainCostDeleteResponse(value, path, issues) {
  explainCostCreateResponse(value, path, issues);
}
function validateCostDeleteResponse(value) {
  return isCostDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCostDeleteResponse) };
}
function isCostDeleteArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (!(0, import_formats.isUuid)(v1)) return false;
  const v2 = v0.account_id;
  if (v2 !== void 0) {
    if (typeof v2 !== "string") return false;
  }
  return true;
}
function explainCostDeleteArgs(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.id;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v1);
      } else {
        if (!(0, import_formats.isUuid)(v1)) {
          (0, import_validation.fail)(issues, path + "/id", "uuid string", v1);
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
function isCostEditResponse(value) {
  return isCostCreateResponse(value);
}
function explainCostEditResponse(value, path, issues) {
  explainCostCreateResponse(value, path, issues);
}
function validateCostEditResponse(value) {
  return isCostEditResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCostEditResponse) };
}
function isCostEditArgs(value) {
  return isCostDeleteArgs(value);
}
function explainCostEditArgs(value, path, issues) {
  explainCostDeleteArgs(value, path, issues);
}
function isCostGetResponse(value) {
  return isCostCreateResponse(value);
}
function explainCostGetResponse(value, path, issues) {
  explainCostCreateResponse(value, path, issues);
}
function validateCostGetResponse(value) {
  return isCostGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCostGetResponse) };
}
function isCostGetArgs(value) {
  return isCostDeleteArgs(value);
}
function explainCostGetArgs(value, path, issues) {
  explainCostDeleteArgs(value, path, issues);
}
function isCostListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.account_provider_id;
    if (v4 === void 0) return false;
    if (typeof v4 !== "string") return false;
    if (!(0, import_formats.isUuid)(v4)) return false;
    const v5 = v3.changed_by;
    if (v5 !== void 0) {
      if (typeof v5 !== "string") return false;
    }
    const v6 = v3.cost_in;
    if (v6 !== void 0) {
      if (typeof v6 !== "number" || !Number.isFinite(v6)) return false;
    }
    const v7 = v3.cost_out;
    if (v7 !== void 0) {
      if (typeof v7 !== "number" || !Number.isFinite(v7)) return false;
    }
    const v8 = v3.cost_type;
    if (v8 !== void 0) {
      if (typeof v8 !== "string") return false;
    }
    const v9 = v3.created_at;
    if (v9 === void 0) return false;
    if (typeof v9 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v9)) return false;
    const v10 = v3.enable;
    if (v10 !== void 0) {
      if (typeof v10 !== "boolean") return false;
    }
    const v11 = v3.id;
    if (v11 === void 0) return false;
    if (typeof v11 !== "string") return false;
    if (!(0, import_formats.isUuid)(v11)) return false;
    const v12 = v3.model;
    if (v12 === void 0) return false;
    if (typeof v12 !== "string") return false;
    const v13 = v3.model_rule;
    if (v13 !== void 0) {
      if (!(v13 === "equals" || v13 === "starts-with" || v13 === "contains")) return false;
    }
    const v14 = v3.modified_at;
    if (v14 === void 0) return false;
    if (typeof v14 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v14)) return false;
    const v15 = v3.token_pricing;
    if (v15 !== void 0) {
      if (typeof v15 !== "string") return false;
    }
    const v16 = v3.weight;
    if (v16 !== void 0) {
      if (!Number.isInteger(v16)) return false;
    }
  }
  return true;
}
function explainCostListResponse(value, path, issues) {
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
        const v4 = v3.account_provider_id;
        if (v4 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/account_provider_id", "string");
        } else {
          if (typeof v4 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/account_provider_id", "string", v4);
          } else {
            if (!(0, import_formats.isUuid)(v4)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/account_provider_id", "uuid string", v4);
            }
          }
        }
        const v5 = v3.changed_by;
        if (v5 !== void 0) {
          if (typeof v5 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/changed_by", "string", v5);
          }
        }
        const v6 = v3.cost_in;
        if (v6 !== void 0) {
          if (typeof v6 !== "number" || !Number.isFinite(v6)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/cost_in", "number", v6);
          }
        }
        const v7 = v3.cost_out;
        if (v7 !== void 0) {
          if (typeof v7 !== "number" || !Number.isFinite(v7)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/cost_out", "number", v7);
          }
        }
        const v8 = v3.cost_type;
        if (v8 !== void 0) {
          if (typeof v8 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/cost_type", "string", v8);
          }
        }
        const v9 = v3.created_at;
        if (v9 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/created_at", "string");
        } else {
          if (typeof v9 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/created_at", "string", v9);
          } else {
            if (!(0, import_formats.isDateTime)(v9)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/created_at", "date-time string", v9);
            }
          }
        }
        const v10 = v3.enable;
        if (v10 !== void 0) {
          if (typeof v10 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/enable", "boolean", v10);
          }
        }
        const v11 = v3.id;
        if (v11 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/id", "string");
        } else {
          if (typeof v11 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/id", "string", v11);
          } else {
            if (!(0, import_formats.isUuid)(v11)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/id", "uuid string", v11);
            }
          }
        }
        const v12 = v3.model;
        if (v12 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/model", "string");
        } else {
          if (typeof v12 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/model", "string", v12);
          }
        }
        const v13 = v3.model_rule;
        if (v13 !== void 0) {
          if (!(v13 === "equals" || v13 === "starts-with" || v13 === "contains")) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/model_rule", 'one of "equals", "starts-with", "contains"', v13);
          }
        }
        const v14 = v3.modified_at;
        if (v14 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/modified_at", "string");
        } else {
          if (typeof v14 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "string", v14);
          } else {
            if (!(0, import_formats.isDateTime)(v14)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "date-time string", v14);
            }
          }
        }
        const v15 = v3.token_pricing;
        if (v15 !== void 0) {
          if (typeof v15 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/token_pricing", "string", v15);
          }
        }
        const v16 = v3.weight;
        if (v16 !== void 0) {
          if (!Number.isInteger(v16)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/weight", "integer", v16);
          }
        }
      }
    }
  }
}
function validateCostListResponse(value) {
  return isCostListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCostListResponse) };
}
function isCostListArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== void 0) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v0.account_provider_id;
  if (v2 !== void 0) {
    if (typeof v2 !== "string") return false;
    if (!(0, import_formats.isUuid)(v2)) return false;
  }
  const v3 = v0.cost_type;
  if (v3 !== void 0) {
    if (typeof v3 !== "string") return false;
  }
  const v4 = v0.enable;
  if (v4 !== void 0) {
    if (typeof v4 !== "boolean") return false;
  }
  const v5 = v0.model_rule;
  if (v5 !== void 0) {
    if (!(v5 === "equals" || v5 === "starts-with" || v5 === "contains")) return false;
  }
  const v6 = v0.page;
  if (v6 !== void 0) {
    if (!Number.isInteger(v6)) return false;
    if (v6 < 1) return false;
  }
  const v7 = v0.per_page;
  if (v7 !== void 0) {
    if (!Number.isInteger(v7)) return false;
    if (v7 < 1) return false;
    if (v7 > 100) return false;
  }
  const v8 = v0.search;
  if (v8 !== void 0) {
    if (typeof v8 !== "string") return false;
  }
  return true;
}
function explainCostListArgs(value, path, issues) {
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
    const v2 = v0.account_provider_id;
    if (v2 !== void 0) {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/account_provider_id", "string", v2);
      } else {
        if (!(0, import_formats.isUuid)(v2)) {
          (0, import_validation.fail)(issues, path + "/account_provider_id", "uuid string", v2);
        }
      }
    }
    const v3 = v0.cost_type;
    if (v3 !== void 0) {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/cost_type", "string", v3);
      }
    }
    const v4 = v0.enable;
    if (v4 !== void 0) {
      if (typeof v4 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/enable", "boolean", v4);
      }
    }
    const v5 = v0.model_rule;
    if (v5 !== void 0) {
      if (!(v5 === "equals" || v5 === "starts-with" || v5 === "contains")) {
        (0, import_validation.fail)(issues, path + "/model_rule", 'one of "equals", "starts-with", "contains"', v5);
      }
    }
    const v6 = v0.page;
    if (v6 !== void 0) {
      if (!Number.isInteger(v6)) {
        (0, import_validation.fail)(issues, path + "/page", "integer", v6);
      } else {
        if (v6 < 1) {
          (0, import_validation.fail)(issues, path + "/page", "integer that is >= 1", v6, "must be >= 1");
        }
      }
    }
    const v7 = v0.per_page;
    if (v7 !== void 0) {
      if (!Number.isInteger(v7)) {
        (0, import_validation.fail)(issues, path + "/per_page", "integer", v7);
      } else {
        if (v7 < 1) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is >= 1", v7, "must be >= 1");
        }
        if (v7 > 100) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is <= 100", v7, "must be <= 100");
        }
      }
    }
    const v8 = v0.search;
    if (v8 !== void 0) {
      if (typeof v8 !== "string") {
        (0, import_validation.fail)(issues, path + "/search", "string", v8);
      }
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainCostCreateResponse,
  explainCostDeleteArgs,
  explainCostDeleteResponse,
  explainCostEditArgs,
  explainCostEditResponse,
  explainCostGetArgs,
  explainCostGetResponse,
  explainCostListArgs,
  explainCostListResponse,
  isCostCreateResponse,
  isCostDeleteArgs,
  isCostDeleteResponse,
  isCostEditArgs,
  isCostEditResponse,
  isCostGetArgs,
  isCostGetResponse,
  isCostListArgs,
  isCostListResponse,
  validateCostCreateResponse,
  validateCostDeleteResponse,
  validateCostEditResponse,
  validateCostGetResponse,
  validateCostListResponse
});
