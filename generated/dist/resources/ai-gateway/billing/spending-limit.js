import { expandPath } from "../../../internal/path.js";
import {
  explainSpendingLimitCreateResponse,
  explainSpendingLimitDeleteResponse,
  explainSpendingLimitGetResponse,
  isSpendingLimitCreateResponse,
  isSpendingLimitDeleteResponse,
  isSpendingLimitGetResponse
} from "./spending-limit.validators.js";
function spendingLimitCreate(client, params, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "post",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/spending-limit",
        { account_id: accountIdParam }
      ),
      body: params.body,
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isSpendingLimitCreateResponse,
      explain: explainSpendingLimitCreateResponse,
      retrySafe: false
    };
  }, options);
}
function spendingLimitDelete(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "delete",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/spending-limit",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isSpendingLimitDeleteResponse,
      explain: explainSpendingLimitDeleteResponse,
      retrySafe: true
    };
  }, options);
}
function spendingLimitGet(client, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/billing/spending-limit",
        { account_id: accountIdParam }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isSpendingLimitGetResponse,
      explain: explainSpendingLimitGetResponse,
      retrySafe: true
    };
  }, options);
}
export {
  spendingLimitCreate,
  spendingLimitDelete,
  spendingLimitGet
};
