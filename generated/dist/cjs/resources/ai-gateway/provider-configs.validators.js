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
var provider_configs_validators_exports = {};
__export(provider_configs_validators_exports, {
  explainProviderConfigCreateArgs: () => explainProviderConfigCreateArgs,
  explainProviderConfigCreateResponse: () => explainProviderConfigCreateResponse,
  explainProviderConfigDeleteArgs: () => explainProviderConfigDeleteArgs,
  explainProviderConfigDeleteResponse: () => explainProviderConfigDeleteResponse,
  explainProviderConfigListArgs: () => explainProviderConfigListArgs,
  explainProviderConfigListResponse: () => explainProviderConfigListResponse,
  explainProviderConfigUpdateArgs: () => explainProviderConfigUpdateArgs,
  explainProviderConfigUpdateResponse: () => explainProviderConfigUpdateResponse,
  isProviderConfigCreateArgs: () => isProviderConfigCreateArgs,
  isProviderConfigCreateResponse: () => isProviderConfigCreateResponse,
  isProviderConfigDeleteArgs: () => isProviderConfigDeleteArgs,
  isProviderConfigDeleteResponse: () => isProviderConfigDeleteResponse,
  isProviderConfigListArgs: () => isProviderConfigListArgs,
  isProviderConfigListResponse: () => isProviderConfigListResponse,
  isProviderConfigUpdateArgs: () => isProviderConfigUpdateArgs,
  isProviderConfigUpdateResponse: () => isProviderConfigUpdateResponse,
  validateProviderConfigCreateResponse: () => validateProviderConfigCreateResponse,
  validateProviderConfigDeleteResponse: () => validateProviderConfigDeleteResponse,
  validateProviderConfigListResponse: () => validateProviderConfigListResponse,
  validateProviderConfigUpdateResponse: () => validateProviderConfigUpdateResponse
});
module.exports = __toCommonJS(provider_configs_validators_exports);
var import_validation = require("../../core/validation.js");
var import_formats = require("../../core/formats.js");
function isProviderConfigCreateResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.alias;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.default_config;
  if (v2 === void 0) return false;
  if (typeof v2 !== "boolean") return false;
  const v3 = v0.gateway_id;
  if (v3 === void 0) return false;
  if (typeof v3 !== "string") return false;
  if (v3.length < 1 || v3.length < 2 && (0, import_validation.codePoints)(v3) < 1) return false;
  if (v3.length > 64 && (0, import_validation.codePoints)(v3) > 64) return false;
  const v4 = v0.id;
  if (v4 === void 0) return false;
  if (typeof v4 !== "string") return false;
  const v5 = v0.modified_at;
  if (v5 === void 0) return false;
  if (typeof v5 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v5)) return false;
  const v6 = v0.provider_slug;
  if (v6 === void 0) return false;
  if (typeof v6 !== "string") return false;
  const v7 = v0.rate_limit;
  if (v7 !== void 0) {
    if (typeof v7 !== "number" || !Number.isFinite(v7)) return false;
  }
  const v8 = v0.rate_limit_period;
  if (v8 !== void 0) {
    if (typeof v8 !== "number" || !Number.isFinite(v8)) return false;
  }
  const v9 = v0.secret_id;
  if (v9 === void 0) return false;
  if (typeof v9 !== "string") return false;
  const v10 = v0.secret_preview;
  if (v10 === void 0) return false;
  if (typeof v10 !== "string") return false;
  return true;
}
function explainProviderConfigCreateResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.alias;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/alias", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/alias", "string", v1);
      }
    }
    const v2 = v0.default_config;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/default_config", "boolean");
    } else {
      if (typeof v2 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/default_config", "boolean", v2);
      }
    }
    const v3 = v0.gateway_id;
    if (v3 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v3);
      } else {
        if (v3.length < 1 || v3.length < 2 && (0, import_validation.codePoints)(v3) < 1) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at least 1 characters", v3);
        }
        if (v3.length > 64 && (0, import_validation.codePoints)(v3) > 64) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at most 64 characters", v3);
        }
      }
    }
    const v4 = v0.id;
    if (v4 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v4 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v4);
      }
    }
    const v5 = v0.modified_at;
    if (v5 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "string");
    } else {
      if (typeof v5 !== "string") {
        (0, import_validation.fail)(issues, path + "/modified_at", "string", v5);
      } else {
        if (!(0, import_formats.isDateTime)(v5)) {
          (0, import_validation.fail)(issues, path + "/modified_at", "date-time string", v5);
        }
      }
    }
    const v6 = v0.provider_slug;
    if (v6 === void 0) {
      (0, import_validation.missing)(issues, path + "/provider_slug", "string");
    } else {
      if (typeof v6 !== "string") {
        (0, import_validation.fail)(issues, path + "/provider_slug", "string", v6);
      }
    }
    const v7 = v0.rate_limit;
    if (v7 !== void 0) {
      if (typeof v7 !== "number" || !Number.isFinite(v7)) {
        (0, import_validation.fail)(issues, path + "/rate_limit", "number", v7);
      }
    }
    const v8 = v0.rate_limit_period;
    if (v8 !== void 0) {
      if (typeof v8 !== "number" || !Number.isFinite(v8)) {
        (0, import_validation.fail)(issues, path + "/rate_limit_period", "number", v8);
      }
    }
    const v9 = v0.secret_id;
    if (v9 === void 0) {
      (0, import_validation.missing)(issues, path + "/secret_id", "string");
    } else {
      if (typeof v9 !== "string") {
        (0, import_validation.fail)(issues, path + "/secret_id", "string", v9);
      }
    }
    const v10 = v0.secret_preview;
    if (v10 === void 0) {
      (0, import_validation.missing)(issues, path + "/secret_preview", "string");
    } else {
      if (typeof v10 !== "string") {
        (0, import_validation.fail)(issues, path + "/secret_preview", "string", v10);
      }
    }
  }
}
function validateProviderConfigCreateResponse(value) {
  return isProviderConfigCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainProviderConfigCreateResponse) };
}
function isProviderConfigCreateArgs(value) {
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
function explainProviderConfigCreateArgs(value, path, issues) {
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
function isProviderConfigDeleteResponse(value) {
  return isProviderConfigCreateResponse(value);
}
function explainProviderConfigDeleteResponse(value, path, issues) {
  explainProviderConfigCreateResponse(value, path, issues);
}
function validateProviderConfigDeleteResponse(value) {
  return isProviderConfigDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainProviderConfigDeleteResponse) };
}
function isProviderConfigDeleteArgs(value) {
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
function explainProviderConfigDeleteArgs(value, path, issues) {
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
function isProviderConfigListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.alias;
    if (v4 === void 0) return false;
    if (typeof v4 !== "string") return false;
    const v5 = v3.default_config;
    if (v5 === void 0) return false;
    if (typeof v5 !== "boolean") return false;
    const v6 = v3.gateway_id;
    if (v6 === void 0) return false;
    if (typeof v6 !== "string") return false;
    if (v6.length < 1 || v6.length < 2 && (0, import_validation.codePoints)(v6) < 1) return false;
    if (v6.length > 64 && (0, import_validation.codePoints)(v6) > 64) return false;
    const v7 = v3.id;
    if (v7 === void 0) return false;
    if (typeof v7 !== "string") return false;
    const v8 = v3.modified_at;
    if (v8 === void 0) return false;
    if (typeof v8 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v8)) return false;
    const v9 = v3.provider_slug;
    if (v9 === void 0) return false;
    if (typeof v9 !== "string") return false;
    const v10 = v3.rate_limit;
    if (v10 !== void 0) {
      if (typeof v10 !== "number" || !Number.isFinite(v10)) return false;
    }
    const v11 = v3.rate_limit_period;
    if (v11 !== void 0) {
      if (typeof v11 !== "number" || !Number.isFinite(v11)) return false;
    }
    const v12 = v3.secret_id;
    if (v12 === void 0) return false;
    if (typeof v12 !== "string") return false;
    const v13 = v3.secret_preview;
    if (v13 === void 0) return false;
    if (typeof v13 !== "string") return false;
  }
  return true;
}
function explainProviderConfigListResponse(value, path, issues) {
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
        const v4 = v3.alias;
        if (v4 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/alias", "string");
        } else {
          if (typeof v4 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/alias", "string", v4);
          }
        }
        const v5 = v3.default_config;
        if (v5 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/default_config", "boolean");
        } else {
          if (typeof v5 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/default_config", "boolean", v5);
          }
        }
        const v6 = v3.gateway_id;
        if (v6 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/gateway_id", "string");
        } else {
          if (typeof v6 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string", v6);
          } else {
            if (v6.length < 1 || v6.length < 2 && (0, import_validation.codePoints)(v6) < 1) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at least 1 characters", v6);
            }
            if (v6.length > 64 && (0, import_validation.codePoints)(v6) > 64) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at most 64 characters", v6);
            }
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
        const v8 = v3.modified_at;
        if (v8 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/modified_at", "string");
        } else {
          if (typeof v8 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "string", v8);
          } else {
            if (!(0, import_formats.isDateTime)(v8)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "date-time string", v8);
            }
          }
        }
        const v9 = v3.provider_slug;
        if (v9 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/provider_slug", "string");
        } else {
          if (typeof v9 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/provider_slug", "string", v9);
          }
        }
        const v10 = v3.rate_limit;
        if (v10 !== void 0) {
          if (typeof v10 !== "number" || !Number.isFinite(v10)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/rate_limit", "number", v10);
          }
        }
        const v11 = v3.rate_limit_period;
        if (v11 !== void 0) {
          if (typeof v11 !== "number" || !Number.isFinite(v11)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/rate_limit_period", "number", v11);
          }
        }
        const v12 = v3.secret_id;
        if (v12 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/secret_id", "string");
        } else {
          if (typeof v12 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/secret_id", "string", v12);
          }
        }
        const v13 = v3.secret_preview;
        if (v13 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/secret_preview", "string");
        } else {
          if (typeof v13 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/secret_preview", "string", v13);
          }
        }
      }
    }
  }
}
function validateProviderConfigListResponse(value) {
  return isProviderConfigListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainProviderConfigListResponse) };
}
function isProviderConfigListArgs(value) {
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
  const v3 = v0.page;
  if (v3 !== void 0) {
    if (!Number.isInteger(v3)) return false;
    if (v3 < 1) return false;
  }
  const v4 = v0.per_page;
  if (v4 !== void 0) {
    if (!Number.isInteger(v4)) return false;
    if (v4 < 1) return false;
    if (v4 > 100) return false;
  }
  return true;
}
function explainProviderConfigListArgs(value, path, issues) {
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
    const v3 = v0.page;
    if (v3 !== void 0) {
      if (!Number.isInteger(v3)) {
        (0, import_validation.fail)(issues, path + "/page", "integer", v3);
      } else {
        if (v3 < 1) {
          (0, import_validation.fail)(issues, path + "/page", "integer that is >= 1", v3, "must be >= 1");
        }
      }
    }
    const v4 = v0.per_page;
    if (v4 !== void 0) {
      if (!Number.isInteger(v4)) {
        (0, import_validation.fail)(issues, path + "/per_page", "integer", v4);
      } else {
        if (v4 < 1) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is >= 1", v4, "must be >= 1");
        }
        if (v4 > 100) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is <= 100", v4, "must be <= 100");
        }
      }
    }
  }
}
function isProviderConfigUpdateResponse(value) {
  return isProviderConfigCreateResponse(value);
}
function explainProviderConfigUpdateResponse(value, path, issues) {
  explainProviderConfigCreateResponse(value, path, issues);
}
function validateProviderConfigUpdateResponse(value) {
  return isProviderConfigUpdateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainProviderConfigUpdateResponse) };
}
function isProviderConfigUpdateArgs(value) {
  return isProviderConfigDeleteArgs(value);
}
function explainProviderConfigUpdateArgs(value, path, issues) {
  explainProviderConfigDeleteArgs(value, path, issues);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainProviderConfigCreateArgs,
  explainProviderConfigCreateResponse,
  explainProviderConfigDeleteArgs,
  explainProviderConfigDeleteResponse,
  explainProviderConfigListArgs,
  explainProviderConfigListResponse,
  explainProviderConfigUpdateArgs,
  explainProviderConfigUpdateResponse,
  isProviderConfigCreateArgs,
  isProviderConfigCreateResponse,
  isProviderConfigDeleteArgs,
  isProviderConfigDeleteResponse,
  isProviderConfigListArgs,
  isProviderConfigListResponse,
  isProviderConfigUpdateArgs,
  isProviderConfigUpdateResponse,
  validateProviderConfigCreateResponse,
  validateProviderConfigDeleteResponse,
  validateProviderConfigListResponse,
  validateProviderConfigUpdateResponse
});
