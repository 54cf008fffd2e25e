import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import type { DatasetCreateParams, DatasetCreateResponse, DatasetDeleteParams, DatasetDeleteResponse, DatasetGetParams, DatasetGetResponse, DatasetListParams, DatasetListResponse, DatasetUpdateParams, DatasetUpdateResponse } from './datasets.types.js';
import type * as Validators from './datasets.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./datasets.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.datasets`. */
export class Datasets {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Dataset
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-create-dataset`)
   */
  create(gatewayId: string, params: DatasetCreateParams = {}, options?: RequestOptions): APIPromise<DatasetCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DatasetCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isDatasetCreateArgs, v.explainDatasetCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetCreateResponse,
        explain: v.explainDatasetCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete a Dataset
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-delete-dataset`)
   */
  delete(gatewayId: string, id: string, params: DatasetDeleteParams = {}, options?: RequestOptions): APIPromise<DatasetDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DatasetDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id: id }, v.isDatasetDeleteArgs, v.explainDatasetDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetDeleteResponse,
        explain: v.explainDatasetDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Fetch a Dataset
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-fetch-dataset`)
   */
  get(gatewayId: string, id: string, params: DatasetGetParams = {}, options?: RequestOptions): APIPromise<DatasetGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DatasetGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id: id }, v.isDatasetGetArgs, v.explainDatasetGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetGetResponse,
        explain: v.explainDatasetGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List Datasets
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-list-dataset`)
   */
  list(gatewayId: string, params: DatasetListParams = {}, options?: RequestOptions): APIPromise<DatasetListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DatasetListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isDatasetListArgs, v.explainDatasetListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { enable: params.enable, name: params.name, page: params.page, per_page: params.per_page, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetListResponse,
        explain: v.explainDatasetListResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Update a Dataset
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-update-dataset`)
   */
  update(gatewayId: string, id: string, params: DatasetUpdateParams = {}, options?: RequestOptions): APIPromise<DatasetUpdateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DatasetUpdateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id: id }, v.isDatasetUpdateArgs, v.explainDatasetUpdateArgs);
      return {
        method: "put",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDatasetUpdateResponse,
        explain: v.explainDatasetUpdateResponse,
        retrySafe: true,
      };
    }), options);
  }
}
