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
var billing_validators_exports = {};
__export(billing_validators_exports, {
  explainBillingCreditBalanceResponse: () => explainBillingCreditBalanceResponse,
  explainBillingInvoiceHistoryArgs: () => explainBillingInvoiceHistoryArgs,
  explainBillingInvoiceHistoryResponse: () => explainBillingInvoiceHistoryResponse,
  explainBillingInvoicePreviewResponse: () => explainBillingInvoicePreviewResponse,
  explainBillingUsageHistoryArgs: () => explainBillingUsageHistoryArgs,
  explainBillingUsageHistoryResponse: () => explainBillingUsageHistoryResponse,
  isBillingCreditBalanceResponse: () => isBillingCreditBalanceResponse,
  isBillingInvoiceHistoryArgs: () => isBillingInvoiceHistoryArgs,
  isBillingInvoiceHistoryResponse: () => isBillingInvoiceHistoryResponse,
  isBillingInvoicePreviewResponse: () => isBillingInvoicePreviewResponse,
  isBillingUsageHistoryArgs: () => isBillingUsageHistoryArgs,
  isBillingUsageHistoryResponse: () => isBillingUsageHistoryResponse,
  validateBillingCreditBalanceResponse: () => validateBillingCreditBalanceResponse,
  validateBillingInvoiceHistoryResponse: () => validateBillingInvoiceHistoryResponse,
  validateBillingInvoicePreviewResponse: () => validateBillingInvoicePreviewResponse,
  validateBillingUsageHistoryResponse: () => validateBillingUsageHistoryResponse
});
module.exports = __toCommonJS(billing_validators_exports);
var import_validation = require("../../core/validation.js");
var import_ai_gateway_validators = require("../../schemas/ai-gateway.validators.js");
function isBillingCreditBalanceResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingGetCreditBalanceResult)(value)) return false;
  return true;
}
function explainBillingCreditBalanceResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingGetCreditBalanceResult)(value, path, issues);
}
function validateBillingCreditBalanceResponse(value) {
  return isBillingCreditBalanceResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainBillingCreditBalanceResponse) };
}
function isBillingInvoiceHistoryResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingGetInvoiceHistoryResult)(value)) return false;
  return true;
}
function explainBillingInvoiceHistoryResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingGetInvoiceHistoryResult)(value, path, issues);
}
function validateBillingInvoiceHistoryResponse(value) {
  return isBillingInvoiceHistoryResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainBillingInvoiceHistoryResponse) };
}
function isBillingInvoiceHistoryArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== void 0) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v0.type;
  if (v2 !== void 0) {
    if (!(v2 === "auto" || v2 === "all" || v2 === "manual")) return false;
  }
  return true;
}
function explainBillingInvoiceHistoryArgs(value, path, issues) {
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
    const v2 = v0.type;
    if (v2 !== void 0) {
      if (!(v2 === "auto" || v2 === "all" || v2 === "manual")) {
        (0, import_validation.fail)(issues, path + "/type", 'one of "auto", "all", "manual"', v2);
      }
    }
  }
}
function isBillingInvoicePreviewResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingGetInvoicePreviewResult)(value)) return false;
  return true;
}
function explainBillingInvoicePreviewResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingGetInvoicePreviewResult)(value, path, issues);
}
function validateBillingInvoicePreviewResponse(value) {
  return isBillingInvoicePreviewResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainBillingInvoicePreviewResponse) };
}
function isBillingUsageHistoryResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingGetUsageHistoryResult)(value)) return false;
  return true;
}
function explainBillingUsageHistoryResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingGetUsageHistoryResult)(value, path, issues);
}
function validateBillingUsageHistoryResponse(value) {
  return isBillingUsageHistoryResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainBillingUsageHistoryResponse) };
}
function isBillingUsageHistoryArgs(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v0 = value;
  const v1 = v0.account_id;
  if (v1 !== void 0) {
    if (typeof v1 !== "string") return false;
  }
  const v2 = v0.end_time;
  if (v2 !== void 0) {
    if (v2 !== null) {
      if (typeof v2 !== "number" || !Number.isFinite(v2)) return false;
    }
  }
  const v3 = v0.start_time;
  if (v3 !== void 0) {
    if (v3 !== null) {
      if (typeof v3 !== "number" || !Number.isFinite(v3)) return false;
    }
  }
  const v4 = v0.value_grouping_window;
  if (v4 === void 0) return false;
  if (!(v4 === "day" || v4 === "hour")) return false;
  return true;
}
function explainBillingUsageHistoryArgs(value, path, issues) {
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
    const v2 = v0.end_time;
    if (v2 !== void 0) {
      if (v2 !== null) {
        if (typeof v2 !== "number" || !Number.isFinite(v2)) {
          (0, import_validation.fail)(issues, path + "/end_time", "number", v2);
        }
      }
    }
    const v3 = v0.start_time;
    if (v3 !== void 0) {
      if (v3 !== null) {
        if (typeof v3 !== "number" || !Number.isFinite(v3)) {
          (0, import_validation.fail)(issues, path + "/start_time", "number", v3);
        }
      }
    }
    const v4 = v0.value_grouping_window;
    if (v4 === void 0) {
      (0, import_validation.missing)(issues, path + "/value_grouping_window", "enum");
    } else {
      if (!(v4 === "day" || v4 === "hour")) {
        (0, import_validation.fail)(issues, path + "/value_grouping_window", 'one of "day", "hour"', v4);
      }
    }
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainBillingCreditBalanceResponse,
  explainBillingInvoiceHistoryArgs,
  explainBillingInvoiceHistoryResponse,
  explainBillingInvoicePreviewResponse,
  explainBillingUsageHistoryArgs,
  explainBillingUsageHistoryResponse,
  isBillingCreditBalanceResponse,
  isBillingInvoiceHistoryArgs,
  isBillingInvoiceHistoryResponse,
  isBillingInvoicePreviewResponse,
  isBillingUsageHistoryArgs,
  isBillingUsageHistoryResponse,
  validateBillingCreditBalanceResponse,
  validateBillingInvoiceHistoryResponse,
  validateBillingInvoicePreviewResponse,
  validateBillingUsageHistoryResponse
});
