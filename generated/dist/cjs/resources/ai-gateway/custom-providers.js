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
var custom_providers_exports = {};
__export(custom_providers_exports, {
  customProviderCreate: () => customProviderCreate,
  customProviderDelete: () => customProviderDelete,
  customProviderEdit: () => customProviderEdit,
  customProviderGet: () => customProviderGet,
  customProviderList: () => customProviderList
});
module.exports = __toCommonJS(custom_providers_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_custom_providers_validators = require("./custom-providers.validators.js");
function customProviderCreate(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_custom_providers_validators.isCustomProviderCreateResponse,
      explain: import_custom_providers_validators.explainCustomProviderCreateResponse,
      retrySafe: false
    };
  }, options);
}
function customProviderDelete(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { id },
      import_custom_providers_validators.isCustomProviderDeleteArgs,
      import_custom_providers_validators.explainCustomProviderDeleteArgs
    );
    return {
      method: "delete",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_custom_providers_validators.isCustomProviderDeleteResponse,
      explain: import_custom_providers_validators.explainCustomProviderDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function customProviderEdit(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_custom_providers_validators.isCustomProviderEditArgs, import_custom_providers_validators.explainCustomProviderEditArgs);
    return {
      method: "patch",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/{id}",
        { account_id: accountIdParam, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_custom_providers_validators.isCustomProviderEditResponse,
      explain: import_custom_providers_validators.explainCustomProviderEditResponse,
      retrySafe: false
    };
  }, options);
}
function customProviderGet(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, import_custom_providers_validators.isCustomProviderGetArgs, import_custom_providers_validators.explainCustomProviderGetArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_custom_providers_validators.isCustomProviderGetResponse,
      explain: import_custom_providers_validators.explainCustomProviderGetResponse,
      retrySafe: true
    };
  }, options);
}
function customProviderList(client, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, import_custom_providers_validators.isCustomProviderListArgs, import_custom_providers_validators.explainCustomProviderListArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/custom-providers",
        { account_id: accountIdParam }
      ),
      query: {
        beta: params.beta,
        enable: params.enable,
        page: params.page,
        per_page: params.per_page,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: import_custom_providers_validators.isCustomProviderListResponse,
      explain: import_custom_providers_validators.explainCustomProviderListResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  customProviderCreate,
  customProviderDelete,
  customProviderEdit,
  customProviderGet,
  customProviderList
});
