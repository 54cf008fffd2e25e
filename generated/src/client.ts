import { APIClient, type ClientDefinition, type CoreClientOptions } from './core/api-client.js';
import { AiGateway } from './resources/ai-gateway.js';

export interface ClientOptions extends CoreClientOptions {
  /** Default for the `account_id` path parameter of every operation. Defaults to `process.env.CLOUDFLARE_ACCOUNT_ID`. */
  accountId?: string | undefined;
  /**
   * The previous authorization scheme for interacting with the Cloudflare API, used in conjunction with a Global API key.
   * Sent for the `api_email` security scheme. Defaults to `process.env.CLOUDFLARE_EMAIL`.
   */
  apiEmail?: string | undefined;
  /**
   * The previous authorization scheme for interacting with the Cloudflare API. When possible, use API tokens instead of Global API keys.
   * Sent for the `api_key` security scheme. Defaults to `process.env.CLOUDFLARE_API_KEY`.
   */
  apiKey?: string | undefined;
  /**
   * The preferred authorization scheme for interacting with the Cloudflare API. [Create a token](https://developers.cloudflare.com/fundamentals/api/get-started/create-token/).
   * Sent for the `api_token` security scheme. Defaults to `process.env.CLOUDFLARE_API_TOKEN`.
   */
  apiToken?: string | undefined;
  /**
   * Used when interacting with the Origin CA certificates API. [View/change your key](https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/#viewchange-your-origin-ca-keys).
   * Sent for the `user_service_key` security scheme. Defaults to `process.env.CLOUDFLARE_API_USER_SERVICE_KEY`.
   */
  userServiceKey?: string | undefined;
}

const DEFINITION: ClientDefinition = {
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

/**
 * Client for Cloudflare API - AI Gateway subset (/accounts/{account_id}/ai-gateway/*) (API version 4.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export class Cloudflare extends APIClient {
  #aiGateway: AiGateway | undefined;

  constructor(options: ClientOptions = {}) {
    super(DEFINITION, options);
  }

  /** AiGateway operations, created on first use. */
  get aiGateway(): AiGateway {
    return (this.#aiGateway ??= new AiGateway(this));
  }
}
