import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainCustomProviderCreateResponse,
  explainCustomProviderDeleteArgs,
  explainCustomProviderDeleteResponse,
  explainCustomProviderEditArgs,
  explainCustomProviderEditResponse,
  explainCustomProviderGetArgs,
  explainCustomProviderGetResponse,
  explainCustomProviderListArgs,
  explainCustomProviderListResponse,
  isCustomProviderCreateResponse,
  isCustomProviderDeleteArgs,
  isCustomProviderDeleteResponse,
  isCustomProviderEditArgs,
  isCustomProviderEditResponse,
  isCustomProviderGetArgs,
  isCustomProviderGetResponse,
  isCustomProviderListArgs,
  isCustomProviderListResponse
} from "./custom-providers.validators.js";
function customProviderCreate(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderCreateResponse,
      explain: explainCustomProviderCreateResponse,
      retrySafe: false
    };
  }, options);
}
function customProviderDelete(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { id },
      isCustomProviderDeleteArgs,
      explainCustomProviderDeleteArgs
    );
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderDeleteResponse,
      explain: explainCustomProviderDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function customProviderEdit(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isCustomProviderEditArgs, explainCustomProviderEditArgs);
    return {
      method: "patch",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/{id}",
        { account_id: accountIdParam, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderEditResponse,
      explain: explainCustomProviderEditResponse,
      retrySafe: false
    };
  }, options);
}
function customProviderGet(client, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { id }, isCustomProviderGetArgs, explainCustomProviderGetArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers/{id}",
        { account_id: accountIdParam, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isCustomProviderGetResponse,
      explain: explainCustomProviderGetResponse,
      retrySafe: true
    };
  }, options);
}
function customProviderList(client, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, {}, isCustomProviderListArgs, explainCustomProviderListArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/custom-providers",
        { account_id: accountIdParam }
      ),
      query: {
        beta: params.beta,
        enable: params.enable,
        page: params.page,
        per_page: params.per_page,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: isCustomProviderListResponse,
      explain: explainCustomProviderListResponse,
      retrySafe: true
    };
  }, options);
}
export {
  customProviderCreate,
  customProviderDelete,
  customProviderEdit,
  customProviderGet,
  customProviderList
};
