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
var dynamic_routing_exports = {};
__export(dynamic_routing_exports, {
  dynamicRoutingCreate: () => dynamicRoutingCreate,
  dynamicRoutingDelete: () => dynamicRoutingDelete,
  dynamicRoutingGet: () => dynamicRoutingGet,
  dynamicRoutingList: () => dynamicRoutingList,
  dynamicRoutingUpdate: () => dynamicRoutingUpdate
});
module.exports = __toCommonJS(dynamic_routing_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_dynamic_routing_validators = require("./dynamic-routing.validators.js");
function dynamicRoutingCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_dynamic_routing_validators.isDynamicRoutingCreateResponse,
      explain: import_dynamic_routing_validators.explainDynamicRoutingCreateResponse,
      retrySafe: false
    };
  }, options);
}
function dynamicRoutingDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_dynamic_routing_validators.isDynamicRoutingDeleteResponse,
      explain: import_dynamic_routing_validators.explainDynamicRoutingDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function dynamicRoutingGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_dynamic_routing_validators.isDynamicRoutingGetResponse,
      explain: import_dynamic_routing_validators.explainDynamicRoutingGetResponse,
      retrySafe: true
    };
  }, options);
}
function dynamicRoutingList(client, gatewayId, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_dynamic_routing_validators.isDynamicRoutingListArgs,
      import_dynamic_routing_validators.explainDynamicRoutingListArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: { page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: ["routes"] },
      check: import_dynamic_routing_validators.isDynamicRoutingListResponse,
      explain: import_dynamic_routing_validators.explainDynamicRoutingListResponse,
      retrySafe: true
    };
  }, options);
}
function dynamicRoutingUpdate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "patch",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "route",
      check: import_dynamic_routing_validators.isDynamicRoutingUpdateResponse,
      explain: import_dynamic_routing_validators.explainDynamicRoutingUpdateResponse,
      retrySafe: false
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  dynamicRoutingCreate,
  dynamicRoutingDelete,
  dynamicRoutingGet,
  dynamicRoutingList,
  dynamicRoutingUpdate
});
