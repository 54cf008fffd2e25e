import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import type { UrlGetParams, UrlGetResponse } from './urls.types.js';
import type * as Validators from './urls.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./urls.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.urls`. */
export class Urls {
  constructor(private readonly _client: APIClient) {}

  /**
   * Get Gateway URL
   *
   * Retrieves the endpoint URL for an AI Gateway.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
   */
  get(gatewayId: string, provider: string, params: UrlGetParams = {}, options?: RequestOptions): APIPromise<UrlGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<UrlGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, provider: provider }, v.isUrlGetArgs, v.explainUrlGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}", { account_id: accountIdParam, gateway_id: gatewayId, provider: provider }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isUrlGetResponse,
        explain: v.explainUrlGetResponse,
        retrySafe: true,
      };
    }), options);
  }
}
