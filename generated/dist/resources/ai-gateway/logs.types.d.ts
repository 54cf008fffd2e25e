/** Parameters of `aiGateway.logs.delete` (`DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs`). */
export interface LogDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  filters?: ({
    key: "id" | "created_at" | "request_content_type" | "response_content_type" | "request_type" | "success" | "cached" | "provider" | "model" | "model_type" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback" | "event_id" | "metadata.key" | "metadata.value" | "authentication" | "wholesale" | "compatibilityMode" | "dlp_action" | "user_agent";
    operator: "eq" | "neq" | "contains" | "lt" | "gt";
    value: ((string | null) | number | boolean)[];
  })[];
  /**
   * @minimum 1
   * @maximum 10000
   * @default 10000
   */
  limit?: number;
  /** @default "created_at" */
  order_by?: "created_at" | "provider" | "model" | "model_type" | "success" | "cached" | "cost" | "tokens_in" | "tokens_out" | "duration" | "feedback";
  /** @default "asc" */
  order_by_direction?: "asc" | "desc";
}

export interface LogDeleteResponse {
  success: boolean;
}

/** Parameters of `aiGateway.logs.edit` (`PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}`). */
export interface LogEditParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    /**
     * @minimum -1
     * @maximum 1
     */
    feedback?: number | null;
    metadata?: ({ [key: string]: string | number | boolean }) | null;
    /**
     * @minimum 0
     * @maximum 100
     */
    score?: number | null;
  };
}

export type LogEditResponse = Record<string, unknown>;

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

/** Parameters of `aiGateway.logs.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs`). */
export interface LogListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  /** @deprecated */
  cached?: boolean;
  /** @deprecated */
  direction?: "asc" | "desc";
  /**
   * @format date-time
   * @deprecated
   */
  end_date?: string;
  /** @deprecated */
  feedback?: 0 | 1;
  filters?: ({
    key: "id" | "created_at" | "request_content_type" | "response_content_type" | "request_type" | "success" | "cached" | "provider" | "model" | "model_type" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback" | "event_id" | "metadata.key" | "metadata.value" | "authentication" | "wholesale" | "compatibilityMode" | "dlp_action" | "user_agent";
    operator: "eq" | "neq" | "contains" | "lt" | "gt";
    value: ((string | null) | number | boolean)[];
  })[];
  /** @deprecated */
  max_cost?: number;
  /** @deprecated */
  max_duration?: number;
  /** @deprecated */
  max_tokens_in?: number;
  /** @deprecated */
  max_tokens_out?: number;
  /** @deprecated */
  max_total_tokens?: number;
  meta_info?: boolean;
  /** @deprecated */
  min_cost?: number;
  /** @deprecated */
  min_duration?: number;
  /** @deprecated */
  min_tokens_in?: number;
  /** @deprecated */
  min_tokens_out?: number;
  /** @deprecated */
  min_total_tokens?: number;
  /** @deprecated */
  model?: string;
  /** @deprecated */
  model_type?: string;
  /** @default "created_at" */
  order_by?: "created_at" | "provider" | "model" | "model_type" | "success" | "cached";
  /** @default "desc" */
  order_by_direction?: "asc" | "desc";
  /**
   * @minimum 1
   * @default 1
   */
  page?: number;
  /**
   * @minimum 1
   * @maximum 50
   * @default 20
   */
  per_page?: number;
  /** @deprecated */
  provider?: string;
  /** @deprecated */
  request_content_type?: string;
  /** @deprecated */
  response_content_type?: string;
  search?: string;
  /**
   * @format date-time
   * @deprecated
   */
  start_date?: string;
  /** @deprecated */
  success?: boolean;
}

export type LogListResponse = ({
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
  request_type?: string;
  response_content_type?: string;
  status_code?: number;
  step?: number;
  success: boolean;
  tokens_in: number | null;
  tokens_out: number | null;
})[];

/** Parameters of `aiGateway.logs.request` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/request`). */
export interface LogRequestParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export type LogRequestResponse = Record<string, unknown>;

/** Parameters of `aiGateway.logs.response` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}/response`). */
export interface LogResponseParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export type LogResponseResponse = Record<string, unknown>;
