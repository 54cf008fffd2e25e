import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { expandPath } from '../../../core/path.js';
import type { VersionCreateParams, VersionCreateResponse, VersionGetParams, VersionGetResponse, VersionListParams, VersionListResponse } from './versions.types.js';
import type * as Validators from './versions.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./versions.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.dynamicRouting.versions`. */
export class Versions {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new AI Gateway Dynamic Route Version.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-post-gateway-dynamic-route-version`)
   */
  create(gatewayId: string, id: string, params: VersionCreateParams = {}, options?: RequestOptions): APIPromise<VersionCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<VersionCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isVersionCreateResponse,
        explain: v.explainVersionCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Get an AI Gateway Dynamic Route Version.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}` (operationId `aig-config-get-gateway-dynamic-route-version`)
   */
  get(gatewayId: string, id: string, versionId: string, params: VersionGetParams = {}, options?: RequestOptions): APIPromise<VersionGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<VersionGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id, version_id: versionId }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isVersionGetResponse,
        explain: v.explainVersionGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List all AI Gateway Dynamic Route Versions.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions` (operationId `aig-config-list-gateway-dynamic-route-versions`)
   */
  list(gatewayId: string, id: string, params: VersionListParams = {}, options?: RequestOptions): APIPromise<VersionListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<VersionListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "data",
        check: v.isVersionListResponse,
        explain: v.explainVersionListResponse,
        retrySafe: true,
      };
    }), options);
  }
}
