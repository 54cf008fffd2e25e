import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import { Costs } from './custom-providers/costs.js';
import type { CustomProviderCreateParams, CustomProviderCreateResponse, CustomProviderDeleteParams, CustomProviderDeleteResponse, CustomProviderEditParams, CustomProviderEditResponse, CustomProviderGetParams, CustomProviderGetResponse, CustomProviderListParams, CustomProviderListResponse } from './custom-providers.types.js';
import type * as Validators from './custom-providers.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./custom-providers.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.customProviders`. */
export class CustomProviders {
  #costs: Costs | undefined;

  constructor(private readonly _client: APIClient) {}

  /** Costs operations, created on first use. */
  get costs(): Costs {
    return (this.#costs ??= new Costs(this._client));
  }

  /**
   * Create a new Account Provider
   *
   * Creates a new AI Gateway.
   *
   * `POST /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-create-account-provider`)
   */
  create(params: CustomProviderCreateParams = {}, options?: RequestOptions): APIPromise<CustomProviderCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomProviderCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers", { account_id: accountIdParam }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderCreateResponse,
        explain: v.explainCustomProviderCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete a Account Provider
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-delete-account-provider`)
   */
  delete(id: string, params: CustomProviderDeleteParams = {}, options?: RequestOptions): APIPromise<CustomProviderDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomProviderDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isCustomProviderDeleteArgs, v.explainCustomProviderDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderDeleteResponse,
        explain: v.explainCustomProviderDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Update a Account Provider
   *
   * Updates an existing AI Gateway dataset.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-update-account-provider`)
   */
  edit(id: string, params: CustomProviderEditParams = {}, options?: RequestOptions): APIPromise<CustomProviderEditResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomProviderEditResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isCustomProviderEditArgs, v.explainCustomProviderEditArgs);
      return {
        method: "patch",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderEditResponse,
        explain: v.explainCustomProviderEditResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Fetch a Account Provider
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers/{id}` (operationId `aig-config-fetch-account-provider`)
   */
  get(id: string, params: CustomProviderGetParams = {}, options?: RequestOptions): APIPromise<CustomProviderGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomProviderGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { id: id }, v.isCustomProviderGetArgs, v.explainCustomProviderGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers/{id}", { account_id: accountIdParam, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderGetResponse,
        explain: v.explainCustomProviderGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List Account Providers
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/custom-providers` (operationId `aig-config-list-account-provider`)
   */
  list(params: CustomProviderListParams = {}, options?: RequestOptions): APIPromise<CustomProviderListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomProviderListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, {}, v.isCustomProviderListArgs, v.explainCustomProviderListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/custom-providers", { account_id: accountIdParam }),
        query: { beta: params.beta, enable: params.enable, page: params.page, per_page: params.per_page, search: params.search },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomProviderListResponse,
        explain: v.explainCustomProviderListResponse,
        retrySafe: true,
      };
    }), options);
  }
}
