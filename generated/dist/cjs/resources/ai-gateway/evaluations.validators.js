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
var evaluations_validators_exports = {};
__export(evaluations_validators_exports, {
  explainEvaluationCreateArgs: () => explainEvaluationCreateArgs,
  explainEvaluationCreateResponse: () => explainEvaluationCreateResponse,
  explainEvaluationDeleteArgs: () => explainEvaluationDeleteArgs,
  explainEvaluationDeleteResponse: () => explainEvaluationDeleteResponse,
  explainEvaluationGetArgs: () => explainEvaluationGetArgs,
  explainEvaluationGetResponse: () => explainEvaluationGetResponse,
  explainEvaluationListArgs: () => explainEvaluationListArgs,
  explainEvaluationListResponse: () => explainEvaluationListResponse,
  isEvaluationCreateArgs: () => isEvaluationCreateArgs,
  isEvaluationCreateResponse: () => isEvaluationCreateResponse,
  isEvaluationDeleteArgs: () => isEvaluationDeleteArgs,
  isEvaluationDeleteResponse: () => isEvaluationDeleteResponse,
  isEvaluationGetArgs: () => isEvaluationGetArgs,
  isEvaluationGetResponse: () => isEvaluationGetResponse,
  isEvaluationListArgs: () => isEvaluationListArgs,
  isEvaluationListResponse: () => isEvaluationListResponse,
  validateEvaluationCreateResponse: () => validateEvaluationCreateResponse,
  validateEvaluationDeleteResponse: () => validateEvaluationDeleteResponse,
  validateEvaluationGetResponse: () => validateEvaluationGetResponse,
  validateEvaluationListResponse: () => validateEvaluationListResponse
});
module.exports = __toCommonJS(evaluations_validators_exports);
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
function isEvaluationCreateResponse(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.created_at;
  if (v1 === void 0) return false;
  if (typeof v1 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v1)) return false;
  const v2 = v0.datasets;
  if (v2 === void 0) return false;
  if (!Array.isArray(v2)) return false;
  const v3 = v2;
  for (let v4 = 0; v4 < v3.length; v4++) {
    const v5 = v3[v4];
    if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) return false;
    const v6 = v5;
    const v7 = v6.account_id;
    if (v7 === void 0) return false;
    if (typeof v7 !== "string") return false;
    const v8 = v6.account_tag;
    if (v8 === void 0) return false;
    if (typeof v8 !== "string") return false;
    const v9 = v6.created_at;
    if (v9 === void 0) return false;
    if (typeof v9 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v9)) return false;
    const v10 = v6.enable;
    if (v10 === void 0) return false;
    if (typeof v10 !== "boolean") return false;
    const v11 = v6.filters;
    if (v11 === void 0) return false;
    if (!Array.isArray(v11)) return false;
    const v12 = v11;
    for (let v13 = 0; v13 < v12.length; v13++) {
      const v14 = v12[v13];
      if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) return false;
      const v15 = v14;
      const v16 = v15.key;
      if (v16 === void 0) return false;
      if (!ENUM_0.has(v16)) return false;
      const v17 = v15.operator;
      if (v17 === void 0) return false;
      if (!(v17 === "eq" || v17 === "contains" || v17 === "lt" || v17 === "gt")) return false;
      const v18 = v15.value;
      if (v18 === void 0) return false;
      if (!Array.isArray(v18)) return false;
      const v19 = v18;
      for (let v20 = 0; v20 < v19.length; v20++) {
        const v21 = v19[v20];
        if (!(check0(v21) || check1(v21) || check2(v21))) return false;
      }
    }
    const v22 = v6.gateway_id;
    if (v22 === void 0) return false;
    if (typeof v22 !== "string") return false;
    if (v22.length < 1 || v22.length < 2 && (0, import_validation.codePoints)(v22) < 1) return false;
    if (v22.length > 64 && (0, import_validation.codePoints)(v22) > 64) return false;
    const v23 = v6.id;
    if (v23 === void 0) return false;
    if (typeof v23 !== "string") return false;
    const v24 = v6.modified_at;
    if (v24 === void 0) return false;
    if (typeof v24 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v24)) return false;
    const v25 = v6.name;
    if (v25 === void 0) return false;
    if (typeof v25 !== "string") return false;
  }
  const v26 = v0.gateway_id;
  if (v26 === void 0) return false;
  if (typeof v26 !== "string") return false;
  if (v26.length < 1 || v26.length < 2 && (0, import_validation.codePoints)(v26) < 1) return false;
  if (v26.length > 64 && (0, import_validation.codePoints)(v26) > 64) return false;
  const v27 = v0.id;
  if (v27 === void 0) return false;
  if (typeof v27 !== "string") return false;
  const v28 = v0.modified_at;
  if (v28 === void 0) return false;
  if (typeof v28 !== "string") return false;
  if (!(0, import_formats.isDateTime)(v28)) return false;
  const v29 = v0.name;
  if (v29 === void 0) return false;
  if (typeof v29 !== "string") return false;
  const v30 = v0.processed;
  if (v30 === void 0) return false;
  if (typeof v30 !== "boolean") return false;
  const v31 = v0.results;
  if (v31 === void 0) return false;
  if (!Array.isArray(v31)) return false;
  const v32 = v31;
  for (let v33 = 0; v33 < v32.length; v33++) {
    const v34 = v32[v33];
    if (typeof v34 !== "object" || v34 === null || Array.isArray(v34)) return false;
    const v35 = v34;
    const v36 = v35.created_at;
    if (v36 === void 0) return false;
    if (typeof v36 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v36)) return false;
    const v37 = v35.evaluation_id;
    if (v37 === void 0) return false;
    if (typeof v37 !== "string") return false;
    const v38 = v35.evaluation_type_id;
    if (v38 === void 0) return false;
    if (typeof v38 !== "string") return false;
    const v39 = v35.id;
    if (v39 === void 0) return false;
    if (typeof v39 !== "string") return false;
    const v40 = v35.modified_at;
    if (v40 === void 0) return false;
    if (typeof v40 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v40)) return false;
    const v41 = v35.result;
    if (v41 === void 0) return false;
    if (typeof v41 !== "string") return false;
    const v42 = v35.status;
    if (v42 === void 0) return false;
    if (typeof v42 !== "number" || !Number.isFinite(v42)) return false;
    const v43 = v35.status_description;
    if (v43 === void 0) return false;
    if (typeof v43 !== "string") return false;
    const v44 = v35.total_logs;
    if (v44 === void 0) return false;
    if (typeof v44 !== "number" || !Number.isFinite(v44)) return false;
  }
  const v45 = v0.total_logs;
  if (v45 === void 0) return false;
  if (typeof v45 !== "number" || !Number.isFinite(v45)) return false;
  return true;
}
function explainEvaluationCreateResponse(value, path, issues) {
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
    const v2 = v0.datasets;
    if (v2 === void 0) {
      (0, import_validation.missing)(issues, path + "/datasets", "array");
    } else {
      if (!Array.isArray(v2)) {
        (0, import_validation.fail)(issues, path + "/datasets", "array", v2);
      } else {
        const v3 = v2;
        for (let v4 = 0; v4 < v3.length; v4++) {
          const v5 = v3[v4];
          if (typeof v5 !== "object" || v5 === null || Array.isArray(v5)) {
            (0, import_validation.fail)(issues, path + "/datasets/" + v4, "object", v5);
          } else {
            const v6 = v5;
            const v7 = v6.account_id;
            if (v7 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/account_id", "string");
            } else {
              if (typeof v7 !== "string") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/account_id", "string", v7);
              }
            }
            const v8 = v6.account_tag;
            if (v8 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/account_tag", "string");
            } else {
              if (typeof v8 !== "string") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/account_tag", "string", v8);
              }
            }
            const v9 = v6.created_at;
            if (v9 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/created_at", "string");
            } else {
              if (typeof v9 !== "string") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/created_at", "string", v9);
              } else {
                if (!(0, import_formats.isDateTime)(v9)) {
                  (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/created_at", "date-time string", v9);
                }
              }
            }
            const v10 = v6.enable;
            if (v10 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/enable", "boolean");
            } else {
              if (typeof v10 !== "boolean") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/enable", "boolean", v10);
              }
            }
            const v11 = v6.filters;
            if (v11 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/filters", "array");
            } else {
              if (!Array.isArray(v11)) {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/filters", "array", v11);
              } else {
                const v12 = v11;
                for (let v13 = 0; v13 < v12.length; v13++) {
                  const v14 = v12[v13];
                  if (typeof v14 !== "object" || v14 === null || Array.isArray(v14)) {
                    (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/filters/" + v13, "object", v14);
                  } else {
                    const v15 = v14;
                    const v16 = v15.key;
                    if (v16 === void 0) {
                      (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/filters/" + v13 + "/key", "enum");
                    } else {
                      if (!ENUM_0.has(v16)) {
                        (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/filters/" + v13 + "/key", 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v16);
                      }
                    }
                    const v17 = v15.operator;
                    if (v17 === void 0) {
                      (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/filters/" + v13 + "/operator", "enum");
                    } else {
                      if (!(v17 === "eq" || v17 === "contains" || v17 === "lt" || v17 === "gt")) {
                        (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/filters/" + v13 + "/operator", 'one of "eq", "contains", "lt", "gt"', v17);
                      }
                    }
                    const v18 = v15.value;
                    if (v18 === void 0) {
                      (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/filters/" + v13 + "/value", "array");
                    } else {
                      if (!Array.isArray(v18)) {
                        (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/filters/" + v13 + "/value", "array", v18);
                      } else {
                        const v19 = v18;
                        for (let v20 = 0; v20 < v19.length; v20++) {
                          const v21 = v19[v20];
                          if (!(check0(v21) || check1(v21) || check2(v21))) {
                            (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/filters/" + v13 + "/value/" + v20, "a value matching at least one of 3 alternatives (anyOf)", v21, "matches none of the anyOf alternatives");
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
            const v22 = v6.gateway_id;
            if (v22 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/gateway_id", "string");
            } else {
              if (typeof v22 !== "string") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/gateway_id", "string", v22);
              } else {
                if (v22.length < 1 || v22.length < 2 && (0, import_validation.codePoints)(v22) < 1) {
                  (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/gateway_id", "string of at least 1 characters", v22);
                }
                if (v22.length > 64 && (0, import_validation.codePoints)(v22) > 64) {
                  (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/gateway_id", "string of at most 64 characters", v22);
                }
              }
            }
            const v23 = v6.id;
            if (v23 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/id", "string");
            } else {
              if (typeof v23 !== "string") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/id", "string", v23);
              }
            }
            const v24 = v6.modified_at;
            if (v24 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/modified_at", "string");
            } else {
              if (typeof v24 !== "string") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/modified_at", "string", v24);
              } else {
                if (!(0, import_formats.isDateTime)(v24)) {
                  (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/modified_at", "date-time string", v24);
                }
              }
            }
            const v25 = v6.name;
            if (v25 === void 0) {
              (0, import_validation.missing)(issues, path + "/datasets/" + v4 + "/name", "string");
            } else {
              if (typeof v25 !== "string") {
                (0, import_validation.fail)(issues, path + "/datasets/" + v4 + "/name", "string", v25);
              }
            }
          }
        }
      }
    }
    const v26 = v0.gateway_id;
    if (v26 === void 0) {
      (0, import_validation.missing)(issues, path + "/gateway_id", "string");
    } else {
      if (typeof v26 !== "string") {
        (0, import_validation.fail)(issues, path + "/gateway_id", "string", v26);
      } else {
        if (v26.length < 1 || v26.length < 2 && (0, import_validation.codePoints)(v26) < 1) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at least 1 characters", v26);
        }
        if (v26.length > 64 && (0, import_validation.codePoints)(v26) > 64) {
          (0, import_validation.fail)(issues, path + "/gateway_id", "string of at most 64 characters", v26);
        }
      }
    }
    const v27 = v0.id;
    if (v27 === void 0) {
      (0, import_validation.missing)(issues, path + "/id", "string");
    } else {
      if (typeof v27 !== "string") {
        (0, import_validation.fail)(issues, path + "/id", "string", v27);
      }
    }
    const v28 = v0.modified_at;
    if (v28 === void 0) {
      (0, import_validation.missing)(issues, path + "/modified_at", "string");
    } else {
      if (typeof v28 !== "string") {
        (0, import_validation.fail)(issues, path + "/modified_at", "string", v28);
      } else {
        if (!(0, import_formats.isDateTime)(v28)) {
          (0, import_validation.fail)(issues, path + "/modified_at", "date-time string", v28);
        }
      }
    }
    const v29 = v0.name;
    if (v29 === void 0) {
      (0, import_validation.missing)(issues, path + "/name", "string");
    } else {
      if (typeof v29 !== "string") {
        (0, import_validation.fail)(issues, path + "/name", "string", v29);
      }
    }
    const v30 = v0.processed;
    if (v30 === void 0) {
      (0, import_validation.missing)(issues, path + "/processed", "boolean");
    } else {
      if (typeof v30 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/processed", "boolean", v30);
      }
    }
    const v31 = v0.results;
    if (v31 === void 0) {
      (0, import_validation.missing)(issues, path + "/results", "array");
    } else {
      if (!Array.isArray(v31)) {
        (0, import_validation.fail)(issues, path + "/results", "array", v31);
      } else {
        const v32 = v31;
        for (let v33 = 0; v33 < v32.length; v33++) {
          const v34 = v32[v33];
          if (typeof v34 !== "object" || v34 === null || Array.isArray(v34)) {
            (0, import_validation.fail)(issues, path + "/results/" + v33, "object", v34);
          } else {
            const v35 = v34;
            const v36 = v35.created_at;
            if (v36 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/created_at", "string");
            } else {
              if (typeof v36 !== "string") {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/created_at", "string", v36);
              } else {
                if (!(0, import_formats.isDateTime)(v36)) {
                  (0, import_validation.fail)(issues, path + "/results/" + v33 + "/created_at", "date-time string", v36);
                }
              }
            }
            const v37 = v35.evaluation_id;
            if (v37 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/evaluation_id", "string");
            } else {
              if (typeof v37 !== "string") {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/evaluation_id", "string", v37);
              }
            }
            const v38 = v35.evaluation_type_id;
            if (v38 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/evaluation_type_id", "string");
            } else {
              if (typeof v38 !== "string") {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/evaluation_type_id", "string", v38);
              }
            }
            const v39 = v35.id;
            if (v39 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/id", "string");
            } else {
              if (typeof v39 !== "string") {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/id", "string", v39);
              }
            }
            const v40 = v35.modified_at;
            if (v40 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/modified_at", "string");
            } else {
              if (typeof v40 !== "string") {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/modified_at", "string", v40);
              } else {
                if (!(0, import_formats.isDateTime)(v40)) {
                  (0, import_validation.fail)(issues, path + "/results/" + v33 + "/modified_at", "date-time string", v40);
                }
              }
            }
            const v41 = v35.result;
            if (v41 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/result", "string");
            } else {
              if (typeof v41 !== "string") {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/result", "string", v41);
              }
            }
            const v42 = v35.status;
            if (v42 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/status", "number");
            } else {
              if (typeof v42 !== "number" || !Number.isFinite(v42)) {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/status", "number", v42);
              }
            }
            const v43 = v35.status_description;
            if (v43 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/status_description", "string");
            } else {
              if (typeof v43 !== "string") {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/status_description", "string", v43);
              }
            }
            const v44 = v35.total_logs;
            if (v44 === void 0) {
              (0, import_validation.missing)(issues, path + "/results/" + v33 + "/total_logs", "number");
            } else {
              if (typeof v44 !== "number" || !Number.isFinite(v44)) {
                (0, import_validation.fail)(issues, path + "/results/" + v33 + "/total_logs", "number", v44);
              }
            }
          }
        }
      }
    }
    const v45 = v0.total_logs;
    if (v45 === void 0) {
      (0, import_validation.missing)(issues, path + "/total_logs", "number");
    } else {
      if (typeof v45 !== "number" || !Number.isFinite(v45)) {
        (0, import_validation.fail)(issues, path + "/total_logs", "number", v45);
      }
    }
  }
}
function validateEvaluationCreateResponse(value) {
  return isEvaluationCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainEvaluationCreateResponse) };
}
function isEvaluationCreateArgs(value) {
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
function explainEvaluationCreateArgs(value, path, issues) {
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
function isEvaluationDeleteResponse(value) {
  return isEvaluationCreateResponse(value);
}
function explainEvaluationDeleteResponse(value, path, issues) {
  explainEvaluationCreateResponse(value, path, issues);
}
function validateEvaluationDeleteResponse(value) {
  return isEvaluationDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainEvaluationDeleteResponse) };
}
function isEvaluationDeleteArgs(value) {
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
function explainEvaluationDeleteArgs(value, path, issues) {
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
function isEvaluationGetResponse(value) {
  return isEvaluationCreateResponse(value);
}
function explainEvaluationGetResponse(value, path, issues) {
  explainEvaluationCreateResponse(value, path, issues);
}
function validateEvaluationGetResponse(value) {
  return isEvaluationGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainEvaluationGetResponse) };
}
function isEvaluationGetArgs(value) {
  return isEvaluationDeleteArgs(value);
}
function explainEvaluationGetArgs(value, path, issues) {
  explainEvaluationDeleteArgs(value, path, issues);
}
function isEvaluationListResponse(value) {
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
    const v5 = v3.datasets;
    if (v5 === void 0) return false;
    if (!Array.isArray(v5)) return false;
    const v6 = v5;
    for (let v7 = 0; v7 < v6.length; v7++) {
      const v8 = v6[v7];
      if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) return false;
      const v9 = v8;
      const v10 = v9.account_id;
      if (v10 === void 0) return false;
      if (typeof v10 !== "string") return false;
      const v11 = v9.account_tag;
      if (v11 === void 0) return false;
      if (typeof v11 !== "string") return false;
      const v12 = v9.created_at;
      if (v12 === void 0) return false;
      if (typeof v12 !== "string") return false;
      if (!(0, import_formats.isDateTime)(v12)) return false;
      const v13 = v9.enable;
      if (v13 === void 0) return false;
      if (typeof v13 !== "boolean") return false;
      const v14 = v9.filters;
      if (v14 === void 0) return false;
      if (!Array.isArray(v14)) return false;
      const v15 = v14;
      for (let v16 = 0; v16 < v15.length; v16++) {
        const v17 = v15[v16];
        if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) return false;
        const v18 = v17;
        const v19 = v18.key;
        if (v19 === void 0) return false;
        if (!ENUM_0.has(v19)) return false;
        const v20 = v18.operator;
        if (v20 === void 0) return false;
        if (!(v20 === "eq" || v20 === "contains" || v20 === "lt" || v20 === "gt")) return false;
        const v21 = v18.value;
        if (v21 === void 0) return false;
        if (!Array.isArray(v21)) return false;
        const v22 = v21;
        for (let v23 = 0; v23 < v22.length; v23++) {
          const v24 = v22[v23];
          if (!(check0(v24) || check1(v24) || check2(v24))) return false;
        }
      }
      const v25 = v9.gateway_id;
      if (v25 === void 0) return false;
      if (typeof v25 !== "string") return false;
      if (v25.length < 1 || v25.length < 2 && (0, import_validation.codePoints)(v25) < 1) return false;
      if (v25.length > 64 && (0, import_validation.codePoints)(v25) > 64) return false;
      const v26 = v9.id;
      if (v26 === void 0) return false;
      if (typeof v26 !== "string") return false;
      const v27 = v9.modified_at;
      if (v27 === void 0) return false;
      if (typeof v27 !== "string") return false;
      if (!(0, import_formats.isDateTime)(v27)) return false;
      const v28 = v9.name;
      if (v28 === void 0) return false;
      if (typeof v28 !== "string") return false;
    }
    const v29 = v3.gateway_id;
    if (v29 === void 0) return false;
    if (typeof v29 !== "string") return false;
    if (v29.length < 1 || v29.length < 2 && (0, import_validation.codePoints)(v29) < 1) return false;
    if (v29.length > 64 && (0, import_validation.codePoints)(v29) > 64) return false;
    const v30 = v3.id;
    if (v30 === void 0) return false;
    if (typeof v30 !== "string") return false;
    const v31 = v3.modified_at;
    if (v31 === void 0) return false;
    if (typeof v31 !== "string") return false;
    if (!(0, import_formats.isDateTime)(v31)) return false;
    const v32 = v3.name;
    if (v32 === void 0) return false;
    if (typeof v32 !== "string") return false;
    const v33 = v3.processed;
    if (v33 === void 0) return false;
    if (typeof v33 !== "boolean") return false;
    const v34 = v3.results;
    if (v34 === void 0) return false;
    if (!Array.isArray(v34)) return false;
    const v35 = v34;
    for (let v36 = 0; v36 < v35.length; v36++) {
      const v37 = v35[v36];
      if (typeof v37 !== "object" || v37 === null || Array.isArray(v37)) return false;
      const v38 = v37;
      const v39 = v38.created_at;
      if (v39 === void 0) return false;
      if (typeof v39 !== "string") return false;
      if (!(0, import_formats.isDateTime)(v39)) return false;
      const v40 = v38.evaluation_id;
      if (v40 === void 0) return false;
      if (typeof v40 !== "string") return false;
      const v41 = v38.evaluation_type_id;
      if (v41 === void 0) return false;
      if (typeof v41 !== "string") return false;
      const v42 = v38.id;
      if (v42 === void 0) return false;
      if (typeof v42 !== "string") return false;
      const v43 = v38.modified_at;
      if (v43 === void 0) return false;
      if (typeof v43 !== "string") return false;
      if (!(0, import_formats.isDateTime)(v43)) return false;
      const v44 = v38.result;
      if (v44 === void 0) return false;
      if (typeof v44 !== "string") return false;
      const v45 = v38.status;
      if (v45 === void 0) return false;
      if (typeof v45 !== "number" || !Number.isFinite(v45)) return false;
      const v46 = v38.status_description;
      if (v46 === void 0) return false;
      if (typeof v46 !== "string") return false;
      const v47 = v38.total_logs;
      if (v47 === void 0) return false;
      if (typeof v47 !== "number" || !Number.isFinite(v47)) return false;
    }
    const v48 = v3.total_logs;
    if (v48 === void 0) return false;
    if (typeof v48 !== "number" || !Number.isFinite(v48)) return false;
  }
  return true;
}
function explainEvaluationListResponse(value, path, issues) {
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
        const v5 = v3.datasets;
        if (v5 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets", "array");
        } else {
          if (!Array.isArray(v5)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets", "array", v5);
          } else {
            const v6 = v5;
            for (let v7 = 0; v7 < v6.length; v7++) {
              const v8 = v6[v7];
              if (typeof v8 !== "object" || v8 === null || Array.isArray(v8)) {
                (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7, "object", v8);
              } else {
                const v9 = v8;
                const v10 = v9.account_id;
                if (v10 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/account_id", "string");
                } else {
                  if (typeof v10 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/account_id", "string", v10);
                  }
                }
                const v11 = v9.account_tag;
                if (v11 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/account_tag", "string");
                } else {
                  if (typeof v11 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/account_tag", "string", v11);
                  }
                }
                const v12 = v9.created_at;
                if (v12 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/created_at", "string");
                } else {
                  if (typeof v12 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/created_at", "string", v12);
                  } else {
                    if (!(0, import_formats.isDateTime)(v12)) {
                      (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/created_at", "date-time string", v12);
                    }
                  }
                }
                const v13 = v9.enable;
                if (v13 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/enable", "boolean");
                } else {
                  if (typeof v13 !== "boolean") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/enable", "boolean", v13);
                  }
                }
                const v14 = v9.filters;
                if (v14 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters", "array");
                } else {
                  if (!Array.isArray(v14)) {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters", "array", v14);
                  } else {
                    const v15 = v14;
                    for (let v16 = 0; v16 < v15.length; v16++) {
                      const v17 = v15[v16];
                      if (typeof v17 !== "object" || v17 === null || Array.isArray(v17)) {
                        (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16, "object", v17);
                      } else {
                        const v18 = v17;
                        const v19 = v18.key;
                        if (v19 === void 0) {
                          (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16 + "/key", "enum");
                        } else {
                          if (!ENUM_0.has(v19)) {
                            (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16 + "/key", 'one of "created_at", "request_content_type", "response_content_type", "success", "cached", "provider", "model", "cost", "tokens", "tokens_in", "tokens_out", "duration", "feedback"', v19);
                          }
                        }
                        const v20 = v18.operator;
                        if (v20 === void 0) {
                          (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16 + "/operator", "enum");
                        } else {
                          if (!(v20 === "eq" || v20 === "contains" || v20 === "lt" || v20 === "gt")) {
                            (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16 + "/operator", 'one of "eq", "contains", "lt", "gt"', v20);
                          }
                        }
                        const v21 = v18.value;
                        if (v21 === void 0) {
                          (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16 + "/value", "array");
                        } else {
                          if (!Array.isArray(v21)) {
                            (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16 + "/value", "array", v21);
                          } else {
                            const v22 = v21;
                            for (let v23 = 0; v23 < v22.length; v23++) {
                              const v24 = v22[v23];
                              if (!(check0(v24) || check1(v24) || check2(v24))) {
                                (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/filters/" + v16 + "/value/" + v23, "a value matching at least one of 3 alternatives (anyOf)", v24, "matches none of the anyOf alternatives");
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
                const v25 = v9.gateway_id;
                if (v25 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/gateway_id", "string");
                } else {
                  if (typeof v25 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/gateway_id", "string", v25);
                  } else {
                    if (v25.length < 1 || v25.length < 2 && (0, import_validation.codePoints)(v25) < 1) {
                      (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/gateway_id", "string of at least 1 characters", v25);
                    }
                    if (v25.length > 64 && (0, import_validation.codePoints)(v25) > 64) {
                      (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/gateway_id", "string of at most 64 characters", v25);
                    }
                  }
                }
                const v26 = v9.id;
                if (v26 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/id", "string");
                } else {
                  if (typeof v26 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/id", "string", v26);
                  }
                }
                const v27 = v9.modified_at;
                if (v27 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/modified_at", "string");
                } else {
                  if (typeof v27 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/modified_at", "string", v27);
                  } else {
                    if (!(0, import_formats.isDateTime)(v27)) {
                      (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/modified_at", "date-time string", v27);
                    }
                  }
                }
                const v28 = v9.name;
                if (v28 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/datasets/" + v7 + "/name", "string");
                } else {
                  if (typeof v28 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/datasets/" + v7 + "/name", "string", v28);
                  }
                }
              }
            }
          }
        }
        const v29 = v3.gateway_id;
        if (v29 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/gateway_id", "string");
        } else {
          if (typeof v29 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string", v29);
          } else {
            if (v29.length < 1 || v29.length < 2 && (0, import_validation.codePoints)(v29) < 1) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at least 1 characters", v29);
            }
            if (v29.length > 64 && (0, import_validation.codePoints)(v29) > 64) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/gateway_id", "string of at most 64 characters", v29);
            }
          }
        }
        const v30 = v3.id;
        if (v30 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/id", "string");
        } else {
          if (typeof v30 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/id", "string", v30);
          }
        }
        const v31 = v3.modified_at;
        if (v31 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/modified_at", "string");
        } else {
          if (typeof v31 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "string", v31);
          } else {
            if (!(0, import_formats.isDateTime)(v31)) {
              (0, import_validation.fail)(issues, path + "/" + v1 + "/modified_at", "date-time string", v31);
            }
          }
        }
        const v32 = v3.name;
        if (v32 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/name", "string");
        } else {
          if (typeof v32 !== "string") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/name", "string", v32);
          }
        }
        const v33 = v3.processed;
        if (v33 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/processed", "boolean");
        } else {
          if (typeof v33 !== "boolean") {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/processed", "boolean", v33);
          }
        }
        const v34 = v3.results;
        if (v34 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/results", "array");
        } else {
          if (!Array.isArray(v34)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/results", "array", v34);
          } else {
            const v35 = v34;
            for (let v36 = 0; v36 < v35.length; v36++) {
              const v37 = v35[v36];
              if (typeof v37 !== "object" || v37 === null || Array.isArray(v37)) {
                (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36, "object", v37);
              } else {
                const v38 = v37;
                const v39 = v38.created_at;
                if (v39 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/created_at", "string");
                } else {
                  if (typeof v39 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/created_at", "string", v39);
                  } else {
                    if (!(0, import_formats.isDateTime)(v39)) {
                      (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/created_at", "date-time string", v39);
                    }
                  }
                }
                const v40 = v38.evaluation_id;
                if (v40 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/evaluation_id", "string");
                } else {
                  if (typeof v40 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/evaluation_id", "string", v40);
                  }
                }
                const v41 = v38.evaluation_type_id;
                if (v41 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/evaluation_type_id", "string");
                } else {
                  if (typeof v41 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/evaluation_type_id", "string", v41);
                  }
                }
                const v42 = v38.id;
                if (v42 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/id", "string");
                } else {
                  if (typeof v42 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/id", "string", v42);
                  }
                }
                const v43 = v38.modified_at;
                if (v43 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/modified_at", "string");
                } else {
                  if (typeof v43 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/modified_at", "string", v43);
                  } else {
                    if (!(0, import_formats.isDateTime)(v43)) {
                      (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/modified_at", "date-time string", v43);
                    }
                  }
                }
                const v44 = v38.result;
                if (v44 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/result", "string");
                } else {
                  if (typeof v44 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/result", "string", v44);
                  }
                }
                const v45 = v38.status;
                if (v45 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/status", "number");
                } else {
                  if (typeof v45 !== "number" || !Number.isFinite(v45)) {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/status", "number", v45);
                  }
                }
                const v46 = v38.status_description;
                if (v46 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/status_description", "string");
                } else {
                  if (typeof v46 !== "string") {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/status_description", "string", v46);
                  }
                }
                const v47 = v38.total_logs;
                if (v47 === void 0) {
                  (0, import_validation.missing)(issues, path + "/" + v1 + "/results/" + v36 + "/total_logs", "number");
                } else {
                  if (typeof v47 !== "number" || !Number.isFinite(v47)) {
                    (0, import_validation.fail)(issues, path + "/" + v1 + "/results/" + v36 + "/total_logs", "number", v47);
                  }
                }
              }
            }
          }
        }
        const v48 = v3.total_logs;
        if (v48 === void 0) {
          (0, import_validation.missing)(issues, path + "/" + v1 + "/total_logs", "number");
        } else {
          if (typeof v48 !== "number" || !Number.isFinite(v48)) {
            (0, import_validation.fail)(issues, path + "/" + v1 + "/total_logs", "number", v48);
          }
        }
      }
    }
  }
}
function validateEvaluationListResponse(value) {
  return isEvaluationListResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainEvaluationListResponse) };
}
function isEvaluationListArgs(value) {
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
  const v3 = v0.name;
  if (v3 !== void 0) {
    if (typeof v3 !== "string") return false;
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
  const v6 = v0.processed;
  if (v6 !== void 0) {
    if (typeof v6 !== "boolean") return false;
  }
  const v7 = v0.search;
  if (v7 !== void 0) {
    if (typeof v7 !== "string") return false;
  }
  return true;
}
function explainEvaluationListArgs(value, path, issues) {
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
    const v3 = v0.name;
    if (v3 !== void 0) {
      if (typeof v3 !== "string") {
        (0, import_validation.fail)(issues, path + "/name", "string", v3);
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
    const v6 = v0.processed;
    if (v6 !== void 0) {
      if (typeof v6 !== "boolean") {
        (0, import_validation.fail)(issues, path + "/processed", "boolean", v6);
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainEvaluationCreateArgs,
  explainEvaluationCreateResponse,
  explainEvaluationDeleteArgs,
  explainEvaluationDeleteResponse,
  explainEvaluationGetArgs,
  explainEvaluationGetResponse,
  explainEvaluationListArgs,
  explainEvaluationListResponse,
  isEvaluationCreateArgs,
  isEvaluationCreateResponse,
  isEvaluationDeleteArgs,
  isEvaluationDeleteResponse,
  isEvaluationGetArgs,
  isEvaluationGetResponse,
  isEvaluationListArgs,
  isEvaluationListResponse,
  validateEvaluationCreateResponse,
  validateEvaluationDeleteResponse,
  validateEvaluationGetResponse,
  validateEvaluationListResponse
});
