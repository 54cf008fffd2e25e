import type { APIClient, RequestOptions } from '../../../core/api-client.js';
import type { APIPromise } from '../../../core/api-promise.js';
import { expandPath } from '../../../core/path.js';
import type { DeploymentCreateParams, DeploymentCreateResponse, DeploymentListParams, DeploymentListResponse } from './deployments.types.js';
import type * as Validators from './deployments.validators.js';

// The validators load with the first call that needs them, not with the client: a program
// that calls one resource parses the checks of that resource only.
let validators: typeof Validators | undefined;
let loadingValidators: Promise<typeof Validators> | undefined;

/** Runs `build` with the validators: at once when they are loaded, else once they are. */
function withValidators<T>(build: (v: typeof Validators) => T): T | Promise<T> {
  if (validators !== undefined) return build(validators);
  loadingValidators ??= import('./deployments.validators.js').then((loaded) => (validators = loaded));
  return loadingValidators.then(build);
}

/** Operations under `aiGateway.dynamicRouting.deployments`. */
export class Deployments {
  constructor(private readonly _client: APIClient) {}

  /**
   * Create a new AI Gateway Dynamic Route Deployment.
   *
   * `POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-post-gateway-dynamic-route-deployment`)
   */
  create(gatewayId: string, id: string, params: DeploymentCreateParams = {}, options?: RequestOptions): APIPromise<DeploymentCreateResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DeploymentCreateResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "post",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isDeploymentCreateResponse,
        explain: v.explainDeploymentCreateResponse,
        retrySafe: false,
      };
    }), options);
  }

  /**
   * List all AI Gateway Dynamic Route Deployments.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments` (operationId `aig-config-list-gateway-dynamic-route-deployments`)
   */
  list(gatewayId: string, id: string, params: DeploymentListParams = {}, options?: RequestOptions): APIPromise<DeploymentListResponse> {
    // Built lazily so that a failed argument check rejects the returned promise.
    return this._client.request<DeploymentListResponse>(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "data",
        check: v.isDeploymentListResponse,
        explain: v.explainDeploymentListResponse,
        retrySafe: true,
      };
    }), options);
  }
}
