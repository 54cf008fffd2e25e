import { requestPage } from "../core/pagination.js";
import { expandPath } from "../internal/path.js";
import {
  explainAIGatewayCreateResponse,
  explainAIGatewayDeleteArgs,
  explainAIGatewayDeleteResponse,
  explainAIGatewayGetArgs,
  explainAIGatewayGetResponse,
  explainAIGatewayListArgs,
  explainAIGatewayListResponse,
  explainAIGatewayUpdateArgs,
  explainAIGatewayUpdateResponse,
  isAIGatewayCreateResponse,
  isAIGatewayDeleteArgs,
  isAIGatewayDeleteResponse,
  isAIGatewayGetArgs,
  isAIGatewayGetResponse,
  isAIGatewayListArgs,
  isAIGatewayListResponse,
  isAIGatewayUpdateArgs,
  isAIGatewayUpdateResponse
} from "./ai-gateway.validators.js";
function aiGatewayCreate(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayCreateResponse,
      explain: explainAIGatewayCreateResponse,
      retrySafe: false
    };
  }, options);
}
function aiGatewayDelete(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isAIGatewayDeleteArgs, explainAIGatewayDeleteArgs);
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayDeleteResponse,
      explain: explainAIGatewayDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function aiGatewayGet(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isAIGatewayGetArgs, explainAIGatewayGetArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayGetResponse,
      explain: explainAIGatewayGetResponse,
      retrySafe: true
    };
  }, options);
}
function aiGatewayList(client, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isAIGatewayListArgs, explainAIGatewayListArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways",
        { account_id: accountIdParam }
      ),
      query: { page: params.page, per_page: params.per_page, search: params.search },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: isAIGatewayListResponse,
      explain: explainAIGatewayListResponse,
      retrySafe: true
    };
  }, options);
}
function aiGatewayUpdate(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isAIGatewayUpdateArgs, explainAIGatewayUpdateArgs);
    return {
      method: "put",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{id}",
        { account_id: accountIdParam, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isAIGatewayUpdateResponse,
      explain: explainAIGatewayUpdateResponse,
      retrySafe: true
    };
  }, options);
}
export {
  aiGatewayCreate,
  aiGatewayDelete,
  aiGatewayGet,
  aiGatewayList,
  aiGatewayUpdate
};
