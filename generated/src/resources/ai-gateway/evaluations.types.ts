/** Parameters of `aiGateway.evaluations.create` (`POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations`). */
export interface EvaluationCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    dataset_ids: string[];
    evaluation_type_ids: string[];
    name: string;
  };
}

export interface EvaluationCreateResponse {
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  datasets: ({
    account_id: string;
    account_tag: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    enable: boolean;
    filters: ({
      key: "created_at" | "request_content_type" | "response_content_type" | "success" | "cached" | "provider" | "model" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback";
      operator: "eq" | "contains" | "lt" | "gt";
      value: (string | number | boolean)[];
    })[];
    /**
     * gateway id
     * @minLength 1
     * @maxLength 64
     * @example "my-gateway"
     */
    gateway_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    name: string;
  })[];
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  gateway_id: string;
  id: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  processed: boolean;
  results: ({
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    evaluation_id: string;
    evaluation_type_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    result: string;
    status: number;
    status_description: string;
    total_logs: number;
  })[];
  total_logs: number;
}

/** Parameters of `aiGateway.evaluations.delete` (`DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}`). */
export interface EvaluationDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface EvaluationDeleteResponse {
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  datasets: ({
    account_id: string;
    account_tag: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    enable: boolean;
    filters: ({
      key: "created_at" | "request_content_type" | "response_content_type" | "success" | "cached" | "provider" | "model" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback";
      operator: "eq" | "contains" | "lt" | "gt";
      value: (string | number | boolean)[];
    })[];
    /**
     * gateway id
     * @minLength 1
     * @maxLength 64
     * @example "my-gateway"
     */
    gateway_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    name: string;
  })[];
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  gateway_id: string;
  id: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  processed: boolean;
  results: ({
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    evaluation_id: string;
    evaluation_type_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    result: string;
    status: number;
    status_description: string;
    total_logs: number;
  })[];
  total_logs: number;
}

/** Parameters of `aiGateway.evaluations.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations/{id}`). */
export interface EvaluationGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface EvaluationGetResponse {
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  datasets: ({
    account_id: string;
    account_tag: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    enable: boolean;
    filters: ({
      key: "created_at" | "request_content_type" | "response_content_type" | "success" | "cached" | "provider" | "model" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback";
      operator: "eq" | "contains" | "lt" | "gt";
      value: (string | number | boolean)[];
    })[];
    /**
     * gateway id
     * @minLength 1
     * @maxLength 64
     * @example "my-gateway"
     */
    gateway_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    name: string;
  })[];
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  gateway_id: string;
  id: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  processed: boolean;
  results: ({
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    evaluation_id: string;
    evaluation_type_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    result: string;
    status: number;
    status_description: string;
    total_logs: number;
  })[];
  total_logs: number;
}

/** Parameters of `aiGateway.evaluations.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/evaluations`). */
export interface EvaluationListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  name?: string;
  /**
   * @minimum 1
   * @default 1
   */
  page?: number;
  /**
   * @minimum 1
   * @maximum 100
   * @default 20
   */
  per_page?: number;
  processed?: boolean;
  /** Search by id, name */
  search?: string;
}

export type EvaluationListResponse = ({
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  datasets: ({
    account_id: string;
    account_tag: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    enable: boolean;
    filters: ({
      key: "created_at" | "request_content_type" | "response_content_type" | "success" | "cached" | "provider" | "model" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback";
      operator: "eq" | "contains" | "lt" | "gt";
      value: (string | number | boolean)[];
    })[];
    /**
     * gateway id
     * @minLength 1
     * @maxLength 64
     * @example "my-gateway"
     */
    gateway_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    name: string;
  })[];
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  gateway_id: string;
  id: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  processed: boolean;
  results: ({
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    evaluation_id: string;
    evaluation_type_id: string;
    id: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    modified_at: string;
    result: string;
    status: number;
    status_description: string;
    total_logs: number;
  })[];
  total_logs: number;
})[];
