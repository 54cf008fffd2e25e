import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainCustomDomainCreateArgs,
  explainCustomDomainCreateResponse,
  explainCustomDomainDeleteArgs,
  explainCustomDomainDeleteResponse,
  explainCustomDomainGetArgs,
  explainCustomDomainGetResponse,
  explainCustomDomainListArgs,
  explainCustomDomainListResponse,
  isCustomDomainCreateArgs,
  isCustomDomainCreateResponse,
  isCustomDomainDeleteArgs,
  isCustomDomainDeleteResponse,
  isCustomDomainGetArgs,
  isCustomDomainGetResponse,
  isCustomDomainListArgs,
  isCustomDomainListResponse
} from "./custom-domains.validators.js";
function customDomainCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isCustomDomainCreateArgs,
      explainCustomDomainCreateArgs
    );
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomDomainCreateResponse,
      explain: explainCustomDomainCreateResponse,
      retrySafe: false
    };
  }, options);
}
function customDomainDelete(client, gatewayId, hostname, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, hostname },
      isCustomDomainDeleteArgs,
      explainCustomDomainDeleteArgs
    );
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}",
        { account_id: accountIdParam, gateway_id: gatewayId, hostname }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomDomainDeleteResponse,
      explain: explainCustomDomainDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function customDomainGet(client, gatewayId, hostname, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, hostname },
      isCustomDomainGetArgs,
      explainCustomDomainGetArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}",
        { account_id: accountIdParam, gateway_id: gatewayId, hostname }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomDomainGetResponse,
      explain: explainCustomDomainGetResponse,
      retrySafe: true
    };
  }, options);
}
function customDomainList(client, gatewayId, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isCustomDomainListArgs,
      explainCustomDomainListArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        page: params.page,
        per_page: params.per_page,
        search: params.search,
        status: params.status
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: isCustomDomainListResponse,
      explain: explainCustomDomainListResponse,
      retrySafe: true
    };
  }, options);
}
export {
  customDomainCreate,
  customDomainDelete,
  customDomainGet,
  customDomainList
};
