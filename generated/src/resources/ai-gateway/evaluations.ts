import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import type { EvaluationCreateParams, EvaluationCreateResponse, EvaluationDeleteParams, EvaluationDeleteResponse, EvaluationGetParams, EvaluationGetResponse, EvaluationListParams, EvaluationListResponse } from './evaluations.types.js';
import type * as Validators from './evaluations.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./evaluations.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.evaluations`. */
export class Evaluations {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Evaluation
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-create-evaluations`)
   */
  create(gatewayId: string, params: EvaluationCreateParams = {}, options?: RequestOptions): APIPromise<EvaluationCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<EvaluationCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isEvaluationCreateArgs, v.explainEvaluationCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationCreateResponse,
        explain: v.explainEvaluationCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete a Evaluation
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-delete-evaluations`)
   */
  delete(gatewayId: string, id: string, params: EvaluationDeleteParams = {}, options?: RequestOptions): APIPromise<EvaluationDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<EvaluationDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id: id }, v.isEvaluationDeleteArgs, v.explainEvaluationDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationDeleteResponse,
        explain: v.explainEvaluationDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Fetch a Evaluation
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}` (operationId `aig-config-fetch-evaluations`)
   */
  get(gatewayId: string, id: string, params: EvaluationGetParams = {}, options?: RequestOptions): APIPromise<EvaluationGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<EvaluationGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id: id }, v.isEvaluationGetArgs, v.explainEvaluationGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationGetResponse,
        explain: v.explainEvaluationGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List Evaluations
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations` (operationId `aig-config-list-evaluations`)
   */
  list(gatewayId: string, params: EvaluationListParams = {}, options?: RequestOptions): APIPromise<EvaluationListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<EvaluationListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isEvaluationListArgs, v.explainEvaluationListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { name: params.name, page: params.page, per_page: params.per_page, processed: params.processed, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isEvaluationListResponse,
        explain: v.explainEvaluationListResponse,
        retrySafe: true,
      };
    }), options);
  }
}
