import { encodePath } from '../../core/path.js';
import { isLogGetArgs, explainLogGetArgs, isLogGetResponse, explainLogGetResponse } from './logs.validators.js';
/** Operations under `aiGateway.logs`. */
export class Logs {
    _client;
    constructor(_client) {
        this._client = _client;
    }
    /**
     * Get Gateway Log Detail
     *
     * Retrieves detailed information for a specific AI Gateway log entry.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
     */
    get(gatewayId, id, params = {}, options) {
        const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
        this._client.checkArgs({ ...params, gateway_id: gatewayId, id: id }, isLogGetArgs, explainLogGetArgs);
        return this._client.request({
            method: 'get',
            path: encodePath `/accounts/${accountIdParam}/ai-gateway/gateways/${gatewayId}/logs/${id}`,
            security: [['api_token'], ['api_email', 'api_key']],
            envelope: 'result',
            check: isLogGetResponse,
            explain: explainLogGetResponse,
            retrySafe: true,
        }, options);
    }
}
