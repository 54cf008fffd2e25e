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
var custom_domains_validators_exports = {};
__export(custom_domains_validators_exports, {
  explainCustomDomainCreateArgs: () => explainCustomDomainCreateArgs,
  explainCustomDomainCreateResponse: () => explainCustomDomainCreateResponse,
  explainCustomDomainDeleteArgs: () => explainCustomDomainDeleteArgs,
  explainCustomDomainDeleteResponse: () => explainCustomDomainDeleteResponse,
  explainCustomDomainGetArgs: () => explainCustomDomainGetArgs,
  explainCustomDomainGetResponse: () => explainCustomDomainGetResponse,
  explainCustomDomainListArgs: () => explainCustomDomainListArgs,
  explainCustomDomainListResponse: () => explainCustomDomainListResponse,
  isCustomDomainCreateArgs: () => isCustomDomainCreateArgs,
  isCustomDomainCreateResponse: () => isCustomDomainCreateResponse,
  isCustomDomainDeleteArgs: () => isCustomDomainDeleteArgs,
  isCustomDomainDeleteResponse: () => isCustomDomainDeleteResponse,
  isCustomDomainGetArgs: () => isCustomDomainGetArgs,
  isCustomDomainGetResponse: () => isCustomDomainGetResponse,
  isCustomDomainListArgs: () => isCustomDomainListArgs,
  isCustomDomainListResponse: () => isCustomDomainListResponse,
  validateCustomDomainCreateResponse: () => validateCustomDomainCreateResponse,
  validateCustomDomainDeleteResponse: () => validateCustomDomainDeleteResponse,
  validateCustomDomainGetResponse: () => validateCustomDomainGetResponse,
  validateCustomDomainListResponse: () => validateCustomDomainListResponse
});
module.exports = __toCommonJS(custom_domains_validators_exports);
var import_validation = require("../../core/validation.js");
function isCustomDomainCreateResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.cname_target;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  const v2 = v0.created_at;
  if (v2 === void 0) return false;
  if (!Number.isInteger(v2)) return false;
  const v3 = v0.gateway_id;
  if (v3 === void 0) return false;
  if (typeof v3 !== "string") return false;
  const v4 = v0.hostname;
  if (v4 === void 0) return false;
  if (typeof v4 !== "string") return false;
  const v5 = v0.modified_at;
  if (v5 === void 0) return false;
  if (!Number.isInteger(v5)) return false;
  const v6 = v0.status;
  if (v6 === void 0) return false;
  if (!(v6 === "initializing" || v6 === "pending_dcv" || v6 === "active" || v6 === "blocked" || v6 === "error")) return false;
  return true;
}
function explainCustomDomainCreateResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.cname_target;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/cname_target", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/cname_target", "string", v1);
      }
    }
    const v2 = v0.created_at;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/created_at", "integer");
    } else {
      if (!Number.isInteger(v2)) {
        (0, import_validation.fail)(issues, path + "/created_at", "integer", v2);
      }
    }
    const v3 = v0.gateway_id;
    if (v3 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v3);
      }
    }
    const v4 = v0.hostname;
    if (v4 === void 0) {
      (0, import_validation.missing)(issues, path + "/hostname", "string");
    } else {
      if (typeof v4 !== "string") {
        (0, import_validation.fail)(issues, path + "/hostname", "string", v4);
      }
    }
    const v5 = v0.modified_at;
    if (v5 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "integer");
    } else {
      if (!Number.isInteger(v5)) {
        (0, import_validation.fail)(issues, path + "/modified_at", "integer", v5);
      }
    }
    const v6 = v0.status;
    if (v6 === void 0) {
      (0, import_validation.missing)(issues, path + "/status", "enum");
    } else {
      if (!(v6 === "initializing" || v6 === "pending_dcv" || v6 === "active" || v6 === "blocked" || v6 === "error")) {
        (0, import_validation.fail)(issues, path + "/status", 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v6);
      }
    }
  }
}
function validateCustomDomainCreateResponse(value) {
  return isCustomDomainCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomDomainCreateResponse) };
}
function isCustomDomainCreateArgs(value) {
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
function explainCustomDomainCreateArgs(value, path, issues) {
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
function isCustomDomainDeleteResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === void 0) return false;
  if (!Number.isInteger(v1)) return false;
  const v2 = v0.gateway_id;
  if (v2 === void 0) return false;
  if (typeof v2 !== "string") return false;
  if (v2.length < 1 || v2.length < 2 && (0, import_validation.codePoints)(v2) < 1) return false;
  if (v2.length > 64 && (0, import_validation.codePoints)(v2) > 64) return false;
  const v3 = v0.hostname;
  if (v3 === void 0) return false;
  if (typeof v3 !== "string") return false;
  if (v3.length < 1 || v3.length < 2 && (0, import_validation.codePoints)(v3) < 1) return false;
  if (v3.length > 253 && (0, import_validation.codePoints)(v3) > 253) return false;
  const v4 = v0.modified_at;
  if (v4 === void 0) return false;
  if (!Number.isInteger(v4)) return false;
  const v5 = v0.ssl_hostname_id;
  if (v5 === void 0) return false;
  if (v5 !== null) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v0.status;
  if (v6 === void 0) return false;
  if (!(v6 === "initializing" || v6 === "pending_dcv" || v6 === "active" || v6 === "blocked" || v6 === "error")) return false;
  return true;
}
function explainCustomDomainDeleteResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.created_at;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/created_at", "integer");
    } else {
      if (!Number.isInteger(v1)) {
        (0, import_validation.fail)(issues, path + "/created_at", "integer", v1);
      }
    }
    const v2 = v0.gateway_id;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v2);
      } else {
        if (v2.length < 1 || v2.length < 2 && (0, import_validation.codePoints)(v2) < 1) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at least 1 characters", v2);
        }
        if (v2.length > 64 && (0, import_validation.codePoints)(v2) > 64) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at most 64 characters", v2);
        }
      }
    }
    const v3 = v0.hostname;
    if (v3 === void 0) {
      (0, import_validation.missing)(issues, path + "/hostname", "string");
    } else {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/hostname", "string", v3);
      } else {
        if (v3.length < 1 || v3.length < 2 && (0, import_validation.codePoints)(v3) < 1) {
          (0, import_validation.fail)(issues, path + "/hostname", "string of at least 1 characters", v3);
        }
        if (v3.length > 253 && (0, import_validation.codePoints)(v3) > 253) {
          (0, import_validation.fail)(issues, path + "/hostname", "string of at most 253 characters", v3);
        }
      }
    }
    const v4 = v0.modified_at;
    if (v4 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "integer");
    } else {
      if (!Number.isInteger(v4)) {
        (0, import_validation.fail)(issues, path + "/modified_at", "integer", v4);
      }
    }
    const v5 = v0.ssl_hostname_id;
    if (v5 === void 0) {
      (0, import_validation.missing)(issues, path + "/ssl_hostname_id", "string or null");
    } else {
      if (v5 !== null) {
        if (typeof v5 !== "string") {
          (0, import_validation.fail)(issues, path + "/ssl_hostname_id", "string", v5);
        }
      }
    }
    const v6 = v0.status;
    if (v6 === void 0) {
      (0, import_validation.missing)(issues, path + "/status", "enum");
    } else {
      if (!(v6 === "initializing" || v6 === "pending_dcv" || v6 === "active" || v6 === "blocked" || v6 === "error")) {
        (0, import_validation.fail)(issues, path + "/status", 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v6);
      }
    }
  }
}
function validateCustomDomainDeleteResponse(value) {
  return isCustomDomainDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomDomainDeleteResponse) };
}
function isCustomDomainDeleteArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.gateway_id;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (v1.length < 1 || v1.length < 2 && (0, import_validation.codePoints)(v1) < 1) return false;
  if (v1.length > 64 && (0, import_validation.codePoints)(v1) > 64) return false;
  const v2 = v0.hostname;
  if (v2 === void 0) return false;
  if (typeof v2 !== "string") return false;
  if (v2.length < 1 || v2.length < 2 && (0, import_validation.codePoints)(v2) < 1) return false;
  if (v2.length > 253 && (0, import_validation.codePoints)(v2) > 253) return false;
  const v3 = v0.account_id;
  if (v3 !== void 0) {
    if (typeof v3 !== "string") return false;
  }
  return true;
}
function explainCustomDomainDeleteArgs(value, path, issues) {
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
    const v2 = v0.hostname;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/hostname", "string");
    } else {
      if (typeof v2 !== "string") {
        (0, import_validation.fail)(issues, path + "/hostname", "string", v2);
      } else {
        if (v2.length < 1 || v2.length < 2 && (0, import_validation.codePoints)(v2) < 1) {
          (0, import_validation.fail)(issues, path + "/hostname", "string of at least 1 characters", v2);
        }
        if (v2.length > 253 && (0, import_validation.codePoints)(v2) > 253) {
          (0, import_validation.fail)(issues, path + "/hostname", "string of at most 253 characters", v2);
        }
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
function isCustomDomainGetResponse(value) {
  return isCustomDomainDeleteResponse(value);
}
function explainCustomDomainGetResponse(value, path, issues) {
  explainCustomDomainDeleteResponse(value, path, issues);
}
function validateCustomDomainGetResponse(value) {
  return isCustomDomainGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomDomainGetResponse) };
}
function isCustomDomainGetArgs(value) {
  return isCustomDomainDeleteArgs(value);
}
function explainCustomDomainGetArgs(value, path, issues) {
  explainCustomDomainDeleteArgs(value, path, issues);
}
function isCustomDomainListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.created_at;
    if (v4 === void 0) return false;
    if (!Number.isInteger(v4)) return false;
    const v5 = v3.gateway_id;
    if (v5 === void 0) return false;
    if (typeof v5 !== "string") return false;
    if (v5.length < 1 || v5.length < 2 && (0, import_validation.codePoints)(v5) < 1) return false;
    if (v5.length > 64 && (0, import_validation.codePoints)(v5) > 64) return false;
    const v6 = v3.hostname;
    if (v6 === void 0) return false;
    if (typeof v6 !== "string") return false;
    if (v6.length < 1 || v6.length < 2 && (0, import_validation.codePoints)(v6) < 1) return false;
    if (v6.length > 253 && (0, import_validation.codePoints)(v6) > 253) return false;
    const v7 = v3.modified_at;
    if (v7 === void 0) return false;
    if (!Number.isInteger(v7)) return false;
    const v8 = v3.ssl_hostname_id;
    if (v8 === void 0) return false;
    if (v8 !== null) {
      if (typeof v8 !== "string") return false;
    }
    const v9 = v3.status;
    if (v9 === void 0) return false;
    if (!(v9 === "initializing" || v9 === "pending_dcv" || v9 === "active" || v9 === "blocked" || v9 === "error")) return false;
  }
  return true;
}
function explainCustomDomainListResponse(value, path, issues) {
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
          (0, import_validation.missing)(issues, path + "/" + v1 + "/created_at", "integer");
        } else {
          if (!Number.isInteger(v4)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/created_at", "integer", v4);
          }
        }
        const v5 = v3.gateway_id;
        if (v5 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/gateway_id", "string");
        } else {
          if (typeof v5 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string", v5);
          } else {
            if (v5.length < 1 || v5.length < 2 && (0, import_validation.codePoints)(v5) < 1) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at least 1 characters", v5);
            }
            if (v5.length > 64 && (0, import_validation.codePoints)(v5) > 64) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at most 64 characters", v5);
            }
          }
        }
        const v6 = v3.hostname;
        if (v6 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/hostname", "string");
        } else {
          if (typeof v6 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/hostname", "string", v6);
          } else {
            if (v6.length < 1 || v6.length < 2 && (0, import_validation.codePoints)(v6) < 1) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/hostname", "string of at least 1 characters", v6);
            }
            if (v6.length > 253 && (0, import_validation.codePoints)(v6) > 253) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/hostname", "string of at most 253 characters", v6);
            }
          }
        }
        const v7 = v3.modified_at;
        if (v7 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/modified_at", "integer");
        } else {
          if (!Number.isInteger(v7)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "integer", v7);
          }
        }
        const v8 = v3.ssl_hostname_id;
        if (v8 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/ssl_hostname_id", "string or null");
        } else {
          if (v8 !== null) {
            if (typeof v8 !== "string") {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/ssl_hostname_id", "string", v8);
            }
          }
        }
        const v9 = v3.status;
        if (v9 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/status", "enum");
        } else {
          if (!(v9 === "initializing" || v9 === "pending_dcv" || v9 === "active" || v9 === "blocked" || v9 === "error")) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/status", 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v9);
          }
        }
      }
    }
  }
}
function validateCustomDomainListResponse(value) {
  return isCustomDomainListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomDomainListResponse) };
}
function isCustomDomainListArgs(value) {
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
  const v5 = v0.search;
  if (v5 !== void 0) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v0.status;
  if (v6 !== void 0) {
    if (!(v6 === "initializing" || v6 === "pending_dcv" || v6 === "active" || v6 === "blocked" || v6 === "error")) return false;
  }
  return true;
}
function explainCustomDomainListArgs(value, path, issues) {
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
    const v5 = v0.search;
    if (v5 !== void 0) {
      if (typeof v5 !== "string") {
        (0, import_validation.fail)(issues, path + "/search", "string", v5);
      }
    }
    const v6 = v0.status;
    if (v6 !== void 0) {
      if (!(v6 === "initializing" || v6 === "pending_dcv" || v6 === "active" || v6 === "blocked" || v6 === "error")) {
        (0, import_validation.fail)(issues, path + "/status", 'one of "initializing", "pending_dcv", "active", "blocked", "error"', v6);
      }
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainCustomDomainCreateArgs,
  explainCustomDomainCreateResponse,
  explainCustomDomainDeleteArgs,
  explainCustomDomainDeleteResponse,
  explainCustomDomainGetArgs,
  explainCustomDomainGetResponse,
  explainCustomDomainListArgs,
  explainCustomDomainListResponse,
  isCustomDomainCreateArgs,
  isCustomDomainCreateResponse,
  isCustomDomainDeleteArgs,
  isCustomDomainDeleteResponse,
  isCustomDomainGetArgs,
  isCustomDomainGetResponse,
  isCustomDomainListArgs,
  isCustomDomainListResponse,
  validateCustomDomainCreateResponse,
  validateCustomDomainDeleteResponse,
  validateCustomDomainGetResponse,
  validateCustomDomainListResponse
});
