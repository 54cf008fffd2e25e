/** Parameters of `aiGateway.customProviders.costs.create` (`POST /accounts/{account_id}/ai-gateway/custom-providers/costs`). */
export interface CostCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    /** @format uuid */
    account_provider_id: string;
    cost_in?: number;
    cost_out?: number;
    /** @default "tokens" */
    cost_type?: string;
    enable?: boolean;
    model: string;
    /** @default "equals" */
    model_rule?: "equals" | "starts-with" | "contains";
    token_pricing?: {
      input_audio_tokens?: number;
      input_cache_creation_tokens?: number;
      input_cached_tokens?: number;
      input_image_count?: number;
      input_image_tokens?: number;
      input_text_tokens?: number;
      input_tokens?: number;
      input_video_tokens?: number;
      output_image_count?: number;
      output_reasoning_tokens?: number;
      output_tokens?: number;
      total_tokens?: number;
    };
  };
}

export interface CostCreateResponse {
  /** @format uuid */
  account_provider_id: string;
  /** @default "manual" */
  changed_by?: string;
  cost_in?: number;
  cost_out?: number;
  /** @default "tokens" */
  cost_type?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  enable?: boolean;
  /** @format uuid */
  id: string;
  model: string;
  /** @default "equals" */
  model_rule?: "equals" | "starts-with" | "contains";
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  token_pricing?: string;
  weight?: number;
}

/** Parameters of `aiGateway.customProviders.costs.delete` (`DELETE /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`). */
export interface CostDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface CostDeleteResponse {
  /** @format uuid */
  account_provider_id: string;
  /** @default "manual" */
  changed_by?: string;
  cost_in?: number;
  cost_out?: number;
  /** @default "tokens" */
  cost_type?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  enable?: boolean;
  /** @format uuid */
  id: string;
  model: string;
  /** @default "equals" */
  model_rule?: "equals" | "starts-with" | "contains";
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  token_pricing?: string;
  weight?: number;
}

/** Parameters of `aiGateway.customProviders.costs.edit` (`PATCH /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`). */
export interface CostEditParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    cost_in?: number;
    cost_out?: number;
    /** @default "tokens" */
    cost_type?: string;
    enable?: boolean;
    model?: string;
    /** @default "equals" */
    model_rule?: "equals" | "starts-with" | "contains";
    token_pricing?: {
      input_audio_tokens?: number;
      input_cache_creation_tokens?: number;
      input_cached_tokens?: number;
      input_image_count?: number;
      input_image_tokens?: number;
      input_text_tokens?: number;
      input_tokens?: number;
      input_video_tokens?: number;
      output_image_count?: number;
      output_reasoning_tokens?: number;
      output_tokens?: number;
      total_tokens?: number;
    };
  };
}

export interface CostEditResponse {
  /** @format uuid */
  account_provider_id: string;
  /** @default "manual" */
  changed_by?: string;
  cost_in?: number;
  cost_out?: number;
  /** @default "tokens" */
  cost_type?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  enable?: boolean;
  /** @format uuid */
  id: string;
  model: string;
  /** @default "equals" */
  model_rule?: "equals" | "starts-with" | "contains";
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  token_pricing?: string;
  weight?: number;
}

/** Parameters of `aiGateway.customProviders.costs.get` (`GET /accounts/{account_id}/ai-gateway/custom-providers/costs/{id}`). */
export interface CostGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface CostGetResponse {
  /** @format uuid */
  account_provider_id: string;
  /** @default "manual" */
  changed_by?: string;
  cost_in?: number;
  cost_out?: number;
  /** @default "tokens" */
  cost_type?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  enable?: boolean;
  /** @format uuid */
  id: string;
  model: string;
  /** @default "equals" */
  model_rule?: "equals" | "starts-with" | "contains";
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  token_pricing?: string;
  weight?: number;
}

/** Parameters of `aiGateway.customProviders.costs.list` (`GET /accounts/{account_id}/ai-gateway/custom-providers/costs`). */
export interface CostListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** @format uuid */
  account_provider_id?: string;
  /** @default "tokens" */
  cost_type?: string;
  enable?: boolean;
  /** @default "equals" */
  model_rule?: "equals" | "starts-with" | "contains";
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
  /** Search by model, changed_by */
  search?: string;
}

export type CostListResponse = ({
  /** @format uuid */
  account_provider_id: string;
  /** @default "manual" */
  changed_by?: string;
  cost_in?: number;
  cost_out?: number;
  /** @default "tokens" */
  cost_type?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  enable?: boolean;
  /** @format uuid */
  id: string;
  model: string;
  /** @default "equals" */
  model_rule?: "equals" | "starts-with" | "contains";
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  token_pricing?: string;
  weight?: number;
})[];
