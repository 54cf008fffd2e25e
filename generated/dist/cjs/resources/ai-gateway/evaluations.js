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
var evaluations_exports = {};
__export(evaluations_exports, {
  evaluationCreate: () => evaluationCreate,
  evaluationDelete: () => evaluationDelete,
  evaluationGet: () => evaluationGet,
  evaluationList: () => evaluationList
});
module.exports = __toCommonJS(evaluations_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_evaluations_validators = require("./evaluations.validators.js");
function evaluationCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_evaluations_validators.isEvaluationCreateArgs,
      import_evaluations_validators.explainEvaluationCreateArgs
    );
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_evaluations_validators.isEvaluationCreateResponse,
      explain: import_evaluations_validators.explainEvaluationCreateResponse,
      retrySafe: false
    };
  }, options);
}
function evaluationDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_evaluations_validators.isEvaluationDeleteArgs,
      import_evaluations_validators.explainEvaluationDeleteArgs
    );
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_evaluations_validators.isEvaluationDeleteResponse,
      explain: import_evaluations_validators.explainEvaluationDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function evaluationGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      import_evaluations_validators.isEvaluationGetArgs,
      import_evaluations_validators.explainEvaluationGetArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_evaluations_validators.isEvaluationGetResponse,
      explain: import_evaluations_validators.explainEvaluationGetResponse,
      retrySafe: true
    };
  }, options);
}
function evaluationList(client, gatewayId, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      import_evaluations_validators.isEvaluationListArgs,
      import_evaluations_validators.explainEvaluationListArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        name: params.name,
        page: params.page,
        per_page: params.per_page,
        processed: params.processed,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: import_evaluations_validators.isEvaluationListResponse,
      explain: import_evaluations_validators.explainEvaluationListResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  evaluationCreate,
  evaluationDelete,
  evaluationGet,
  evaluationList
});
