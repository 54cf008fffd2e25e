/** Parameters of `aiGateway.logs.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}`). */
export interface LogGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export interface LogGetResponse {
  cached: boolean;
  cost?: number;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  custom_cost?: boolean;
  duration: number;
  id: string;
  metadata?: string;
  model: string;
  model_type?: string;
  path: string;
  provider: string;
  request_content_type?: string;
  request_head?: string;
  request_head_complete?: boolean;
  request_size?: number;
  request_type?: string;
  response_content_type?: string;
  response_head?: string;
  response_head_complete?: boolean;
  response_size?: number;
  status_code?: number;
  step?: number;
  success: boolean;
  tokens_in: number | null;
  tokens_out: number | null;
}
