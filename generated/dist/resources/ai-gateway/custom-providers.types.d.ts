/** Parameters of `aiGateway.customProviders.create` (`POST /accounts/{account_id}/ai-gateway/custom-providers`). */
export interface CustomProviderCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    /** @format uri */
    base_url: string;
    beta?: boolean;
    curl_example?: string;
    description?: string;
    enable?: boolean;
    /** @maxLength 8192 */
    headers?: string;
    js_example?: string;
    link?: string;
    name: string;
    position?: number;
    slug: string;
  };
}

export interface CustomProviderCreateResponse {
  /** @format uri */
  base_url: string;
  beta?: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  curl_example?: string;
  description?: string;
  enable?: boolean;
  /** @maxLength 8192 */
  headers?: string;
  /** @format uuid */
  id: string;
  js_example?: string;
  link?: string;
  logo?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  position?: number;
  slug: string;
}

/** Parameters of `aiGateway.customProviders.delete` (`DELETE /accounts/{account_id}/ai-gateway/custom-providers/{id}`). */
export interface CustomProviderDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface CustomProviderDeleteResponse {
  /** @format uri */
  base_url: string;
  beta?: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  curl_example?: string;
  description?: string;
  enable?: boolean;
  /** @maxLength 8192 */
  headers?: string;
  /** @format uuid */
  id: string;
  js_example?: string;
  link?: string;
  logo?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  position?: number;
  slug: string;
}

/** Parameters of `aiGateway.customProviders.edit` (`PATCH /accounts/{account_id}/ai-gateway/custom-providers/{id}`). */
export interface CustomProviderEditParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    /** @format uri */
    base_url?: string;
    beta?: boolean;
    curl_example?: string;
    description?: string;
    enable?: boolean;
    /** @maxLength 8192 */
    headers?: string;
    js_example?: string;
    link?: string;
    logo?: string;
    name?: string;
    position?: number;
    slug?: string;
  };
}

export interface CustomProviderEditResponse {
  /** @format uri */
  base_url: string;
  beta?: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  curl_example?: string;
  description?: string;
  enable?: boolean;
  /** @maxLength 8192 */
  headers?: string;
  /** @format uuid */
  id: string;
  js_example?: string;
  link?: string;
  logo?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  position?: number;
  slug: string;
}

/** Parameters of `aiGateway.customProviders.get` (`GET /accounts/{account_id}/ai-gateway/custom-providers/{id}`). */
export interface CustomProviderGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface CustomProviderGetResponse {
  /** @format uri */
  base_url: string;
  beta?: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  curl_example?: string;
  description?: string;
  enable?: boolean;
  /** @maxLength 8192 */
  headers?: string;
  /** @format uuid */
  id: string;
  js_example?: string;
  link?: string;
  logo?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  position?: number;
  slug: string;
}

/** Parameters of `aiGateway.customProviders.list` (`GET /accounts/{account_id}/ai-gateway/custom-providers`). */
export interface CustomProviderListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  beta?: boolean;
  enable?: boolean;
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
  /** Search by id, name, slug */
  search?: string;
}

export type CustomProviderListResponse = ({
  /** @format uri */
  base_url: string;
  beta?: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  curl_example?: string;
  description?: string;
  enable?: boolean;
  /** @maxLength 8192 */
  headers?: string;
  /** @format uuid */
  id: string;
  js_example?: string;
  link?: string;
  logo?: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  position?: number;
  slug: string;
})[];
