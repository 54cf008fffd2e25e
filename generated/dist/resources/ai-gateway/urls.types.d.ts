/** Parameters of `aiGateway.urls.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/url/{provider}`). */
export interface UrlGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export type UrlGetResponse = string;
