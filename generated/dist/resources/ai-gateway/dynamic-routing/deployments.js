import { expandPath } from "../../../internal/path.js";
import {
  explainDeploymentCreateResponse,
  explainDeploymentListResponse,
  isDeploymentCreateResponse,
  isDeploymentListResponse
} from "./deployments.validators.js";
function deploymentCreate(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isDeploymentCreateResponse,
      explain: explainDeploymentCreateResponse,
      retrySafe: false
    };
  }, options);
}
function deploymentList(client, gatewayId, id, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments",
        { account_id: accountIdParam, gateway_id: gatewayId, id }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "data",
      check: isDeploymentListResponse,
      explain: explainDeploymentListResponse,
      retrySafe: true
    };
  }, options);
}
export {
  deploymentCreate,
  deploymentList
};
