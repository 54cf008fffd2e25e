import { requestPage } from "../../../core/pagination.js";
import { expandPath } from "../../../internal/path.js";
import {
  explainCostCreateResponse,
  explainCostDeleteArgs,
  explainCostDeleteResponse,
  explainCostEditArgs,
  explainCostEditResponse,
  explainCostGetArgs,
  explainCostGetResponse,
  explainCostListArgs,
  explainCostListResponse,
  isCostCreateResponse,
  isCostDeleteArgs,
  isCostDeleteResponse,
  isCostEditArgs,
  isCostEditResponse,
  isCostGetArgs,
  isCostGetResponse,
  isCostListArgs,
  isCostListResponse
} from "./costs.validators.js";
function costCreate(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCostCreateResponse,
      explain: explainCostCreateResponse,
      retrySafe: false
    };
  }, options);
}
function costDelete(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isCostDeleteArgs, explainCostDeleteArgs);
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCostDeleteResponse,
      explain: explainCostDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function costEdit(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isCostEditArgs, explainCostEditArgs);
    return {
      method: "patch",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}",
        { account_id: accountIdParam, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCostEditResponse,
      explain: explainCostEditResponse,
      retrySafe: false
    };
  }, options);
}
function costGet(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isCostGetArgs, explainCostGetArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCostGetResponse,
      explain: explainCostGetResponse,
      retrySafe: true
    };
  }, options);
}
function costList(client, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isCostListArgs, explainCostListArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/costs",
        { account_id: accountIdParam }
      ),
      query: {
        account_provider_id: params.account_provider_id,
        cost_type: params.cost_type,
        enable: params.enable,
        model_rule: params.model_rule,
        page: params.page,
        per_page: params.per_page,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: isCostListResponse,
      explain: explainCostListResponse,
      retrySafe: true
    };
  }, options);
}
export {
  costCreate,
  costDelete,
  costEdit,
  costGet,
  costList
};
