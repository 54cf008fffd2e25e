/**
 * The operations of `client.aiGateway.datasets` (class `AiGatewayDatasets`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { DatasetCreateParams, DatasetCreateResponse, DatasetDeleteParams, DatasetDeleteResponse, DatasetGetParams, DatasetGetResponse, DatasetListParams, DatasetListResponse, DatasetUpdateParams, DatasetUpdateResponse } from './datasets.types.js';
import { explainDatasetCreateArgs, explainDatasetCreateResponse, explainDatasetDeleteArgs, explainDatasetDeleteResponse, explainDatasetGetArgs, explainDatasetGetResponse, explainDatasetListArgs, explainDatasetListResponse, explainDatasetUpdateArgs, explainDatasetUpdateResponse, isDatasetCreateArgs, isDatasetCreateResponse, isDatasetDeleteArgs, isDatasetDeleteResponse, isDatasetGetArgs, isDatasetGetResponse, isDatasetListArgs, isDatasetListResponse, isDatasetUpdateArgs, isDatasetUpdateResponse } from './datasets.validators.js';

export type * from './datasets.types.js';

/**
 * Create a new Dataset
 *
 * Creates a new AI Gateway.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-create-dataset`)
 *
 * The same as `client.aiGateway.datasets.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function datasetCreate(client: APIClient, gatewayId: string, params: DatasetCreateParams = {}, options?: RequestOptions): APIPromise<DatasetCreateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DatasetCreateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isDatasetCreateArgs, explainDatasetCreateArgs);
    return {
      method: "post",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets", { account_id: accountIdParam, gateway_id: gatewayId }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetCreateResponse,
      explain: explainDatasetCreateResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Delete a Dataset
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-delete-dataset`)
 *
 * The same as `client.aiGateway.datasets.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function datasetDelete(client: APIClient, gatewayId: string, id: string, params: DatasetDeleteParams = {}, options?: RequestOptions): APIPromise<DatasetDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DatasetDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isDatasetDeleteArgs, explainDatasetDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetDeleteResponse,
      explain: explainDatasetDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Fetch a Dataset
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-fetch-dataset`)
 *
 * The same as `client.aiGateway.datasets.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function datasetGet(client: APIClient, gatewayId: string, id: string, params: DatasetGetParams = {}, options?: RequestOptions): APIPromise<DatasetGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DatasetGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isDatasetGetArgs, explainDatasetGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetGetResponse,
      explain: explainDatasetGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List Datasets
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets` (operationId `aig-config-list-dataset`)
 *
 * The same as `client.aiGateway.datasets.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function datasetList(client: APIClient, gatewayId: string, params: DatasetListParams = {}, options?: RequestOptions): APIPromise<DatasetListResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DatasetListResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isDatasetListArgs, explainDatasetListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets", { account_id: accountIdParam, gateway_id: gatewayId }),
      query: { enable: params.enable, name: params.name, page: params.page, per_page: params.per_page, search: params.search },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetListResponse,
      explain: explainDatasetListResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Update a Dataset
 *
 * Updates an existing AI Gateway dataset.
 *
 * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}` (operationId `aig-config-update-dataset`)
 *
 * The same as `client.aiGateway.datasets.update()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function datasetUpdate(client: APIClient, gatewayId: string, id: string, params: DatasetUpdateParams = {}, options?: RequestOptions): APIPromise<DatasetUpdateResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<DatasetUpdateResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isDatasetUpdateArgs, explainDatasetUpdateArgs);
    return {
      method: "put",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetUpdateResponse,
      explain: explainDatasetUpdateResponse,
      retrySafe: true,
    };
  }, options);
}
