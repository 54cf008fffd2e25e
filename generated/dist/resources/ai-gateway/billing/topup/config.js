import { expandPath } from "../../../../internal/path.js";
import {
  explainConfigCreateResponse,
  explainConfigDeleteResponse,
  explainConfigGetResponse,
  isConfigCreateResponse,
  isConfigDeleteResponse,
  isConfigGetResponse
} from "./config.validators.js";
function configCreate(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/topup/config",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isConfigCreateResponse,
      explain: explainConfigCreateResponse,
      retrySafe: false
    };
  }, options);
}
function configDelete(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/topup/config",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isConfigDeleteResponse,
      explain: explainConfigDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function configGet(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/topup/config",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isConfigGetResponse,
      explain: explainConfigGetResponse,
      retrySafe: true
    };
  }, options);
}
export {
  configCreate,
  configDelete,
  configGet
};
