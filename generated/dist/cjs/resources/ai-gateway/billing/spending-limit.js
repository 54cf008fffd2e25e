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
var spending_limit_exports = {};
__export(spending_limit_exports, {
  spendingLimitCreate: () => spendingLimitCreate,
  spendingLimitDelete: () => spendingLimitDelete,
  spendingLimitGet: () => spendingLimitGet
});
module.exports = __toCommonJS(spending_limit_exports);
var import_path = require("../../../internal/path.js");
var import_spending_limit_validators = require("./spending-limit.validators.js");
function spendingLimitCreate(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/spending-limit",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_spending_limit_validators.isSpendingLimitCreateResponse,
      explain: import_spending_limit_validators.explainSpendingLimitCreateResponse,
      retrySafe: false
    };
  }, options);
}
function spendingLimitDelete(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/spending-limit",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_spending_limit_validators.isSpendingLimitDeleteResponse,
      explain: import_spending_limit_validators.explainSpendingLimitDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function spendingLimitGet(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/billing/spending-limit",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_spending_limit_validators.isSpendingLimitGetResponse,
      explain: import_spending_limit_validators.explainSpendingLimitGetResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  spendingLimitCreate,
  spendingLimitDelete,
  spendingLimitGet
});
