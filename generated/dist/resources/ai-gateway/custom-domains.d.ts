import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { CustomDomainCreateParams, CustomDomainCreateResponse, CustomDomainDeleteParams, CustomDomainDeleteResponse, CustomDomainGetParams, CustomDomainGetResponse, CustomDomainListParams, CustomDomainListResponse } from './custom-domains.types.js';
/** Operations under `aiGateway.customDomains`. */
export declare class CustomDomains {
    private readonly _client;
    constructor(_client: APIClient);
    /**
     * Create a custom domain for a gateway
     *
     * Provisions a Cloudflare-for-SaaS custom hostname and returns the CNAME target to point DNS at.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-create-custom-domain`)
     */
    create(gatewayId: string, params?: CustomDomainCreateParams, options?: RequestOptions): APIPromise<CustomDomainCreateResponse>;
    /**
     * Delete a Custom Domain
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
     */
    delete(gatewayId: string, hostname: string, params?: CustomDomainDeleteParams, options?: RequestOptions): APIPromise<CustomDomainDeleteResponse>;
    /**
     * Fetch a Custom Domain
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
     */
    get(gatewayId: string, hostname: string, params?: CustomDomainGetParams, options?: RequestOptions): APIPromise<CustomDomainGetResponse>;
    /**
     * List Custom Domains
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
     */
    list(gatewayId: string, params?: CustomDomainListParams, options?: RequestOptions): APIPromise<CustomDomainListResponse>;
}
