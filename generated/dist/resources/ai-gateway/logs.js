import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainLogDeleteArgs,
  explainLogDeleteResponse,
  explainLogEditArgs,
  explainLogEditResponse,
  explainLogGetArgs,
  explainLogGetResponse,
  explainLogListArgs,
  explainLogListResponse,
  explainLogRequestArgs,
  explainLogRequestResponse,
  explainLogResponseArgs,
  explainLogResponseResponse,
  isLogDeleteArgs,
  isLogDeleteResponse,
  isLogEditArgs,
  isLogEditResponse,
  isLogGetArgs,
  isLogGetResponse,
  isLogListArgs,
  isLogListResponse,
  isLogRequestArgs,
  isLogRequestResponse,
  isLogResponseArgs,
  isLogResponseResponse
} from "./logs.validators.js";
function logDelete(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isLogDeleteArgs, explainLogDeleteArgs);
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        filters: params.filters,
        limit: params.limit,
        order_by: params.order_by,
        order_by_direction: params.order_by_direction
      },
      security: [["api_token"], ["api_email", "api_key"]],
      check: isLogDeleteResponse,
      explain: explainLogDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function logEdit(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id }, isLogEditArgs, explainLogEditArgs);
    return {
      method: "patch",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isLogEditResponse,
      explain: explainLogEditResponse,
      retrySafe: false
    };
  }, options);
}
function logGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id }, isLogGetArgs, explainLogGetArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isLogGetResponse,
      explain: explainLogGetResponse,
      retrySafe: true
    };
  }, options);
}
function logList(client, gatewayId, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isLogListArgs, explainLogListArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        cached: params.cached,
        direction: params.direction,
        end_date: params.end_date,
        feedback: params.feedback,
        filters: params.filters,
        max_cost: params.max_cost,
        max_duration: params.max_duration,
        max_tokens_in: params.max_tokens_in,
        max_tokens_out: params.max_tokens_out,
        max_total_tokens: params.max_total_tokens,
        meta_info: params.meta_info,
        min_cost: params.min_cost,
        min_duration: params.min_duration,
        min_tokens_in: params.min_tokens_in,
        min_tokens_out: params.min_tokens_out,
        min_total_tokens: params.min_total_tokens,
        model: params.model,
        model_type: params.model_type,
        order_by: params.order_by,
        order_by_direction: params.order_by_direction,
        page: params.page,
        per_page: params.per_page,
        provider: params.provider,
        request_content_type: params.request_content_type,
        response_content_type: params.response_content_type,
        search: params.search,
        start_date: params.start_date,
        success: params.success
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: {
        style: "page",
        pageParam: "page",
        sizeParam: "per_page",
        items: [],
        info: ["result_info"]
      },
      check: isLogListResponse,
      explain: explainLogListResponse,
      retrySafe: true
    };
  }, options);
}
function logRequest(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isLogRequestArgs,
      explainLogRequestArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      check: isLogRequestResponse,
      explain: explainLogRequestResponse,
      retrySafe: true
    };
  }, options);
}
function logResponse(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isLogResponseArgs,
      explainLogResponseArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      check: isLogResponseResponse,
      explain: explainLogResponseResponse,
      retrySafe: true
    };
  }, options);
}
export {
  logDelete,
  logEdit,
  logGet,
  logList,
  logRequest,
  logResponse
};
