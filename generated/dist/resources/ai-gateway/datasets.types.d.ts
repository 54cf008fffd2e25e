/** Parameters of `aiGateway.datasets.create` (`POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets`). */
export interface DatasetCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    enable: boolean;
    filters: ({
      key: "created_at" | "request_content_type" | "response_content_type" | "success" | "cached" | "provider" | "model" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback";
      operator: "eq" | "contains" | "lt" | "gt";
      value: (string | number | boolean)[];
    })[];
    name: string;
  };
}

export interface DatasetCreateResponse {
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
}

/** Parameters of `aiGateway.datasets.delete` (`DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`). */
export interface DatasetDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface DatasetDeleteResponse {
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
}

/** Parameters of `aiGateway.datasets.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`). */
export interface DatasetGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface DatasetGetResponse {
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
}

/** Parameters of `aiGateway.datasets.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets`). */
export interface DatasetListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  enable?: boolean;
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
  /** Search by id, name, filters */
  search?: string;
}

export type DatasetListResponse = ({
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

/** Parameters of `aiGateway.datasets.update` (`PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/datasets/{id}`). */
export interface DatasetUpdateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    enable: boolean;
    filters: ({
      key: "created_at" | "request_content_type" | "response_content_type" | "success" | "cached" | "provider" | "model" | "cost" | "tokens" | "tokens_in" | "tokens_out" | "duration" | "feedback";
      operator: "eq" | "contains" | "lt" | "gt";
      value: (string | number | boolean)[];
    })[];
    name: string;
  };
}

export interface DatasetUpdateResponse {
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
}
