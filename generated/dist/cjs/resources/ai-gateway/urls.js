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
var urls_exports = {};
__export(urls_exports, {
  urlGet: () => urlGet
});
module.exports = __toCommonJS(urls_exports);
var import_path = require("../../internal/path.js");
var import_urls_validators = require("./urls.validators.js");
function urlGet(client, gatewayId, provider, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, provider },
      import_urls_validators.isUrlGetArgs,
      import_urls_validators.explainUrlGetArgs
    );
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}",
        { account_id: accountIdParam, gateway_id: gatewayId, provider }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: import_urls_validators.isUrlGetResponse,
      explain: import_urls_validators.explainUrlGetResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  urlGet
});
