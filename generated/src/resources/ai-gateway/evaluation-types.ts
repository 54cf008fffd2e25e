/**
 * The operations of `client.aiGateway.evaluationTypes` (class `AiGatewayEvaluationTypes`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import { requestPage, type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { EvaluationTypeListParams, EvaluationTypeListResponse } from './evaluation-types.types.js';
import { explainEvaluationTypeListArgs, explainEvaluationTypeListResponse, isEvaluationTypeListArgs, isEvaluationTypeListResponse } from './evaluation-types.validators.js';

export type * from './evaluation-types.types.js';

/**
 * List Evaluators
 *
 * Lists all available evaluator types for scoring AI gateway responses.
 *
 * `GET /accounts/{account_id}/ai-gateway/evaluation-types` (operationId `aig-config-list-evaluators`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.evaluationTypes.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function evaluationTypeList(client: APIClient, params: EvaluationTypeListParams = {}, options?: RequestOptions): PagePromise<EvaluationTypeListResponse[number]> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return requestPage<EvaluationTypeListResponse[number]>(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isEvaluationTypeListArgs, explainEvaluationTypeListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/evaluation-types", { account_id: accountIdParam }),
      query: { order_by: params.order_by, order_by_direction: params.order_by_direction, page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationTypeListResponse,
      explain: explainEvaluationTypeListResponse,
      retrySafe: true,
    };
  }, options);
}
