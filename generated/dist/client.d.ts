import { APIClient, type CoreClientOptions } from './core/api-client.js';
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
/**
 * Client for Cloudflare API - AI Gateway subset (/accounts/{account_id}/ai-gateway/*) (API version 4.0.0).
 *
 * Resources are created on first use, so constructing a client is cheap.
 */
export declare class Cloudflare extends APIClient {
    #private;
    constructor(options?: ClientOptions);
    /** AiGateway operations, created on first use. */
    get aiGateway(): AiGateway;
}
