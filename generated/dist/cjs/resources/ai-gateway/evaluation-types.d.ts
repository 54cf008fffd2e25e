/**
 * The operations of `client.aiGateway.evaluationTypes` (class `AiGatewayEvaluationTypes`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { EvaluationTypeListParams, EvaluationTypeListResponse } from './evaluation-types.types.js';
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
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const evaluationType of evaluationTypeList(client)) {
 *   console.log(evaluationType);
 * }
 * ```
 */
export declare function evaluationTypeList(client: APIClient, params?: EvaluationTypeListParams, options?: RequestOptions): PagePromise<EvaluationTypeListResponse[number]>;
