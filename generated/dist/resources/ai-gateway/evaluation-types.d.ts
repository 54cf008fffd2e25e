import type { APIClient, RequestOptions } from '../../core/api-client.js';
import { type PagePromise } from '../../core/pagination.js';
import type { EvaluationTypeListParams, EvaluationTypeListResponse } from './evaluation-types.types.js';
/** Operations under `aiGateway.evaluationTypes`. */
export declare class EvaluationTypes {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * List Evaluators
     *
     * Lists all available evaluator types for scoring AI gateway responses.
     *
     * `GET /accounts/{account_id}/ai-gateway/evaluation-types` (operationId `aig-config-list-evaluators`)
     *
     * Returns the first page; `for await` over the result walks every item of every page.
     */
    list(params?: EvaluationTypeListParams, options?: RequestOptions): PagePromise<EvaluationTypeListResponse[number]>;
}
