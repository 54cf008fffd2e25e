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
var logs_exports = {};
__export(logs_exports, {
  logDelete: () => logDelete,
  logEdit: () => logEdit,
  logGet: () => logGet,
  logList: () => logList,
  logRequest: () => logRequest,
  logResponse: () => logResponse
});
module.exports = __toCommonJS(logs_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_logs_validators = require("./logs.validators.js");
function logDelete(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, import_logs_validators.isLogDeleteArgs, import_logs_validators.explainLogDeleteArgs);
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        filters: params.filters,
        limit: params.limit,
        order_by: params.order_by,
        order_by_direction: params.order_by_direction
      },
      security: [["api_token"], ["api_email", "api_key"]],
      check: import_logs_validators.isLogDeleteResponse,
      explain: import_logs_validators.explainLogDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function logEdit(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id }, import_logs_validators.isLogEditArgs, import_logs_validators.explainLogEditArgs);
    return {
      method: "patch",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_logs_validators.isLogEditResponse,
      explain: import_logs_validators.explainLogEditResponse,
      retrySafe: false
    };
  }, options);
}
function logGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id }, import_logs_validators.isLogGetArgs, import_logs_validators.explainLogGetArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_logs_validators.isLogGetResponse,
      explain: import_logs_validators.explainLogGetResponse,
      retrySafe: true
    };
  }, options);
}
function logList(client, gatewayId, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, import_logs_validators.isLogListArgs, import_logs_validators.explainLogListArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        cached: params.cached,
        direction: params.direction,
        end_date: params.end_date,
        feedback: params.feedback,
        filters: params.filters,
        max_cost: params.max_cost,
        max_duration: params.max_duration,
        max_tokens_in: params.max_tokens_in,
        max_tokens_out: params.max_tokens_out,
        max_total_tokens: params.max_total_tokens,
        meta_info: params.meta_info,
        min_cost: params.min_cost,
        min_duration: params.min_duration,
        min_tokens_in: params.min_tokens_in,
        min_tokens_out: params.min_tokens_out,
        min_total_tokens: params.min_total_tokens,
        model: params.model,
        model_type: params.model_type,
        order_by: params.order_by,
        order_by_direction: params.order_by_direction,
        page: params.page,
        per_page: params.per_page,
        provider: params.provider,
        request_content_type: params.request_content_type,
        response_content_type: params.response_content_type,
        search: params.search,
        start_date: params.start_date,
        success: params.success
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: {
        style: "page",
        pageParam: "page",
        sizeParam: "per_page",
        items: [],
        info: ["result_info"]
      },
      check: import_logs_validators.isLogListResponse,
      explain: import_logs_validators.explainLogListResponse,
      retrySafe: true
    };
  }, options);
}
function logRequest(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_logs_validators.isLogRequestArgs,
      import_logs_validators.explainLogRequestArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      check: import_logs_validators.isLogRequestResponse,
      explain: import_logs_validators.explainLogRequestResponse,
      retrySafe: true
    };
  }, options);
}
function logResponse(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_logs_validators.isLogResponseArgs,
      import_logs_validators.explainLogResponseArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      check: import_logs_validators.isLogResponseResponse,
      explain: import_logs_validators.explainLogResponseResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  logDelete,
  logEdit,
  logGet,
  logList,
  logRequest,
  logResponse
});
