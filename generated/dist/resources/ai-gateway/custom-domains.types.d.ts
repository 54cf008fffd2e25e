/** Parameters of `aiGateway.customDomains.create` (`POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains`). */
export interface CustomDomainCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    /**
     * the customer-owned custom hostname
     * @minLength 1
     * @maxLength 253
     * @example "ai.acme.com"
     */
    domain: string;
    minTLS?: "1.0" | "1.1" | "1.2" | "1.3";
    /**
     * Cloudflare Zone ID owning the custom hostname
     * @example "395566f4c8a5b9d2a5fc0d457b007c44"
     */
    zone_id: string;
  };
}

export interface CustomDomainCreateResponse {
  cname_target: string;
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  created_at: number;
  gateway_id: string;
  hostname: string;
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  modified_at: number;
  status: "initializing" | "pending_dcv" | "active" | "blocked" | "error";
}

/** Parameters of `aiGateway.customDomains.delete` (`DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}`). */
export interface CustomDomainDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface CustomDomainDeleteResponse {
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  created_at: number;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  gateway_id: string;
  /**
   * the customer-owned custom hostname
   * @minLength 1
   * @maxLength 253
   * @example "ai.acme.com"
   */
  hostname: string;
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  modified_at: number;
  ssl_hostname_id: string | null;
  status: "initializing" | "pending_dcv" | "active" | "blocked" | "error";
}

/** Parameters of `aiGateway.customDomains.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains/{hostname}`). */
export interface CustomDomainGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface CustomDomainGetResponse {
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  created_at: number;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  gateway_id: string;
  /**
   * the customer-owned custom hostname
   * @minLength 1
   * @maxLength 253
   * @example "ai.acme.com"
   */
  hostname: string;
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  modified_at: number;
  ssl_hostname_id: string | null;
  status: "initializing" | "pending_dcv" | "active" | "blocked" | "error";
}

/** Parameters of `aiGateway.customDomains.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/custom-domains`). */
export interface CustomDomainListParams {
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
  /** Search by hostname */
  search?: string;
  status?: "initializing" | "pending_dcv" | "active" | "blocked" | "error";
}

export type CustomDomainListResponse = ({
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  created_at: number;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  gateway_id: string;
  /**
   * the customer-owned custom hostname
   * @minLength 1
   * @maxLength 253
   * @example "ai.acme.com"
   */
  hostname: string;
  /**
   * epoch milliseconds
   * @readonly Set by the server; ignored in requests.
   * @example 1717459200000
   */
  modified_at: number;
  ssl_hostname_id: string | null;
  status: "initializing" | "pending_dcv" | "active" | "blocked" | "error";
})[];
