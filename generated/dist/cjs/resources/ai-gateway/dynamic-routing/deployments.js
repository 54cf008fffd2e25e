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
var deployments_exports = {};
__export(deployments_exports, {
  deploymentCreate: () => deploymentCreate,
  deploymentList: () => deploymentList
});
module.exports = __toCommonJS(deployments_exports);
var import_path = require("../../../internal/path.js");
var import_deployments_validators = require("./deployments.validators.js");
function deploymentCreate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_deployments_validators.isDeploymentCreateResponse,
      explain: import_deployments_validators.explainDeploymentCreateResponse,
      retrySafe: false
    };
  }, options);
}
function deploymentList(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      check: import_deployments_validators.isDeploymentListResponse,
      explain: import_deployments_validators.explainDeploymentListResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  deploymentCreate,
  deploymentList
});
