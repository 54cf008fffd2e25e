import { expandPath } from "../../../internal/path.js";
import {
  explainTopupCreateResponse,
  explainTopupLimitsResponse,
  explainTopupStatusResponse,
  isTopupCreateResponse,
  isTopupLimitsResponse,
  isTopupStatusResponse
} from "./topup.validators.js";
function topupCreate(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/topup",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isTopupCreateResponse,
      explain: explainTopupCreateResponse,
      retrySafe: false
    };
  }, options);
}
function topupLimits(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/topup/limits",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isTopupLimitsResponse,
      explain: explainTopupLimitsResponse,
      retrySafe: true
    };
  }, options);
}
function topupStatus(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/topup/status",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isTopupStatusResponse,
      explain: explainTopupStatusResponse,
      retrySafe: false
    };
  }, options);
}
export {
  topupCreate,
  topupLimits,
  topupStatus
};
