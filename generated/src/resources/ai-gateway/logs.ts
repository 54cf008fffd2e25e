/**
 * The operations of `client.aiGateway.logs` (class `AiGatewayLogs`), one function each, with their types.
 * The client imports this module on the first call of one of them.
 */
import type { APIClient } from '../../core/client.js';
import type { APIPromise } from '../../core/api-promise.js';
import { requestPage, type PagePromise } from '../../core/pagination.js';
import type { RequestOptions } from '../../core/request.js';
import { expandPath } from '../../internal/path.js';
import type { LogDeleteParams, LogDeleteResponse, LogEditParams, LogEditResponse, LogGetParams, LogGetResponse, LogListParams, LogListResponse, LogRequestParams, LogRequestResponse, LogResponseParams, LogResponseResponse } from './logs.types.js';
import { explainLogDeleteArgs, explainLogDeleteResponse, explainLogEditArgs, explainLogEditResponse, explainLogGetArgs, explainLogGetResponse, explainLogListArgs, explainLogListResponse, explainLogRequestArgs, explainLogRequestResponse, explainLogResponseArgs, explainLogResponseResponse, isLogDeleteArgs, isLogDeleteResponse, isLogEditArgs, isLogEditResponse, isLogGetArgs, isLogGetResponse, isLogListArgs, isLogListResponse, isLogRequestArgs, isLogRequestResponse, isLogResponseArgs, isLogResponseResponse } from './logs.validators.js';

export type * from './logs.types.js';

/**
 * Delete Gateway Logs
 *
 * Deletes gateway log entries matching the specified criteria.
 *
 * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-delete-gateway-logs`)
 *
 * The same as `client.aiGateway.logs.delete()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function logDelete(client: APIClient, gatewayId: string, params: LogDeleteParams = {}, options?: RequestOptions): APIPromise<LogDeleteResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<LogDeleteResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isLogDeleteArgs, explainLogDeleteArgs);
    return {
      method: "delete",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs", { account_id: accountIdParam, gateway_id: gatewayId }),
      query: { filters: params.filters, limit: params.limit, order_by: params.order_by, order_by_direction: params.order_by_direction },
      security: [["api_token"], ["api_email", "api_key"]],
      check: isLogDeleteResponse,
      explain: explainLogDeleteResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Patch Gateway Log
 *
 * Updates metadata for an AI Gateway log entry.
 *
 * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-patch-gateway-log`)
 *
 * The same as `client.aiGateway.logs.edit()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function logEdit(client: APIClient, gatewayId: string, id: string, params: LogEditParams = {}, options?: RequestOptions): APIPromise<LogEditResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<LogEditResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isLogEditArgs, explainLogEditArgs);
    return {
      method: "patch",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isLogEditResponse,
      explain: explainLogEditResponse,
      retrySafe: false,
    };
  }, options);
}

/**
 * Get Gateway Log Detail
 *
 * Retrieves detailed information for a specific AI Gateway log entry.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
 *
 * The same as `client.aiGateway.logs.get()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function logGet(client: APIClient, gatewayId: string, id: string, params: LogGetParams = {}, options?: RequestOptions): APIPromise<LogGetResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<LogGetResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isLogGetArgs, explainLogGetArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isLogGetResponse,
      explain: explainLogGetResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * List Gateway Logs
 *
 * Lists request/response log entries for the AI gateway with filtering and pagination.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-list-gateway-logs`)
 *
 * Returns the first page; `for await` over the result walks every item of every page.
 *
 * The same as `client.aiGateway.logs.list()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function logList(client: APIClient, gatewayId: string, params: LogListParams = {}, options?: RequestOptions): PagePromise<LogListResponse[number]> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return requestPage<LogListResponse[number]>(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isLogListArgs, explainLogListArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs", { account_id: accountIdParam, gateway_id: gatewayId }),
      query: { cached: params.cached, direction: params.direction, end_date: params.end_date, feedback: params.feedback, filters: params.filters, max_cost: params.max_cost, max_duration: params.max_duration, max_tokens_in: params.max_tokens_in, max_tokens_out: params.max_tokens_out, max_total_tokens: params.max_total_tokens, meta_info: params.meta_info, min_cost: params.min_cost, min_duration: params.min_duration, min_tokens_in: params.min_tokens_in, min_tokens_out: params.min_tokens_out, min_total_tokens: params.min_total_tokens, model: params.model, model_type: params.model_type, order_by: params.order_by, order_by_direction: params.order_by_direction, page: params.page, per_page: params.per_page, provider: params.provider, request_content_type: params.request_content_type, response_content_type: params.response_content_type, search: params.search, start_date: params.start_date, success: params.success },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isLogListResponse,
      explain: explainLogListResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get Gateway Log Request
 *
 * Retrieves the original request payload for an AI Gateway log entry.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` (operationId `aig-config-get-gateway-log-request`)
 *
 * The same as `client.aiGateway.logs.request()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function logRequest(client: APIClient, gatewayId: string, id: string, params: LogRequestParams = {}, options?: RequestOptions): APIPromise<LogRequestResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<LogRequestResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isLogRequestArgs, explainLogRequestArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      check: isLogRequestResponse,
      explain: explainLogRequestResponse,
      retrySafe: true,
    };
  }, options);
}

/**
 * Get Gateway Log Response
 *
 * Retrieves the response payload for an AI Gateway log entry.
 *
 * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` (operationId `aig-config-get-gateway-log-response`)
 *
 * The same as `client.aiGateway.logs.response()`, as a function of its own: a bundler keeps only the operations a program imports.
 */
export function logResponse(client: APIClient, gatewayId: string, id: string, params: LogResponseParams = {}, options?: RequestOptions): APIPromise<LogResponseResponse> {
  // Built lazily so that a failed argument check rejects the returned promise.
  return client.request<LogResponseResponse>(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId, id: id }, isLogResponseArgs, explainLogResponseArgs);
    return {
      method: "get",
      path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response", { account_id: accountIdParam, gateway_id: gatewayId, id: id }),
      security: [["api_token"], ["api_email", "api_key"]],
      check: isLogResponseResponse,
      explain: explainLogResponseResponse,
      retrySafe: true,
    };
  }, options);
}
