import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import type { ProviderConfigCreateParams, ProviderConfigCreateResponse, ProviderConfigDeleteParams, ProviderConfigDeleteResponse, ProviderConfigListParams, ProviderConfigListResponse, ProviderConfigUpdateParams, ProviderConfigUpdateResponse } from './provider-configs.types.js';
import type * as Validators from './provider-configs.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./provider-configs.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.providerConfigs`. */
export class ProviderConfigs {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new Provider Configs
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-create-providers`)
   */
  create(gatewayId: string, params: ProviderConfigCreateParams = {}, options?: RequestOptions): APIPromise<ProviderConfigCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ProviderConfigCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isProviderConfigCreateArgs, v.explainProviderConfigCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigCreateResponse,
        explain: v.explainProviderConfigCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete a Provider Configs
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-delete-providers`)
   */
  delete(gatewayId: string, id: string, params: ProviderConfigDeleteParams = {}, options?: RequestOptions): APIPromise<ProviderConfigDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ProviderConfigDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id: id }, v.isProviderConfigDeleteArgs, v.explainProviderConfigDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigDeleteResponse,
        explain: v.explainProviderConfigDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List Provider Configs
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs` (operationId `aig-config-list-providers`)
   */
  list(gatewayId: string, params: ProviderConfigListParams = {}, options?: RequestOptions): APIPromise<ProviderConfigListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ProviderConfigListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isProviderConfigListArgs, v.explainProviderConfigListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { page: params.page, per_page: params.per_page },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigListResponse,
        explain: v.explainProviderConfigListResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Update a Provider Configs
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}` (operationId `aig-config-update-providers`)
   */
  update(gatewayId: string, id: string, params: ProviderConfigUpdateParams = {}, options?: RequestOptions): APIPromise<ProviderConfigUpdateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<ProviderConfigUpdateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id: id }, v.isProviderConfigUpdateArgs, v.explainProviderConfigUpdateArgs);
      return {
        method: "put",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isProviderConfigUpdateResponse,
        explain: v.explainProviderConfigUpdateResponse,
        retrySafe: true,
      };
    }), options);
  }
}
