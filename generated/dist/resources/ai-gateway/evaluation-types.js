import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainEvaluationTypeListArgs,
  explainEvaluationTypeListResponse,
  isEvaluationTypeListArgs,
  isEvaluationTypeListResponse
} from "./evaluation-types.validators.js";
function evaluationTypeList(client, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isEvaluationTypeListArgs, explainEvaluationTypeListArgs);
    return {
      method: "get",
      path: expandPath(
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
      check: isEvaluationTypeListResponse,
      explain: explainEvaluationTypeListResponse,
      retrySafe: true
    };
  }, options);
}
export {
  evaluationTypeList
};
