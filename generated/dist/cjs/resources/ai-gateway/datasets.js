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
var datasets_exports = {};
__export(datasets_exports, {
  datasetCreate: () => datasetCreate,
  datasetDelete: () => datasetDelete,
  datasetGet: () => datasetGet,
  datasetList: () => datasetList,
  datasetUpdate: () => datasetUpdate
});
module.exports = __toCommonJS(datasets_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_datasets_validators = require("./datasets.validators.js");
function datasetCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_datasets_validators.isDatasetCreateArgs,
      import_datasets_validators.explainDatasetCreateArgs
    );
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_datasets_validators.isDatasetCreateResponse,
      explain: import_datasets_validators.explainDatasetCreateResponse,
      retrySafe: false
    };
  }, options);
}
function datasetDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_datasets_validators.isDatasetDeleteArgs,
      import_datasets_validators.explainDatasetDeleteArgs
    );
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_datasets_validators.isDatasetDeleteResponse,
      explain: import_datasets_validators.explainDatasetDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function datasetGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_datasets_validators.isDatasetGetArgs,
      import_datasets_validators.explainDatasetGetArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_datasets_validators.isDatasetGetResponse,
      explain: import_datasets_validators.explainDatasetGetResponse,
      retrySafe: true
    };
  }, options);
}
function datasetList(client, gatewayId, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, import_datasets_validators.isDatasetListArgs, import_datasets_validators.explainDatasetListArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        enable: params.enable,
        name: params.name,
        page: params.page,
        per_page: params.per_page,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: import_datasets_validators.isDatasetListResponse,
      explain: import_datasets_validators.explainDatasetListResponse,
      retrySafe: true
    };
  }, options);
}
function datasetUpdate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_datasets_validators.isDatasetUpdateArgs,
      import_datasets_validators.explainDatasetUpdateArgs
    );
    return {
      method: "put",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_datasets_validators.isDatasetUpdateResponse,
      explain: import_datasets_validators.explainDatasetUpdateResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  datasetCreate,
  datasetDelete,
  datasetGet,
  datasetList,
  datasetUpdate
});
