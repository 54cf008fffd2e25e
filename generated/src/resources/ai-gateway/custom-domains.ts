import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import type { CustomDomainCreateParams, CustomDomainCreateResponse, CustomDomainDeleteParams, CustomDomainDeleteResponse, CustomDomainGetParams, CustomDomainGetResponse, CustomDomainListParams, CustomDomainListResponse } from './custom-domains.types.js';
import type * as Validators from './custom-domains.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./custom-domains.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.customDomains`. */
export class CustomDomains {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a custom domain for a gateway
   *
   * Provisions a Cloudflare-for-SaaS custom hostname and returns the CNAME target to point DNS at.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-create-custom-domain`)
   */
  create(gatewayId: string, params: CustomDomainCreateParams = {}, options?: RequestOptions): APIPromise<CustomDomainCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isCustomDomainCreateArgs, v.explainCustomDomainCreateArgs);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainCreateResponse,
        explain: v.explainCustomDomainCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete a Custom Domain
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
   */
  delete(gatewayId: string, hostname: string, params: CustomDomainDeleteParams = {}, options?: RequestOptions): APIPromise<CustomDomainDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, hostname: hostname }, v.isCustomDomainDeleteArgs, v.explainCustomDomainDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}", { account_id: accountIdParam, gateway_id: gatewayId, hostname: hostname }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainDeleteResponse,
        explain: v.explainCustomDomainDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Fetch a Custom Domain
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
   */
  get(gatewayId: string, hostname: string, params: CustomDomainGetParams = {}, options?: RequestOptions): APIPromise<CustomDomainGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, hostname: hostname }, v.isCustomDomainGetArgs, v.explainCustomDomainGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}", { account_id: accountIdParam, gateway_id: gatewayId, hostname: hostname }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainGetResponse,
        explain: v.explainCustomDomainGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List Custom Domains
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
   */
  list(gatewayId: string, params: CustomDomainListParams = {}, options?: RequestOptions): APIPromise<CustomDomainListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isCustomDomainListArgs, v.explainCustomDomainListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { page: params.page, per_page: params.per_page, search: params.search, status: params.status },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isCustomDomainListResponse,
        explain: v.explainCustomDomainListResponse,
        retrySafe: true,
      };
    }), options);
  }
}
