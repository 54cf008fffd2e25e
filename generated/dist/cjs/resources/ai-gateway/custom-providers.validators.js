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
var custom_providers_validators_exports = {};
__export(custom_providers_validators_exports, {
  explainCustomProviderCreateResponse: () => explainCustomProviderCreateResponse,
  explainCustomProviderDeleteArgs: () => explainCustomProviderDeleteArgs,
  explainCustomProviderDeleteResponse: () => explainCustomProviderDeleteResponse,
  explainCustomProviderEditArgs: () => explainCustomProviderEditArgs,
  explainCustomProviderEditResponse: () => explainCustomProviderEditResponse,
  explainCustomProviderGetArgs: () => explainCustomProviderGetArgs,
  explainCustomProviderGetResponse: () => explainCustomProviderGetResponse,
  explainCustomProviderListArgs: () => explainCustomProviderListArgs,
  explainCustomProviderListResponse: () => explainCustomProviderListResponse,
  isCustomProviderCreateResponse: () => isCustomProviderCreateResponse,
  isCustomProviderDeleteArgs: () => isCustomProviderDeleteArgs,
  isCustomProviderDeleteResponse: () => isCustomProviderDeleteResponse,
  isCustomProviderEditArgs: () => isCustomProviderEditArgs,
  isCustomProviderEditResponse: () => isCustomProviderEditResponse,
  isCustomProviderGetArgs: () => isCustomProviderGetArgs,
  isCustomProviderGetResponse: () => isCustomProviderGetResponse,
  isCustomProviderListArgs: () => isCustomProviderListArgs,
  isCustomProviderListResponse: () => isCustomProviderListResponse,
  validateCustomProviderCreateResponse: () => validateCustomProviderCreateResponse,
  validateCustomProviderDeleteResponse: () => validateCustomProviderDeleteResponse,
  validateCustomProviderEditResponse: () => validateCustomProviderEditResponse,
  validateCustomProviderGetResponse: () => validateCustomProviderGetResponse,
  validateCustomProviderListResponse: () => validateCustomProviderListResponse
});
module.exports = __toCommonJS(custom_providers_validators_exports);
var import_validation = require("../../core/validation.js");
var import_formats = require("../../core/formats.js");
function isCustomProviderCreateResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.base_url;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (!(0, import_formats.isUri)(v1)) return false;
  const v2 = v0.beta;
  if (v2 !== void 0) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v0.created_at;
  if (v3 === void 0) return false;
  if (typeof v3 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v3)) return false;
  const v4 = v0.curl_example;
  if (v4 !== void 0) {
    if (typeof v4 !== "string") return false;
  }
  const v5 = v0.description;
  if (v5 !== void 0) {
    if (typeof v5 !== "string") return false;
  }
  const v6 = v0.enable;
  if (v6 !== void 0) {
    if (typeof v6 !== "boolean") return false;
  }
  const v7 = v0.headers;
  if (v7 !== void 0) {
    if (typeof v7 !== "string") return false;
    if (v7.length > 8192 && (0, import_validation.codePoints)(v7) > 8192) return false;
  }
  const v8 = v0.id;
  if (v8 === void 0) return false;
  if (typeof v8 !== "string") return false;
  if (!(0, import_formats.isUuid)(v8)) return false;
  const v9 = v0.js_example;
  if (v9 !== void 0) {
    if (typeof v9 !== "string") return false;
  }
  const v10 = v0.link;
  if (v10 !== void 0) {
    if (typeof v10 !== "string") return false;
  }
  const v11 = v0.logo;
  if (v11 !== void 0) {
    if (typeof v11 !== "string") return false;
  }
  const v12 = v0.modified_at;
  if (v12 === void 0) return false;
  if (typeof v12 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v12)) return false;
  const v13 = v0.name;
  if (v13 === void 0) return false;
  if (typeof v13 !== "string") return false;
  const v14 = v0.position;
  if (v14 !== void 0) {
    if (!Number.isInteger(v14)) return false;
  }
  const v15 = v0.slug;
  if (v15 === void 0) return false;
  if (typeof v15 !== "string") return false;
  return true;
}
function explainCustomProviderCreateResponse(value, path, issues) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    (0, import_validation.fail)(issues, path, "object", value);
  } else {
    const v0 = value;
    const v1 = v0.base_url;
    if (v1 === void 0) {
      (0, import_validation.missing)(issues, path + "/base_url", "string");
    } else {
      if (typeof v1 !== "string") {
        (0, import_validation.fail)(issues, path + "/base_url", "string", v1);
      } else {
        if (!(0, import_formats.isUri)(v1)) {
          (0, import_validation.fail)(issues, path + "/base_url", "uri string", v1);
        }
      }
    }
    const v2 = v0.beta;
    if (v2 !== void 0) {
      if (typeof v2 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/beta", "boolean", v2);
      }
    }
    const v3 = v0.created_at;
    if (v3 === void 0) {
      (0, import_validation.missing)(issues, path + "/created_at", "string");
    } else {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/created_at", "string", v3);
      } else {
        if (!(0, import_formats.isDateTime)(v3)) {
          (0, import_validation.fail)(issues, path + "/created_at", "date-time string", v3);
        }
      }
    }
    const v4 = v0.curl_example;
    if (v4 !== void 0) {
      if (typeof v4 !== "string") {
        (0, import_validation.fail)(issues, path + "/curl_example", "string", v4);
      }
    }
    const v5 = v0.description;
    if (v5 !== void 0) {
      if (typeof v5 !== "string") {
        (0, import_validation.fail)(issues, path + "/description", "string", v5);
      }
    }
    const v6 = v0.enable;
    if (v6 !== void 0) {
      if (typeof v6 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/enable", "boolean", v6);
      }
    }
    const v7 = v0.headers;
    if (v7 !== void 0) {
      if (typeof v7 !== "string") {
        (0, import_validation.fail)(issues, path + "/headers", "string", v7);
      } else {
        if (v7.length > 8192 && (0, import_validation.codePoints)(v7) > 8192) {
          (0, import_validation.fail)(issues, path + "/headers", "string of at most 8192 characters", v7);
        }
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
    const v9 = v0.js_example;
    if (v9 !== void 0) {
      if (typeof v9 !== "string") {
        (0, import_validation.fail)(issues, path + "/js_example", "string", v9);
      }
    }
    const v10 = v0.link;
    if (v10 !== void 0) {
      if (typeof v10 !== "string") {
        (0, import_validation.fail)(issues, path + "/link", "string", v10);
      }
    }
    const v11 = v0.logo;
    if (v11 !== void 0) {
      if (typeof v11 !== "string") {
        (0, import_validation.fail)(issues, path + "/logo", "string", v11);
      }
    }
    const v12 = v0.modified_at;
    if (v12 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "string");
    } else {
      if (typeof v12 !== "string") {
        (0, import_validation.fail)(issues, path + "/modified_at", "string", v12);
      } else {
        if (!(0, import_formats.isDateTime)(v12)) {
          (0, import_validation.fail)(issues, path + "/modified_at", "date-time string", v12);
        }
      }
    }
    const v13 = v0.name;
    if (v13 === void 0) {
      (0, import_validation.missing)(issues, path + "/name", "string");
    } else {
      if (typeof v13 !== "string") {
        (0, import_validation.fail)(issues, path + "/name", "string", v13);
      }
    }
    const v14 = v0.position;
    if (v14 !== void 0) {
      if (!Number.isInteger(v14)) {
        (0, import_validation.fail)(issues, path + "/position", "integer", v14);
      }
    }
    const v15 = v0.slug;
    if (v15 === void 0) {
      (0, import_validation.missing)(issues, path + "/slug", "string");
    } else {
      if (typeof v15 !== "string") {
        (0, import_validation.fail)(issues, path + "/slug", "string", v15);
      }
    }
  }
}
function validateCustomProviderCreateResponse(value) {
  return isCustomProviderCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomProviderCreateResponse) };
}
function isCustomProviderDeleteResponse(value) {
  return isCustomProviderCreateResponse(value);
}
function explainCustomProviderDeleteResponse(value, path, issues) {
  explainCustomProviderCreateResponse(value, path, issues);
}
function validateCustomProviderDeleteResponse(value) {
  return isCustomProviderDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomProviderDeleteResponse) };
}
function isCustomProviderDeleteArgs(value) {
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
function explainCustomProviderDeleteArgs(value, path, issues) {
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
function isCustomProviderEditResponse(value) {
  return isCustomProviderCreateResponse(value);
}
function explainCustomProviderEditResponse(value, path, issues) {
  explainCustomProviderCreateResponse(value, path, issues);
}
function validateCustomProviderEditResponse(value) {
  return isCustomProviderEditResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomProviderEditResponse) };
}
function isCustomProviderEditArgs(value) {
  return isCustomProviderDeleteArgs(value);
}
function explainCustomProviderEditArgs(value, path, issues) {
  explainCustomProviderDeleteArgs(value, path, issues);
}
function isCustomProviderGetResponse(value) {
  return isCustomProviderCreateResponse(value);
}
function explainCustomProviderGetResponse(value, path, issues) {
  explainCustomProviderCreateResponse(value, path, issues);
}
function validateCustomProviderGetResponse(value) {
  return isCustomProviderGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomProviderGetResponse) };
}
function isCustomProviderGetArgs(value) {
  return isCustomProviderDeleteArgs(value);
}
function explainCustomProviderGetArgs(value, path, issues) {
  explainCustomProviderDeleteArgs(value, path, issues);
}
function isCustomProviderListResponse(value) {
  if (!Array.isArray(value)) return false;
  const v0 = value;
  for (let v1 = 0; v1 < v0.length; v1++) {
    const v2 = v0[v1];
    if (typeof v2 !== "object" || v2 === null || Array.isArray(v2)) return false;
    const v3 = v2;
    const v4 = v3.base_url;
    if (v4 === void 0) return false;
    if (typeof v4 !== "string") return false;
    if (!(0, import_formats.isUri)(v4)) return false;
    const v5 = v3.beta;
    if (v5 !== void 0) {
      if (typeof v5 !== "boolean") return false;
    }
    const v6 = v3.created_at;
    if (v6 === void 0) return false;
    if (typeof v6 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v6)) return false;
    const v7 = v3.curl_example;
    if (v7 !== void 0) {
      if (typeof v7 !== "string") return false;
    }
    const v8 = v3.description;
    if (v8 !== void 0) {
      if (typeof v8 !== "string") return false;
    }
    const v9 = v3.enable;
    if (v9 !== void 0) {
      if (typeof v9 !== "boolean") return false;
    }
    const v10 = v3.headers;
    if (v10 !== void 0) {
      if (typeof v10 !== "string") return false;
      if (v10.length > 8192 && (0, import_validation.codePoints)(v10) > 8192) return false;
    }
    const v11 = v3.id;
    if (v11 === void 0) return false;
    if (typeof v11 !== "string") return false;
    if (!(0, import_formats.isUuid)(v11)) return false;
    const v12 = v3.js_example;
    if (v12 !== void 0) {
      if (typeof v12 !== "string") return false;
    }
    const v13 = v3.link;
    if (v13 !== void 0) {
      if (typeof v13 !== "string") return false;
    }
    const v14 = v3.logo;
    if (v14 !== void 0) {
      if (typeof v14 !== "string") return false;
    }
    const v15 = v3.modified_at;
    if (v15 === void 0) return false;
    if (typeof v15 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v15)) return false;
    const v16 = v3.name;
    if (v16 === void 0) return false;
    if (typeof v16 !== "string") return false;
    const v17 = v3.position;
    if (v17 !== void 0) {
      if (!Number.isInteger(v17)) return false;
    }
    const v18 = v3.slug;
    if (v18 === void 0) return false;
    if (typeof v18 !== "string") return false;
  }
  return true;
}
function explainCustomProviderListResponse(value, path, issues) {
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
        const v4 = v3.base_url;
        if (v4 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/base_url", "string");
        } else {
          if (typeof v4 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/base_url", "string", v4);
          } else {
            if (!(0, import_formats.isUri)(v4)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/base_url", "uri string", v4);
            }
          }
        }
        const v5 = v3.beta;
        if (v5 !== void 0) {
          if (typeof v5 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/beta", "boolean", v5);
          }
        }
        const v6 = v3.created_at;
        if (v6 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/created_at", "string");
        } else {
          if (typeof v6 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/created_at", "string", v6);
          } else {
            if (!(0, import_formats.isDateTime)(v6)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/created_at", "date-time string", v6);
            }
          }
        }
        const v7 = v3.curl_example;
        if (v7 !== void 0) {
          if (typeof v7 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/curl_example", "string", v7);
          }
        }
        const v8 = v3.description;
        if (v8 !== void 0) {
          if (typeof v8 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/description", "string", v8);
          }
        }
        const v9 = v3.enable;
        if (v9 !== void 0) {
          if (typeof v9 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/enable", "boolean", v9);
          }
        }
        const v10 = v3.headers;
        if (v10 !== void 0) {
          if (typeof v10 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/headers", "string", v10);
          } else {
            if (v10.length > 8192 && (0, import_validation.codePoints)(v10) > 8192) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/headers", "string of at most 8192 characters", v10);
            }
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
        const v12 = v3.js_example;
        if (v12 !== void 0) {
          if (typeof v12 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/js_example", "string", v12);
          }
        }
        const v13 = v3.link;
        if (v13 !== void 0) {
          if (typeof v13 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/link", "string", v13);
          }
        }
        const v14 = v3.logo;
        if (v14 !== void 0) {
          if (typeof v14 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/logo", "string", v14);
          }
        }
        const v15 = v3.modified_at;
        if (v15 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/modified_at", "string");
        } else {
          if (typeof v15 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "string", v15);
          } else {
            if (!(0, import_formats.isDateTime)(v15)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "date-time string", v15);
            }
          }
        }
        const v16 = v3.name;
        if (v16 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/name", "string");
        } else {
          if (typeof v16 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/name", "string", v16);
          }
        }
        const v17 = v3.position;
        if (v17 !== void 0) {
          if (!Number.isInteger(v17)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/position", "integer", v17);
          }
        }
        const v18 = v3.slug;
        if (v18 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/slug", "string");
        } else {
          if (typeof v18 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/slug", "string", v18);
          }
        }
      }
    }
  }
}
function validateCustomProviderListResponse(value) {
  return isCustomProviderListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainCustomProviderListResponse) };
}
function isCustomProviderListArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== void 0) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v0.beta;
  if (v2 !== void 0) {
    if (typeof v2 !== "boolean") return false;
  }
  const v3 = v0.enable;
  if (v3 !== void 0) {
    if (typeof v3 !== "boolean") return false;
  }
  const v4 = v0.page;
  if (v4 !== void 0) {
    if (!Number.isInteger(v4)) return false;
    if (v4 < 1) return false;
  }
  const v5 = v0.per_page;
  if (v5 !== void 0) {
    if (!Number.isInteger(v5)) return false;
    if (v5 < 1) return false;
    if (v5 > 100) return false;
  }
  const v6 = v0.search;
  if (v6 !== void 0) {
    if (typeof v6 !== "string") return false;
  }
  return true;
}
function explainCustomProviderListArgs(value, path, issues) {
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
    const v2 = v0.beta;
    if (v2 !== void 0) {
      if (typeof v2 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/beta", "boolean", v2);
      }
    }
    const v3 = v0.enable;
    if (v3 !== void 0) {
      if (typeof v3 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/enable", "boolean", v3);
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
        if (v5 < 1) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is >= 1", v5, "must be >= 1");
        }
        if (v5 > 100) {
          (0, import_validation.fail)(issues, path + "/per_page", "integer that is <= 100", v5, "must be <= 100");
        }
      }
    }
    const v6 = v0.search;
    if (v6 !== void 0) {
      if (typeof v6 !== "string") {
        (0, import_validation.fail)(issues, path + "/search", "string", v6);
      }
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainCustomProviderCreateResponse,
  explainCustomProviderDeleteArgs,
  explainCustomProviderDeleteResponse,
  explainCustomProviderEditArgs,
  explainCustomProviderEditResponse,
  explainCustomProviderGetArgs,
  explainCustomProviderGetResponse,
  explainCustomProviderListArgs,
  explainCustomProviderListResponse,
  isCustomProviderCreateResponse,
  isCustomProviderDeleteArgs,
  isCustomProviderDeleteResponse,
  isCustomProviderEditArgs,
  isCustomProviderEditResponse,
  isCustomProviderGetArgs,
  isCustomProviderGetResponse,
  isCustomProviderListArgs,
  isCustomProviderListResponse,
  validateCustomProviderCreateResponse,
  validateCustomProviderDeleteResponse,
  validateCustomProviderEditResponse,
  validateCustomProviderGetResponse,
  validateCustomProviderListResponse
});
