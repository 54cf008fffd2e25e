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
var versions_exports = {};
__export(versions_exports, {
  versionCreate: () => versionCreate,
  versionGet: () => versionGet,
  versionList: () => versionList
});
module.exports = __toCommonJS(versions_exports);
var import_path = require("../../../internal/path.js");
var import_versions_validators = require("./versions.validators.js");
function versionCreate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_versions_validators.isVersionCreateResponse,
      explain: import_versions_validators.explainVersionCreateResponse,
      retrySafe: false
    };
  }, options);
}
function versionGet(client, gatewayId, id, versionId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id, version_id: versionId }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_versions_validators.isVersionGetResponse,
      explain: import_versions_validators.explainVersionGetResponse,
      retrySafe: true
    };
  }, options);
}
function versionList(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      check: import_versions_validators.isVersionListResponse,
      explain: import_versions_validators.explainVersionListResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  versionCreate,
  versionGet,
  versionList
});
