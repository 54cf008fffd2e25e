import type { APIClient, RequestOptions } from '../../core/api-client.js';
import { requestPage, type PagePromise } from '../../core/pagination.js';
import { expandPath } from '../../core/path.js';
import type { EvaluationTypeListParams, EvaluationTypeListResponse } from './evaluation-types.types.js';
import type * as Validators from './evaluation-types.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./evaluation-types.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.evaluationTypes`. */
export class EvaluationTypes {
  constructor(private readonly _client: APIClient) {}

  /**
   * List Evaluators
   *
   * Lists all available evaluator types for scoring AI gateway responses.
   *
   * `GET /accounts/{account_id}/ai-gateway/evaluation-types` (operationId `aig-config-list-evaluators`)
   *
   * Returns the first page; `for await` over the result walks every item of every page.
   */
  list(params: EvaluationTypeListParams = {}, options?: RequestOptions): PagePromise<EvaluationTypeListResponse[number]> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return requestPage<EvaluationTypeListResponse[number]>(this._client, () => withValidators((v) => {
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
        retrySafe: true,
      };
    }), options);
  }
}
