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
var config_validators_exports = {};
__export(config_validators_exports, {
  explainConfigCreateResponse: () => explainConfigCreateResponse,
  explainConfigDeleteResponse: () => explainConfigDeleteResponse,
  explainConfigGetResponse: () => explainConfigGetResponse,
  isConfigCreateResponse: () => isConfigCreateResponse,
  isConfigDeleteResponse: () => isConfigDeleteResponse,
  isConfigGetResponse: () => isConfigGetResponse,
  validateConfigCreateResponse: () => validateConfigCreateResponse,
  validateConfigDeleteResponse: () => validateConfigDeleteResponse,
  validateConfigGetResponse: () => validateConfigGetResponse
});
module.exports = __toCommonJS(config_validators_exports);
var import_validation = require("../../../../core/validation.js");
var import_ai_gateway_validators = require("../../../../schemas/ai-gateway.validators.js");
function isConfigCreateResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingSetTopupConfigResult)(value)) return false;
  return true;
}
function explainConfigCreateResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingSetTopupConfigResult)(value, path, issues);
}
function validateConfigCreateResponse(value) {
  return isConfigCreateResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainConfigCreateResponse) };
}
function isConfigDeleteResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingDeleteTopupConfigResult)(value)) return false;
  return true;
}
function explainConfigDeleteResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingDeleteTopupConfigResult)(value, path, issues);
}
function validateConfigDeleteResponse(value) {
  return isConfigDeleteResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainConfigDeleteResponse) };
}
function isConfigGetResponse(value) {
  if (!(0, import_ai_gateway_validators.isAigBillingGetTopupConfigResult)(value)) return false;
  return true;
}
function explainConfigGetResponse(value, path, issues) {
  (0, import_ai_gateway_validators.explainAigBillingGetTopupConfigResult)(value, path, issues);
}
function validateConfigGetResponse(value) {
  return isConfigGetResponse(value) ? { ok: true, value } : { ok: false, errors: (0, import_validation.collectIssues)(value, explainConfigGetResponse) };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  explainConfigCreateResponse,
  explainConfigDeleteResponse,
  explainConfigGetResponse,
  isConfigCreateResponse,
  isConfigDeleteResponse,
  isConfigGetResponse,
  validateConfigCreateResponse,
  validateConfigDeleteResponse,
  validateConfigGetResponse
});
