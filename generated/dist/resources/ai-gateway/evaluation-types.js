import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./evaluation-types.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class EvaluationTypes {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * List Evaluators
   *
   * Lists all available evaluator types for scoring AI gateway responses.
   *
   * `GET /accounts/{account_id}/ai-gateway/evaluation-types` (operationId `aig-config-list-evaluators`)
   *
   * Returns the first page; `for await` over the result walks every item of every page.
   */
  list(params = {}, options) {
    return requestPage(this._client, () => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isEvaluationTypeListArgs, v.explainEvaluationTypeListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/evaluation-types", { account_id: accountIdParam }),
        query: { order_by: params.order_by, order_by_direction: params.order_by_direction, page: params.page, per_page: params.per_page },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationTypeListResponse,
        explain: v.explainEvaluationTypeListResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  EvaluationTypes
};
