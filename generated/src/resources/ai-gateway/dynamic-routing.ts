import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { expandPath } from '../../core/path.js';
import { Deployments } from './dynamic-routing/deployments.js';
import { Versions } from './dynamic-routing/versions.js';
import type { DynamicRoutingCreateParams, DynamicRoutingCreateResponse, DynamicRoutingDeleteParams, DynamicRoutingDeleteResponse, DynamicRoutingGetParams, DynamicRoutingGetResponse, DynamicRoutingListParams, DynamicRoutingListResponse, DynamicRoutingUpdateParams, DynamicRoutingUpdateResponse } from './dynamic-routing.types.js';
import type * as Validators from './dynamic-routing.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./dynamic-routing.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.dynamicRouting`. */
export class DynamicRouting {
  #deployments: Deployments | undefined;
  #versions: Versions | undefined;

  constructor(private readonly _client: APIClient) {}

  /** Deployments operations, created on first use. */
  get deployments(): Deployments {
    return (this.#deployments ??= new Deployments(this._client));
  }

  /** Versions operations, created on first use. */
  get versions(): Versions {
    return (this.#versions ??= new Versions(this._client));
  }

  /**
   * Create a new AI Gateway Dynamic Route.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-post-gateway-dynamic-route`)
   */
  create(gatewayId: string, params: DynamicRoutingCreateParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DynamicRoutingCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes", { account_id: accountIdParam, gateway_id: gatewayId }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDynamicRoutingCreateResponse,
        explain: v.explainDynamicRoutingCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * Delete an AI Gateway Dynamic Route.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-delete-gateway-dynamic-route`)
   */
  delete(gatewayId: string, id: string, params: DynamicRoutingDeleteParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingDeleteResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DynamicRoutingDeleteResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDynamicRoutingDeleteResponse,
        explain: v.explainDynamicRoutingDeleteResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Get an AI Gateway Dynamic Route.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-get-gateway-dynamic-route`)
   */
  get(gatewayId: string, id: string, params: DynamicRoutingGetParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingGetResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DynamicRoutingGetResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDynamicRoutingGetResponse,
        explain: v.explainDynamicRoutingGetResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * List all AI Gateway Dynamic Routes.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes` (operationId `aig-config-list-gateway-dynamic-routes`)
   */
  list(gatewayId: string, params: DynamicRoutingListParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DynamicRoutingListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isDynamicRoutingListArgs, v.explainDynamicRoutingListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { page: params.page, per_page: params.per_page },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "data",
        check: v.isDynamicRoutingListResponse,
        explain: v.explainDynamicRoutingListResponse,
        retrySafe: true,
      };
    }), options);
  }

  /**
   * Update an AI Gateway Dynamic Route.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}` (operationId `aig-config-update-gateway-dynamic-route`)
   */
  update(gatewayId: string, id: string, params: DynamicRoutingUpdateParams = {}, options?: RequestOptions): APIPromise<DynamicRoutingUpdateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DynamicRoutingUpdateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "patch",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "route",
        check: v.isDynamicRoutingUpdateResponse,
        explain: v.explainDynamicRoutingUpdateResponse,
        retrySafe: false,
      };
    }), options);
  }
}
