/** Parameters of `aiGateway.providerConfigs.create` (`POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs`). */
export interface ProviderConfigCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    alias: string;
    default_config: boolean;
    provider_slug: string;
    rate_limit?: number;
    /** @default 60 */
    rate_limit_period?: number;
    secret?: string;
    secret_id?: string;
  };
}

export interface ProviderConfigCreateResponse {
  alias: string;
  default_config: boolean;
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
  provider_slug: string;
  rate_limit?: number;
  /** @default 60 */
  rate_limit_period?: number;
  secret_id: string;
  secret_preview: string;
}

/** Parameters of `aiGateway.providerConfigs.delete` (`DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}`). */
export interface ProviderConfigDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface ProviderConfigDeleteResponse {
  alias: string;
  default_config: boolean;
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
  provider_slug: string;
  rate_limit?: number;
  /** @default 60 */
  rate_limit_period?: number;
  secret_id: string;
  secret_preview: string;
}

/** Parameters of `aiGateway.providerConfigs.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs`). */
export interface ProviderConfigListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
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
}

export type ProviderConfigListResponse = ({
  alias: string;
  default_config: boolean;
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
  provider_slug: string;
  rate_limit?: number;
  /** @default 60 */
  rate_limit_period?: number;
  secret_id: string;
  secret_preview: string;
})[];

/** Parameters of `aiGateway.providerConfigs.update` (`PUT /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/provider_configs/{id}`). */
export interface ProviderConfigUpdateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    secret: string;
  };
}

export interface ProviderConfigUpdateResponse {
  alias: string;
  default_config: boolean;
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
  provider_slug: string;
  rate_limit?: number;
  /** @default 60 */
  rate_limit_period?: number;
  secret_id: string;
  secret_preview: string;
}
