/**
 * The operations of `client.aiGateway.urls` (class `AiGatewayUrls`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { UrlGetParams, UrlGetResponse } from './urls.types.js';
import { explainUrlGetArgs, explainUrlGetResponse, isUrlGetArgs, isUrlGetResponse } from './urls.validators.js';

export type * from './urls.types.js';

/**
 * Get Gateway URL
 *
 * Retrieves the endpoint URL for an AI Gateway.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
 *
 * The same as `client.aiGateway.urls.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function urlGet(client: APIClient, gatewayId: string, provider: string, params: UrlGetParams = {}, options?: RequestOptions): APIPromise<UrlGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<UrlGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, provider: provider }, isUrlGetArgs, explainUrlGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}", { account_id: accountIdParam, gateway_id: gatewayId, provider: provider }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isUrlGetResponse,
      explain: explainUrlGetResponse,
      retrySafe: true,
    };
  }, options);
}
