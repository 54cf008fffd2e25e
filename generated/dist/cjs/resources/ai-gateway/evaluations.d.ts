/**
 * The operations of `client.aiGateway.evaluations` (class `AiGatewayEvaluations`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { EvaluationCreateParams, EvaluationCreateResponse, EvaluationDeleteParams, EvaluationDeleteResponse, EvaluationGetParams, EvaluationGetResponse, EvaluationListParams, EvaluationListResponse } from './evaluations.types.js';
export type * from './evaluations.types.js';
/**
 * Create a new Evaluation
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-create-evaluations`)
 *
 * The same as `client.aiGateway.evaluations.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const evaluation = await evaluationCreate(client, 'my-gateway');
 * ```
 */
export declare function evaluationCreate(client: APIClient, gatewayId: string, params?: EvaluationCreateParams, options?: RequestOptions): APIPromise<EvaluationCreateResponse>;
/**
 * Delete a Evaluation
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-delete-evaluations`)
 *
 * The same as `client.aiGateway.evaluations.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const evaluation = await evaluationDelete(client, 'my-gateway', 'id');
 * ```
 */
export declare function evaluationDelete(client: APIClient, gatewayId: string, id: string, params?: EvaluationDeleteParams, options?: RequestOptions): APIPromise<EvaluationDeleteResponse>;
/**
 * Fetch a Evaluation
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-fetch-evaluations`)
 *
 * The same as `client.aiGateway.evaluations.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const evaluation = await evaluationGet(client, 'my-gateway', 'id');
 * ```
 */
export declare function evaluationGet(client: APIClient, gatewayId: string, id: string, params?: EvaluationGetParams, options?: RequestOptions): APIPromise<EvaluationGetResponse>;
/**
 * List Evaluations
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-list-evaluations`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.evaluations.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const evaluation of evaluationList(client, 'my-gateway')) {
 *   console.log(evaluation);
 * }
 * ```
 */
export declare function evaluationList(client: APIClient, gatewayId: string, params?: EvaluationListParams, options?: RequestOptions): PagePromise<EvaluationListResponse[number]>;
