import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { EvaluationCreateParams, EvaluationCreateResponse, EvaluationDeleteParams, EvaluationDeleteResponse, EvaluationGetParams, EvaluationGetResponse, EvaluationListParams, EvaluationListResponse } from './evaluations.types.js';
/** Operations under `aiGateway.evaluations`. */
export declare class Evaluations {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a new Evaluation
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-create-evaluations`)
     */
    create(gatewayId: string, params?: EvaluationCreateParams, options?: RequestOptions): APIPromise<EvaluationCreateResponse>;
    /**
     * Delete a Evaluation
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-delete-evaluations`)
     */
    delete(gatewayId: string, id: string, params?: EvaluationDeleteParams, options?: RequestOptions): APIPromise<EvaluationDeleteResponse>;
    /**
     * Fetch a Evaluation
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-fetch-evaluations`)
     */
    get(gatewayId: string, id: string, params?: EvaluationGetParams, options?: RequestOptions): APIPromise<EvaluationGetResponse>;
    /**
     * List Evaluations
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-list-evaluations`)
     */
    list(gatewayId: string, params?: EvaluationListParams, options?: RequestOptions): APIPromise<EvaluationListResponse>;
}
