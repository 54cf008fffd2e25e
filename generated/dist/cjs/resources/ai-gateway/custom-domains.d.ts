/**
 * The operations of `client.aiGateway.customDomains` (class `AiGatewayCustomDomains`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import type { CustomDomainCreateParams, CustomDomainCreateResponse, CustomDomainDeleteParams, CustomDomainDeleteResponse, CustomDomainGetParams, CustomDomainGetResponse, CustomDomainListParams, CustomDomainListResponse } from './custom-domains.types.js';
export type * from './custom-domains.types.js';
/**
 * Create a custom domain for a gateway
 *
 * Provisions a Cloudflare-for-SaaS custom hostname and returns the CNAME target to point DNS at.
 *
 * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-create-custom-domain`)
 *
 * The same as `client.aiGateway.customDomains.create()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const customDomain = await customDomainCreate(client, 'my-gateway');
 * ```
 */
export declare function customDomainCreate(client: APIClient, gatewayId: string, params?: CustomDomainCreateParams, options?: RequestOptions): APIPromise<CustomDomainCreateResponse>;
/**
 * Delete a Custom Domain
 *
 * Deletes an AI Gateway dataset.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-delete-custom-domain`)
 *
 * The same as `client.aiGateway.customDomains.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const customDomain = await customDomainDelete(client, 'my-gateway', 'ai.acme.com');
 * ```
 */
export declare function customDomainDelete(client: APIClient, gatewayId: string, hostname: string, params?: CustomDomainDeleteParams, options?: RequestOptions): APIPromise<CustomDomainDeleteResponse>;
/**
 * Fetch a Custom Domain
 *
 * Retrieves details for a specific AI Gateway dataset.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}` (operationId `aig-config-fetch-custom-domain`)
 *
 * The same as `client.aiGateway.customDomains.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * const customDomain = await customDomainGet(client, 'my-gateway', 'ai.acme.com');
 * ```
 */
export declare function customDomainGet(client: APIClient, gatewayId: string, hostname: string, params?: CustomDomainGetParams, options?: RequestOptions): APIPromise<CustomDomainGetResponse>;
/**
 * List Custom Domains
 *
 * Lists all AI Gateway evaluator types configured for the account.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains` (operationId `aig-config-list-custom-domain`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.customDomains.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 *
 * @example
 * ```ts
 * // Walks every item of every page, fetching pages as it goes.
 * for await (const customDomain of customDomainList(client, 'my-gateway')) {
 *   console.log(customDomain);
 * }
 * ```
 */
export declare function customDomainList(client: APIClient, gatewayId: string, params?: CustomDomainListParams, options?: RequestOptions): PagePromise<CustomDomainListResponse[number]>;
