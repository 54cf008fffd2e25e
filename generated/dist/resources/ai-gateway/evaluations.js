import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainEvaluationCreateArgs,
  explainEvaluationCreateResponse,
  explainEvaluationDeleteArgs,
  explainEvaluationDeleteResponse,
  explainEvaluationGetArgs,
  explainEvaluationGetResponse,
  explainEvaluationListArgs,
  explainEvaluationListResponse,
  isEvaluationCreateArgs,
  isEvaluationCreateResponse,
  isEvaluationDeleteArgs,
  isEvaluationDeleteResponse,
  isEvaluationGetArgs,
  isEvaluationGetResponse,
  isEvaluationListArgs,
  isEvaluationListResponse
} from "./evaluations.validators.js";
function evaluationCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isEvaluationCreateArgs,
      explainEvaluationCreateArgs
    );
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationCreateResponse,
      explain: explainEvaluationCreateResponse,
      retrySafe: false
    };
  }, options);
}
function evaluationDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isEvaluationDeleteArgs,
      explainEvaluationDeleteArgs
    );
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationDeleteResponse,
      explain: explainEvaluationDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function evaluationGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isEvaluationGetArgs,
      explainEvaluationGetArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isEvaluationGetResponse,
      explain: explainEvaluationGetResponse,
      retrySafe: true
    };
  }, options);
}
function evaluationList(client, gatewayId, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isEvaluationListArgs,
      explainEvaluationListArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        name: params.name,
        page: params.page,
        per_page: params.per_page,
        processed: params.processed,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: isEvaluationListResponse,
      explain: explainEvaluationListResponse,
      retrySafe: true
    };
  }, options);
}
export {
  evaluationCreate,
  evaluationDelete,
  evaluationGet,
  evaluationList
};
