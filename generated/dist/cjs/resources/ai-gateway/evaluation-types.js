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
var evaluation_types_exports = {};
__export(evaluation_types_exports, {
  evaluationTypeList: () => evaluationTypeList
});
module.exports = __toCommonJS(evaluation_types_exports);
var import_pagination = require("../../core/pagination.js");
var import_path = require("../../internal/path.js");
var import_evaluation_types_validators = require("./evaluation-types.validators.js");
function evaluationTypeList(client, params = {}, options) {
  return (0, import_pagination.requestPage)(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, import_evaluation_types_validators.isEvaluationTypeListArgs, import_evaluation_types_validators.explainEvaluationTypeListArgs);
    return {
      method: "get",
      path: (0, import_path.expandPath)(
        "/accounts/{account_id}/ai-gateway/evaluation-types",
        { account_id: accountIdParam }
      ),
      query: {
        order_by: params.order_by,
        order_by_direction: params.order_by_direction,
        page: params.page,
        per_page: params.per_page
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
      check: import_evaluation_types_validators.isEvaluationTypeListResponse,
      explain: import_evaluation_types_validators.explainEvaluationTypeListResponse,
      retrySafe: true
    };
  }, options);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  evaluationTypeList
});
