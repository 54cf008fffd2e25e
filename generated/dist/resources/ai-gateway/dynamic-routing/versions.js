import { expandPath } from "../../../internal/path.js";
import {
  explainVersionCreateResponse,
  explainVersionGetResponse,
  explainVersionListResponse,
  isVersionCreateResponse,
  isVersionGetResponse,
  isVersionListResponse
} from "./versions.validators.js";
function versionCreate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isVersionCreateResponse,
      explain: explainVersionCreateResponse,
      retrySafe: false
    };
  }, options);
}
function versionGet(client, gatewayId, id, versionId, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}",
        { account_id: accountIdParam, gateway_id: gatewayId, id, version_id: versionId }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isVersionGetResponse,
      explain: explainVersionGetResponse,
      retrySafe: true
    };
  }, options);
}
function versionList(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      check: isVersionListResponse,
      explain: explainVersionListResponse,
      retrySafe: true
    };
  }, options);
}
export {
  versionCreate,
  versionGet,
  versionList
};
