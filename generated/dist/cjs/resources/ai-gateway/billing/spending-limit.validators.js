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
var spending_limit_validators_exports = {};
__export(spending_limit_validators_exports, {
  explainSpendingLimitCreateResponse: () => explainSpendingLimitCreateResponse,
  explainSpendingLimitDeleteResponse: () => explainSpendingLimitDeleteResponse,
  explainSpendingLimitGetResponse: () => explainSpendingLimitGetResponse,
  isSpendingLimitCreateResponse: () => isSpendingLimitCreateResponse,
  isSpendingLimitDeleteResponse: () => isSpendingLimitDeleteResponse,
  isSpendingLimitGetResponse: () => isSpendingLimitGetResponse,
  validateSpendingLimitCreateResponse: () => validateSpendingLimitCreateResponse,
  validateSpendingLimitDeleteResponse: () => validateSpendingLimitDeleteResponse,
  validateSpendingLimitGetResponse: () => validateSpendingLimitGetResponse
});
module.exports = __toCommonJS(spending_limit_validators_exports);
var import_validation = require("../../../core/validation.js");
var import_ai_gateway_validators = require("../../../schemas/ai-gateway.validators.js");
function isSpendingLimitCreateResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingSetSpendingLimitResult)(value)) return false;
  return true;
}
function explainSpendingLimitCreateResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingSetSpendingLimitResult)(value, path, issues);
}
function validateSpendingLimitCreateResponse(value) {
  return isSpendingLimitCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainSpendingLimitCreateResponse) };
}
function isSpendingLimitDeleteResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingDeleteSpendingLimitResult)(value)) return false;
  return true;
}
function explainSpendingLimitDeleteResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingDeleteSpendingLimitResult)(value, path, issues);
}
function validateSpendingLimitDeleteResponse(value) {
  return isSpendingLimitDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainSpendingLimitDeleteResponse) };
}
function isSpendingLimitGetResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingGetSpendingLimitResult)(value)) return false;
  return true;
}
function explainSpendingLimitGetResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingGetSpendingLimitResult)(value, path, issues);
}
function validateSpendingLimitGetResponse(value) {
  return isSpendingLimitGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainSpendingLimitGetResponse) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainSpendingLimitCreateResponse,
  explainSpendingLimitDeleteResponse,
  explainSpendingLimitGetResponse,
  isSpendingLimitCreateResponse,
  isSpendingLimitDeleteResponse,
  isSpendingLimitGetResponse,
  validateSpendingLimitCreateResponse,
  validateSpendingLimitDeleteResponse,
  validateSpendingLimitGetResponse
});
