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
var costs_exports = {};
__export(costs_exports, {
  costCreate: () => costCreate,
  costDelete: () => costDelete,
  costEdit: () => costEdit,
  costGet: () => costGet,
  costList: () => costList
});
module.exports = __toCommonJS(costs_exports);
var import_pagination = require("../../../core/pagination.js");
var import_path = require("../../../internal/path.js");
var import_costs_validators = require("./costs.validators.js");
function costCreate(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_costs_validators.isCostCreateResponse,
      explain: import_costs_validators.explainCostCreateResponse,
      retrySafe: false
    };
  }, options);
}
function costDelete(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_costs_validators.isCostDeleteArgs, import_costs_validators.explainCostDeleteArgs);
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_costs_validators.isCostDeleteResponse,
      explain: import_costs_validators.explainCostDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function costEdit(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_costs_validators.isCostEditArgs, import_costs_validators.explainCostEditArgs);
    return {
      method: "patch",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}",
        { account_id: accountIdParam, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_costs_validators.isCostEditResponse,
      explain: import_costs_validators.explainCostEditResponse,
      retrySafe: false
    };
  }, options);
}
function costGet(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_costs_validators.isCostGetArgs, import_costs_validators.explainCostGetArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_costs_validators.isCostGetResponse,
      explain: import_costs_validators.explainCostGetResponse,
      retrySafe: true
    };
  }, options);
}
function costList(client, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, import_costs_validators.isCostListArgs, import_costs_validators.explainCostListArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs",
        { account_id: accountIdParam }
      ),
      query: {
        account_provider_id: params.account_provider_id,
        cost_type: params.cost_type,
        enable: params.enable,
        model_rule: params.model_rule,
        page: params.page,
        per_page: params.per_page,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: import_costs_validators.isCostListResponse,
      explain: import_costs_validators.explainCostListResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  costCreate,
  costDelete,
  costEdit,
  costGet,
  costList
});
