import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainDynamicRoutingCreateResponse,
  explainDynamicRoutingDeleteResponse,
  explainDynamicRoutingGetResponse,
  explainDynamicRoutingListArgs,
  explainDynamicRoutingListResponse,
  explainDynamicRoutingUpdateResponse,
  isDynamicRoutingCreateResponse,
  isDynamicRoutingDeleteResponse,
  isDynamicRoutingGetResponse,
  isDynamicRoutingListArgs,
  isDynamicRoutingListResponse,
  isDynamicRoutingUpdateResponse
} from "./dynamic-routing.validators.js";
function dynamicRoutingCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDynamicRoutingCreateResponse,
      explain: explainDynamicRoutingCreateResponse,
      retrySafe: false
    };
  }, options);
}
function dynamicRoutingDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDynamicRoutingDeleteResponse,
      explain: explainDynamicRoutingDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function dynamicRoutingGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDynamicRoutingGetResponse,
      explain: explainDynamicRoutingGetResponse,
      retrySafe: true
    };
  }, options);
}
function dynamicRoutingList(client, gatewayId, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isDynamicRoutingListArgs,
      explainDynamicRoutingListArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: { page: params.page, per_page: params.per_page },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: ["routes"] },
      check: isDynamicRoutingListResponse,
      explain: explainDynamicRoutingListResponse,
      retrySafe: true
    };
  }, options);
}
function dynamicRoutingUpdate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "patch",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "route",
      check: isDynamicRoutingUpdateResponse,
      explain: explainDynamicRoutingUpdateResponse,
      retrySafe: false
    };
  }, options);
}
export {
  dynamicRoutingCreate,
  dynamicRoutingDelete,
  dynamicRoutingGet,
  dynamicRoutingList,
  dynamicRoutingUpdate
};
