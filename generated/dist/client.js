import { APIClient } from "./core/api-client.js";
import { AiGateway } from "./resources/ai-gateway.js";
const DEFINITION = {
  "baseURL": "https://api.cloudflare.com/client/v4",
  "baseURLEnv": "CLOUDFLARE_BASE_URL",
  "security": {
    "api_email": {
      "kind": "header",
      "option": "apiEmail",
      "env": "CLOUDFLARE_EMAIL",
      "paramName": "X-Auth-Email"
    },
    "api_key": {
      "kind": "header",
      "option": "apiKey",
      "env": "CLOUDFLARE_API_KEY",
      "paramName": "X-Auth-Key"
    },
    "api_token": {
      "kind": "bearer",
      "option": "apiToken",
      "env": "CLOUDFLARE_API_TOKEN"
    },
    "user_service_key": {
      "kind": "header",
      "option": "userServiceKey",
      "env": "CLOUDFLARE_API_USER_SERVICE_KEY",
      "paramName": "X-Auth-User-Service-Key"
    }
  },
  "pathParamOptions": {
    "accountId": {
      "env": "CLOUDFLARE_ACCOUNT_ID"
    }
  }
};
class Cloudflare extends APIClient {
  #aiGateway;
  constructor(options = {}) {
    super(DEFINITION, options);
  }
  /** AiGateway operations, created on first use. */
  get aiGateway() {
    return this.#aiGateway ??= new AiGateway(this);
  }
}
export {
  Cloudflare
};
