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
var ai_gateway_exports = {};
__export(ai_gateway_exports, {
  aiGatewayCreate: () => aiGatewayCreate,
  aiGatewayDelete: () => aiGatewayDelete,
  aiGatewayGet: () => aiGatewayGet,
  aiGatewayList: () => aiGatewayList,
  aiGatewayUpdate: () => aiGatewayUpdate
});
module.exports = __toCommonJS(ai_gateway_exports);
var import_pagination = require("../core/pagination.js");
var import_path = require("../internal/path.js");
var import_ai_gateway_validators = require("./ai-gateway.validators.js");
function aiGatewayCreate(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_ai_gateway_validators.isAIGatewayCreateResponse,
      explain: import_ai_gateway_validators.explainAIGatewayCreateResponse,
      retrySafe: false
    };
  }, options);
}
function aiGatewayDelete(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_ai_gateway_validators.isAIGatewayDeleteArgs, import_ai_gateway_validators.explainAIGatewayDeleteArgs);
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_ai_gateway_validators.isAIGatewayDeleteResponse,
      explain: import_ai_gateway_validators.explainAIGatewayDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function aiGatewayGet(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_ai_gateway_validators.isAIGatewayGetArgs, import_ai_gateway_validators.explainAIGatewayGetArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_ai_gateway_validators.isAIGatewayGetResponse,
      explain: import_ai_gateway_validators.explainAIGatewayGetResponse,
      retrySafe: true
    };
  }, options);
}
function aiGatewayList(client, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, import_ai_gateway_validators.isAIGatewayListArgs, import_ai_gateway_validators.explainAIGatewayListArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways",
        { account_id: accountIdParam }
      ),
      query: { page: params.page, per_page: params.per_page, search: params.search },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: import_ai_gateway_validators.isAIGatewayListResponse,
      explain: import_ai_gateway_validators.explainAIGatewayListResponse,
      retrySafe: true
    };
  }, options);
}
function aiGatewayUpdate(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_ai_gateway_validators.isAIGatewayUpdateArgs, import_ai_gateway_validators.explainAIGatewayUpdateArgs);
    return {
      method: "put",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{id}",
        { account_id: accountIdParam, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_ai_gateway_validators.isAIGatewayUpdateResponse,
      explain: import_ai_gateway_validators.explainAIGatewayUpdateResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  aiGatewayCreate,
  aiGatewayDelete,
  aiGatewayGet,
  aiGatewayList,
  aiGatewayUpdate
});
