import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../core/path.js";
let validators;
let loadingValidators;
function withValidators(build) {
  if (validators !== void 0) return build(validators);
  loadingValidators ??= import("./logs.validators.js").then((loaded) => validators = loaded);
  return loadingValidators.then(build);
}
class Logs {
  constructor(_client) {
    this._client = _client;
  }
  /**
   * Delete Gateway Logs
   *
   * Deletes gateway log entries matching the specified criteria.
   *
   * `DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-delete-gateway-logs`)
   */
  delete(gatewayId, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isLogDeleteArgs, v.explainLogDeleteArgs);
      return {
        method: "delete",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { filters: params.filters, limit: params.limit, order_by: params.order_by, order_by_direction: params.order_by_direction },
        security: [["api_token"], ["api_email", "api_key"]],
        check: v.isLogDeleteResponse,
        explain: v.explainLogDeleteResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Patch Gateway Log
   *
   * Updates metadata for an AI Gateway log entry.
   *
   * `PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-patch-gateway-log`)
   */
  edit(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isLogEditArgs, v.explainLogEditArgs);
      return {
        method: "patch",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        body: params.body,
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isLogEditResponse,
        explain: v.explainLogEditResponse,
        retrySafe: false
      };
    }), options);
  }
  /**
   * Get Gateway Log Detail
   *
   * Retrieves detailed information for a specific AI Gateway log entry.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}` (operationId `aig-config-get-gateway-log-detail`)
   */
  get(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isLogGetArgs, v.explainLogGetArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isLogGetResponse,
        explain: v.explainLogGetResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * List Gateway Logs
   *
   * Lists request/response log entries for the AI gateway with filtering and pagination.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs` (operationId `aig-config-list-gateway-logs`)
   *
   * Returns the first page; `for await` over the result walks every item of every page.
   */
  list(gatewayId, params = {}, options) {
    return requestPage(this._client, () => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId }, v.isLogListArgs, v.explainLogListArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs", { account_id: accountIdParam, gateway_id: gatewayId }),
        query: { cached: params.cached, direction: params.direction, end_date: params.end_date, feedback: params.feedback, filters: params.filters, max_cost: params.max_cost, max_duration: params.max_duration, max_tokens_in: params.max_tokens_in, max_tokens_out: params.max_tokens_out, max_total_tokens: params.max_total_tokens, meta_info: params.meta_info, min_cost: params.min_cost, min_duration: params.min_duration, min_tokens_in: params.min_tokens_in, min_tokens_out: params.min_tokens_out, min_total_tokens: params.min_total_tokens, model: params.model, model_type: params.model_type, order_by: params.order_by, order_by_direction: params.order_by_direction, page: params.page, per_page: params.per_page, provider: params.provider, request_content_type: params.request_content_type, response_content_type: params.response_content_type, search: params.search, start_date: params.start_date, success: params.success },
        security: [["api_token"], ["api_email", "api_key"]],
        envelope: "result",
        check: v.isLogListResponse,
        explain: v.explainLogListResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Get Gateway Log Request
   *
   * Retrieves the original request payload for an AI Gateway log entry.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request` (operationId `aig-config-get-gateway-log-request`)
   */
  request(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isLogRequestArgs, v.explainLogRequestArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        check: v.isLogRequestResponse,
        explain: v.explainLogRequestResponse,
        retrySafe: true
      };
    }), options);
  }
  /**
   * Get Gateway Log Response
   *
   * Retrieves the response payload for an AI Gateway log entry.
   *
   * `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response` (operationId `aig-config-get-gateway-log-response`)
   */
  response(gatewayId, id, params = {}, options) {
    return this._client.request(() => withValidators((v) => {
      const accountIdParam = this._client.pathParam("account_id", "accountId", params.account_id);
      this._client.checkArgs(params, { gateway_id: gatewayId, id }, v.isLogResponseArgs, v.explainLogResponseArgs);
      return {
        method: "get",
        path: expandPath("/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response", { account_id: accountIdParam, gateway_id: gatewayId, id }),
        security: [["api_token"], ["api_email", "api_key"]],
        check: v.isLogResponseResponse,
        explain: v.explainLogResponseResponse,
        retrySafe: true
      };
    }), options);
  }
}
export {
  Logs
};
