import { requestPage } from "../../core/pagination.js";
import { expandPath } from "../../internal/path.js";
import {
  explainDatasetCreateArgs,
  explainDatasetCreateResponse,
  explainDatasetDeleteArgs,
  explainDatasetDeleteResponse,
  explainDatasetGetArgs,
  explainDatasetGetResponse,
  explainDatasetListArgs,
  explainDatasetListResponse,
  explainDatasetUpdateArgs,
  explainDatasetUpdateResponse,
  isDatasetCreateArgs,
  isDatasetCreateResponse,
  isDatasetDeleteArgs,
  isDatasetDeleteResponse,
  isDatasetGetArgs,
  isDatasetGetResponse,
  isDatasetListArgs,
  isDatasetListResponse,
  isDatasetUpdateArgs,
  isDatasetUpdateResponse
} from "./datasets.validators.js";
function datasetCreate(client, gatewayId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId },
      isDatasetCreateArgs,
      explainDatasetCreateArgs
    );
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetCreateResponse,
      explain: explainDatasetCreateResponse,
      retrySafe: false
    };
  }, options);
}
function datasetDelete(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isDatasetDeleteArgs,
      explainDatasetDeleteArgs
    );
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetDeleteResponse,
      explain: explainDatasetDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function datasetGet(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isDatasetGetArgs,
      explainDatasetGetArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetGetResponse,
      explain: explainDatasetGetResponse,
      retrySafe: true
    };
  }, options);
}
function datasetList(client, gatewayId, params = {}, options) {
  return requestPage(client, () => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(params, { gateway_id: gatewayId }, isDatasetListArgs, explainDatasetListArgs);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets",
        { account_id: accountIdParam, gateway_id: gatewayId }
      ),
      query: {
        enable: params.enable,
        name: params.name,
        page: params.page,
        per_page: params.per_page,
        search: params.search
      },
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      pagination: { style: "page", pageParam: "page", sizeParam: "per_page", items: [] },
      check: isDatasetListResponse,
      explain: explainDatasetListResponse,
      retrySafe: true
    };
  }, options);
}
function datasetUpdate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, id },
      isDatasetUpdateArgs,
      explainDatasetUpdateArgs
    );
    return {
      method: "put",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDatasetUpdateResponse,
      explain: explainDatasetUpdateResponse,
      retrySafe: true
    };
  }, options);
}
export {
  datasetCreate,
  datasetDelete,
  datasetGet,
  datasetList,
  datasetUpdate
};
