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
var topup_exports = {};
__export(topup_exports, {
  topupCreate: () => topupCreate,
  topupLimits: () => topupLimits,
  topupStatus: () => topupStatus
});
module.exports = __toCommonJS(topup_exports);
var import_path = require("../../../internal/path.js");
var import_topup_validators = require("./topup.validators.js");
function topupCreate(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/topup",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_topup_validators.isTopupCreateResponse,
      explain: import_topup_validators.explainTopupCreateResponse,
      retrySafe: false
    };
  }, options);
}
function topupLimits(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/topup/limits",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_topup_validators.isTopupLimitsResponse,
      explain: import_topup_validators.explainTopupLimitsResponse,
      retrySafe: true
    };
  }, options);
}
function topupStatus(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/topup/status",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_topup_validators.isTopupStatusResponse,
      explain: import_topup_validators.explainTopupStatusResponse,
      retrySafe: false
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  topupCreate,
  topupLimits,
  topupStatus
});
