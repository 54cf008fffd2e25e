import type { APIClient, RequestOptions } from '../../core/api-client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { encodePath } from '../../core/path.js';
import type { LogGetParams, LogGetResponse } from './logs.types.js';
import { isLogGetArgs, explainLogGetArgs, isLogGetResponse, explainLogGetResponse } from './logs.validators.js';

/** Operations under `aiGateway.logs`. */
export class Logs {
  constructor(private readonly _client: APIClient) {}

  /**
   * Get Gateway Log Detail
   *
   * Retrieves detailed information for a specific AI Gateway log entry.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
   */
  get(gatewayId: string, id: string, params: LogGetParams = {}, options?: RequestOptions): APIPromise<LogGetResponse> {
    const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
    this._client.checkArgs({ ...params, gateway_id: gatewayId, id: id }, isLogGetArgs, explainLogGetArgs);
    return this._client.request<LogGetResponse>(
      {
        method: 'get',
        path: encodePath`/accounts/${accountIdParam}/ai-gateway/gateways/${gatewayId}/logs/${id}`,
        security: [['api_token'], ['api_email', 'api_key']],
        envelope: 'result',
        check: isLogGetResponse,
        explain: explainLogGetResponse,
        retrySafe: true,
      },
      options,
    );
  }
}
