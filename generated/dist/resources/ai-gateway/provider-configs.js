import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainProviderConfigCreateArgs,
  explainProviderConfigCreateResponse,
  explainProviderConfigDeleteArgs,
  explainProviderConfigDeleteResponse,
  explainProviderConfigListArgs,
  explainProviderConfigListResponse,
  explainProviderConfigUpdateArgs,
  explainProviderConfigUpdateResponse,
  isProviderConfigCreateArgs,
  isProviderConfigCreateResponse,
  isProviderConfigDeleteArgs,
  isProviderConfigDeleteResponse,
  isProviderConfigListArgs,
  isProviderConfigListResponse,
  isProviderConfigUpdateArgs,
  isProviderConfigUpdateResponse
} from "./provider-configs.validators.js";
function providerConfigCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isProviderConfigCreateArgs,
      explainProviderConfigCreateArgs
    );
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isProviderConfigCreateResponse,
      explain: explainProviderConfigCreateResponse,
      retrySafe: false
    };
  }, options);
}
function providerConfigDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isProviderConfigDeleteArgs,
      explainProviderConfigDeleteArgs
    );
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isProviderConfigDeleteResponse,
      explain: explainProviderConfigDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function providerConfigList(client, gatewayId, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isProviderConfigListArgs,
      explainProviderConfigListArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: { page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: isProviderConfigListResponse,
      explain: explainProviderConfigListResponse,
      retrySafe: true
    };
  }, options);
}
function providerConfigUpdate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isProviderConfigUpdateArgs,
      explainProviderConfigUpdateArgs
    );
    return {
      method: "put",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isProviderConfigUpdateResponse,
      explain: explainProviderConfigUpdateResponse,
      retrySafe: true
    };
  }, options);
}
export {
  providerConfigCreate,
  providerConfigDelete,
  providerConfigList,
  providerConfigUpdate
};
