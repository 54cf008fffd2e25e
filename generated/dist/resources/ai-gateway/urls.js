import { expandPath } from '../../core/path.js';
import { isUrlGetArgs, explainUrlGetArgs, isUrlGetResponse, explainUrlGetResponse } from './urls.validators.js';
/** Operations under `aiGateway.urls`. */
export class Urls {
    _client;
    constructor(_client) {
        this._client = _client;
    }
    /**
     * Get Gateway URL
     *
     * Retrieves the endpoint URL for an AI Gateway.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}` (operationId `aig-config-get-gateway-url`)
     */
    get(gatewayId, provider, params = {}, options) {
        // Built lazily so that a failed argument check rejects the returned promise.
        return this._client.request(() => {
            const accountIdParam = this._client.pathParam('account_id', 'accountId', params.account_id);
            this._client.checkArgs({ ...params, gateway_id: gatewayId, provider: provider }, isUrlGetArgs, explainUrlGetArgs);
            return {
                method: 'get',
                path: expandPath('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}', {
                    account_id: accountIdParam,
                    gateway_id: gatewayId,
                    provider: provider,
                }),
                security: [['api_token'], ['api_email', 'api_key']],
                envelope: 'result',
                check: isUrlGetResponse,
                explain: explainUrlGetResponse,
                retrySafe: true,
            };
        }, options);
    }
}
