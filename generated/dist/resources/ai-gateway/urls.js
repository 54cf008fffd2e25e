import { expandPath } from "../../internal/path.js";
import {
  explainUrlGetArgs,
  explainUrlGetResponse,
  isUrlGetArgs,
  isUrlGetResponse
} from "./urls.validators.js";
function urlGet(client, gatewayId, provider, params = {}, options) {
  return client.request(() => {
    const accountIdParam = client.pathParam("account_id", "accountId", params.account_id);
    client.checkArgs(
      params,
      { gateway_id: gatewayId, provider },
      isUrlGetArgs,
      explainUrlGetArgs
    );
    return {
      method: "get",
      path: expandPath(
        "/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}",
        { account_id: accountIdParam, gateway_id: gatewayId, provider }
      ),
      security: [["api_token"], ["api_email", "api_key"]],
      envelope: "result",
      check: isUrlGetResponse,
      explain: explainUrlGetResponse,
      retrySafe: true
    };
  }, options);
}
export {
  urlGet
};
