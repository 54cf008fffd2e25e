import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import type {
  CustomDomainCreateParams,
  CustomDomainCreateResponse,
  CustomDomainDeleteParams,
  CustomDomainDeleteResponse,
  CustomDomainGetParams,
  CustomDomainGetResponse,
  CustomDomainListParams,
  CustomDomainListResponse,
} from './custom-domains.types.js';
import {
  isCustomDomainCreateArgs,
  explainCustomDomainCreateArgs,
  isCustomDomainCreateResponse,
  explainCustomDomainCreateResponse,
  isCustomDomainDeleteArgs,
  explainCustomDomainDeleteArgs,
  isCustomDomainDeleteResponse,
  explainCustomDomainDeleteResponse,
  isCustomDomainGetArgs,
  explainCustomDomainGetArgs,
  isCustomDomainGetResponse,
  explainCustomDomainGetResponse,
  isCustomDomainListArgs,
  explainCustomDomainListArgs,
  isCustomDomainListResponse,
  explainCustomDomainListResponse,
} from './custom-domains.validators.js';

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
  create(
    gatewayId: string,
    params: CustomDomainCreateParams = {},
    options?: RequestOptions,
  ): APIPromise<CustomDomainCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainCreateResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs(
        { ...params, gateway_id: gatewayId },
        isCustomDomainCreateArgs,
        explainCustomDomainCreateArgs,
      );
      return {
        method: 'post',
        path: expandPath('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains', {
          account_id: accountIdParam,
          gateway_id: gatewayId,
        }),
        body: params.body,
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCustomDomainCreateResponse,
        explain: explainCustomDomainCreateResponse,
        retrySafe: false,
      };
    }, options);
  }

  /**
   * Delete a Custom Domain
   *
   * Deletes an AI Gateway dataset.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
   */
  delete(
    gatewayId: string,
    hostname: string,
    params: CustomDomainDeleteParams = {},
    options?: RequestOptions,
  ): APIPromise<CustomDomainDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainDeleteResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs(
        { ...params, gateway_id: gatewayId, hostname: hostname },
        isCustomDomainDeleteArgs,
        explainCustomDomainDeleteArgs,
      );
      return {
        method: 'delete',
        path: expandPath('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}', {
          account_id: accountIdParam,
          gateway_id: gatewayId,
          hostname: hostname,
        }),
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCustomDomainDeleteResponse,
        explain: explainCustomDomainDeleteResponse,
        retrySafe: true,
      };
    }, options);
  }

  /**
   * Fetch a Custom Domain
   *
   * Retrieves details for a specific AI Gateway dataset.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
   */
  get(
    gatewayId: string,
    hostname: string,
    params: CustomDomainGetParams = {},
    options?: RequestOptions,
  ): APIPromise<CustomDomainGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainGetResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs(
        { ...params, gateway_id: gatewayId, hostname: hostname },
        isCustomDomainGetArgs,
        explainCustomDomainGetArgs,
      );
      return {
        method: 'get',
        path: expandPath('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}', {
          account_id: accountIdParam,
          gateway_id: gatewayId,
          hostname: hostname,
        }),
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCustomDomainGetResponse,
        explain: explainCustomDomainGetResponse,
        retrySafe: true,
      };
    }, options);
  }

  /**
   * List Custom Domains
   *
   * Lists all AI Gateway evaluator types configured for the account.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
   */
  list(
    gatewayId: string,
    params: CustomDomainListParams = {},
    options?: RequestOptions,
  ): APIPromise<CustomDomainListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<CustomDomainListResponse>(() => {
      const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
      this._client.checkArgs({ ...params, gateway_id: gatewayId }, isCustomDomainListArgs, explainCustomDomainListArgs);
      return {
        method: 'get',
        path: expandPath('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains', {
          account_id: accountIdParam,
          gateway_id: gatewayId,
        }),
        query: { page: params.page, per_page: params.per_page, search: params.search, status: params.status },
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isCustomDomainListResponse,
        explain: explainCustomDomainListResponse,
        retrySafe: true,
      };
    }, options);
  }
}
