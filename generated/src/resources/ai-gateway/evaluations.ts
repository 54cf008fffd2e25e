/**
 * The operations of `client.aiGateway.evaluations` (class `AiGatewayEvaluations`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { EvaluationCreateParams, EvaluationCreateResponse, EvaluationDeleteParams, EvaluationDeleteResponse, EvaluationGetParams, EvaluationGetResponse, EvaluationListParams, EvaluationListResponse } from './evaluations.types.js';
import { explainEvaluationCreateArgs, explainEvaluationCreateResponse, explainEvaluationDeleteArgs, explainEvaluationDeleteResponse, explainEvaluationGetArgs, explainEvaluationGetResponse, explainEvaluationListArgs, explainEvaluationListResponse, isEvaluationCreateArgs, isEvaluationCreateResponse, isEvaluationDeleteArgs, isEvaluationDeleteResponse, isEvaluationGetArgs, isEvaluationGetResponse, isEvaluationListArgs, isEvaluationListResponse } from './evaluations.validators.js';

export type * from './evaluations.types.js';

/**
 * Create a new Evaluation
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-create-evaluations`)
 *
 * The same as `client.aiGateway.evaluations.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function evaluationCreate(client: APIClient, gatewayId: string, params: EvaluationCreateParams = {}, options?: RequestOptions): APIPromise<EvaluationCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<EvaluationCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isEvaluationCreateArgs, explainEvaluationCreateArgs);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations", { account_id: accountIdParam, gateway_id: gatewayId }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationCreateResponse,
      explain: explainEvaluationCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete a Evaluation
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-delete-evaluations`)
 *
 * The same as `client.aiGateway.evaluations.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function evaluationDelete(client: APIClient, gatewayId: string, id: string, params: EvaluationDeleteParams = {}, options?: RequestOptions): APIPromise<EvaluationDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<EvaluationDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isEvaluationDeleteArgs, explainEvaluationDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationDeleteResponse,
      explain: explainEvaluationDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Fetch a Evaluation
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-fetch-evaluations`)
 *
 * The same as `client.aiGateway.evaluations.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function evaluationGet(client: APIClient, gatewayId: string, id: string, params: EvaluationGetParams = {}, options?: RequestOptions): APIPromise<EvaluationGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<EvaluationGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isEvaluationGetArgs, explainEvaluationGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationGetResponse,
      explain: explainEvaluationGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List Evaluations
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-list-evaluations`)
 *
 * The same as `client.aiGateway.evaluations.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function evaluationList(client: APIClient, gatewayId: string, params: EvaluationListParams = {}, options?: RequestOptions): APIPromise<EvaluationListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<EvaluationListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isEvaluationListArgs, explainEvaluationListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations", { account_id: accountIdParam, gateway_id: gatewayId }),
      query: { name: params.name, page: params.page, per_page: params.per_page, processed: params.processed, search: params.search },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationListResponse,
      explain: explainEvaluationListResponse,
      retrySafe: true,
    };
  }, options);
}
