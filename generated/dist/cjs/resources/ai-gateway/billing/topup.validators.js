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
var topup_validators_exports = {};
__export(topup_validators_exports, {
  explainTopupCreateResponse: () => explainTopupCreateResponse,
  explainTopupLimitsResponse: () => explainTopupLimitsResponse,
  explainTopupStatusResponse: () => explainTopupStatusResponse,
  isTopupCreateResponse: () => isTopupCreateResponse,
  isTopupLimitsResponse: () => isTopupLimitsResponse,
  isTopupStatusResponse: () => isTopupStatusResponse,
  validateTopupCreateResponse: () => validateTopupCreateResponse,
  validateTopupLimitsResponse: () => validateTopupLimitsResponse,
  validateTopupStatusResponse: () => validateTopupStatusResponse
});
module.exports = __toCommonJS(topup_validators_exports);
var import_validation = require("../../../core/validation.js");
var import_ai_gateway_validators = require("../../../schemas/ai-gateway.validators.js");
function isTopupCreateResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingCreateTopupResult)(value)) return false;
  return true;
}
function explainTopupCreateResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingCreateTopupResult)(value, path, issues);
}
function validateTopupCreateResponse(value) {
  return isTopupCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainTopupCreateResponse) };
}
function isTopupLimitsResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingGetTopupLimitsResult)(value)) return false;
  return true;
}
function explainTopupLimitsResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingGetTopupLimitsResult)(value, path, issues);
}
function validateTopupLimitsResponse(value) {
  return isTopupLimitsResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainTopupLimitsResponse) };
}
function isTopupStatusResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingTopupStatusResult)(value)) return false;
  return true;
}
function explainTopupStatusResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingTopupStatusResult)(value, path, issues);
}
function validateTopupStatusResponse(value) {
  return isTopupStatusResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainTopupStatusResponse) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainTopupCreateResponse,
  explainTopupLimitsResponse,
  explainTopupStatusResponse,
  isTopupCreateResponse,
  isTopupLimitsResponse,
  isTopupStatusResponse,
  validateTopupCreateResponse,
  validateTopupLimitsResponse,
  validateTopupStatusResponse
});
