/** Parameters of `aiGateway.create` (`POST /accounts/{account_id}/ai-gateway/gateways`). */
export interface AIGatewayCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    authentication?: boolean;
    cache_invalidate_on_update: boolean;
    /** @minimum 0 */
    cache_ttl: number | null;
    collect_logs: boolean;
    /**
     * gateway id
     * @minLength 1
     * @maxLength 64
     * @example "my-gateway"
     */
    id: string;
    /**
     * @minimum 10000
     * @maximum 10000000
     */
    log_management?: number | null;
    log_management_strategy?: ("STOP_INSERTING" | "DELETE_OLDEST") | null;
    logpush?: boolean;
    /**
     * @minLength 16
     * @maxLength 1024
     */
    logpush_public_key?: string | null;
    /** @minimum 0 */
    rate_limiting_interval: number | null;
    /** @minimum 0 */
    rate_limiting_limit: number | null;
    rate_limiting_technique?: ("fixed" | "sliding") | null;
    /** Backoff strategy for retry delays */
    retry_backoff?: ("constant" | "linear" | "exponential") | null;
    /**
     * Delay between retry attempts in milliseconds (0-5000)
     * @minimum 0
     * @maximum 5000
     */
    retry_delay?: number | null;
    /**
     * Maximum number of retry attempts for failed requests (1-5)
     * @minimum 1
     * @maximum 5
     */
    retry_max_attempts?: number | null;
    store_id?: string | null;
    /**
     * Controls how Workers AI inference calls routed through this gateway are billed. 'postpaid' bills the account directly through Workers AI; 'unified' deducts credits via AI Gateway using neuron-based pricing and delegates billing to AI Gateway.
     * @default "postpaid"
     */
    workers_ai_billing_mode?: "postpaid" | "unified";
    zdr?: boolean;
  };
}

export interface AIGatewayCreateResponse {
  authentication?: boolean;
  cache_invalidate_on_update: boolean;
  /** @minimum 0 */
  cache_ttl: number | null;
  collect_logs: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  dlp?: ({
    action: "BLOCK" | "FLAG";
    enabled: boolean;
    profiles: string[];
  }) | ({
    enabled: boolean;
    policies: ({
      action: "FLAG" | "BLOCK";
      check: ("REQUEST" | "RESPONSE")[];
      enabled: boolean;
      id: string;
      profiles: string[];
    })[];
  });
  guardrails?: ({
    prompt: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
    response: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
  }) | null;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  id: string;
  is_default?: boolean;
  log_classification?: boolean;
  /**
   * @minimum 10000
   * @maximum 10000000
   */
  log_management?: number | null;
  log_management_strategy?: ("STOP_INSERTING" | "DELETE_OLDEST") | null;
  logpush?: boolean;
  /**
   * @minLength 16
   * @maxLength 1024
   */
  logpush_public_key?: string | null;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  otel?: (({
    /** @maxLength 256 */
    authorization?: string;
    /** @default "json" */
    content_type?: "json" | "protobuf";
    headers: { [key: string]: string };
    /**
     * @format uri
     * @maxLength 2048
     */
    url: string;
  })[]) | null;
  /** @minimum 0 */
  rate_limiting_interval: number | null;
  /** @minimum 0 */
  rate_limiting_limit: number | null;
  rate_limiting_technique?: ("fixed" | "sliding") | null;
  /** Backoff strategy for retry delays */
  retry_backoff?: ("constant" | "linear" | "exponential") | null;
  /**
   * Delay between retry attempts in milliseconds (0-5000)
   * @minimum 0
   * @maximum 5000
   */
  retry_delay?: number | null;
  /**
   * Maximum number of retry attempts for failed requests (1-5)
   * @minimum 1
   * @maximum 5
   */
  retry_max_attempts?: number | null;
  spend_limits?: ({
    /** @default false */
    enabled?: boolean;
    rules?: ({
      /** @default true */
      enabled?: boolean;
      /**
       * @minLength 1
       * @default "226d4650"
       */
      id?: string;
      limit: number;
      limitType: "cost";
      metadata?: { [key: string]: ({
        mode: "partition";
      }) | ({
        mode: "filter";
        values: string[];
      }) };
      model?: {
        mode: "filter";
        values: string[];
      };
      provider?: {
        mode: "filter";
        values: string[];
      };
      /** @default "sliding" */
      technique?: "fixed" | "sliding";
      window: number;
    })[];
  }) | null;
  store_id?: string | null;
  stripe?: ({
    authorization: string;
    usage_events: ({
      payload: string;
    })[];
  }) | null;
  /**
   * Controls how Workers AI inference calls routed through this gateway are billed. 'postpaid' bills the account directly through Workers AI; 'unified' deducts credits via AI Gateway using neuron-based pricing and delegates billing to AI Gateway.
   * @default "postpaid"
   */
  workers_ai_billing_mode?: "postpaid" | "unified";
  zdr?: boolean;
}

/** Parameters of `aiGateway.delete` (`DELETE /accounts/{account_id}/ai-gateway/gateways/{id}`). */
export interface AIGatewayDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface AIGatewayDeleteResponse {
  authentication?: boolean;
  cache_invalidate_on_update: boolean;
  /** @minimum 0 */
  cache_ttl: number | null;
  collect_logs: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  dlp?: ({
    action: "BLOCK" | "FLAG";
    enabled: boolean;
    profiles: string[];
  }) | ({
    enabled: boolean;
    policies: ({
      action: "FLAG" | "BLOCK";
      check: ("REQUEST" | "RESPONSE")[];
      enabled: boolean;
      id: string;
      profiles: string[];
    })[];
  });
  guardrails?: ({
    prompt: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
    response: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
  }) | null;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  id: string;
  is_default?: boolean;
  log_classification?: boolean;
  /**
   * @minimum 10000
   * @maximum 10000000
   */
  log_management?: number | null;
  log_management_strategy?: ("STOP_INSERTING" | "DELETE_OLDEST") | null;
  logpush?: boolean;
  /**
   * @minLength 16
   * @maxLength 1024
   */
  logpush_public_key?: string | null;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  otel?: (({
    /** @maxLength 256 */
    authorization?: string;
    /** @default "json" */
    content_type?: "json" | "protobuf";
    headers: { [key: string]: string };
    /**
     * @format uri
     * @maxLength 2048
     */
    url: string;
  })[]) | null;
  /** @minimum 0 */
  rate_limiting_interval: number | null;
  /** @minimum 0 */
  rate_limiting_limit: number | null;
  rate_limiting_technique?: ("fixed" | "sliding") | null;
  /** Backoff strategy for retry delays */
  retry_backoff?: ("constant" | "linear" | "exponential") | null;
  /**
   * Delay between retry attempts in milliseconds (0-5000)
   * @minimum 0
   * @maximum 5000
   */
  retry_delay?: number | null;
  /**
   * Maximum number of retry attempts for failed requests (1-5)
   * @minimum 1
   * @maximum 5
   */
  retry_max_attempts?: number | null;
  spend_limits?: ({
    /** @default false */
    enabled?: boolean;
    rules?: ({
      /** @default true */
      enabled?: boolean;
      /**
       * @minLength 1
       * @default "b00ba072"
       */
      id?: string;
      limit: number;
      limitType: "cost";
      metadata?: { [key: string]: ({
        mode: "partition";
      }) | ({
        mode: "filter";
        values: string[];
      }) };
      model?: {
        mode: "filter";
        values: string[];
      };
      provider?: {
        mode: "filter";
        values: string[];
      };
      /** @default "sliding" */
      technique?: "fixed" | "sliding";
      window: number;
    })[];
  }) | null;
  store_id?: string | null;
  stripe?: ({
    authorization: string;
    usage_events: ({
      payload: string;
    })[];
  }) | null;
  /**
   * Controls how Workers AI inference calls routed through this gateway are billed. 'postpaid' bills the account directly through Workers AI; 'unified' deducts credits via AI Gateway using neuron-based pricing and delegates billing to AI Gateway.
   * @default "postpaid"
   */
  workers_ai_billing_mode?: "postpaid" | "unified";
  zdr?: boolean;
}

/** Parameters of `aiGateway.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{id}`). */
export interface AIGatewayGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
}

export interface AIGatewayGetResponse {
  authentication?: boolean;
  cache_invalidate_on_update: boolean;
  /** @minimum 0 */
  cache_ttl: number | null;
  collect_logs: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  dlp?: ({
    action: "BLOCK" | "FLAG";
    enabled: boolean;
    profiles: string[];
  }) | ({
    enabled: boolean;
    policies: ({
      action: "FLAG" | "BLOCK";
      check: ("REQUEST" | "RESPONSE")[];
      enabled: boolean;
      id: string;
      profiles: string[];
    })[];
  });
  guardrails?: ({
    prompt: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
    response: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
  }) | null;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  id: string;
  is_default?: boolean;
  log_classification?: boolean;
  /**
   * @minimum 10000
   * @maximum 10000000
   */
  log_management?: number | null;
  log_management_strategy?: ("STOP_INSERTING" | "DELETE_OLDEST") | null;
  logpush?: boolean;
  /**
   * @minLength 16
   * @maxLength 1024
   */
  logpush_public_key?: string | null;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  otel?: (({
    /** @maxLength 256 */
    authorization?: string;
    /** @default "json" */
    content_type?: "json" | "protobuf";
    headers: { [key: string]: string };
    /**
     * @format uri
     * @maxLength 2048
     */
    url: string;
  })[]) | null;
  /** @minimum 0 */
  rate_limiting_interval: number | null;
  /** @minimum 0 */
  rate_limiting_limit: number | null;
  rate_limiting_technique?: ("fixed" | "sliding") | null;
  /** Backoff strategy for retry delays */
  retry_backoff?: ("constant" | "linear" | "exponential") | null;
  /**
   * Delay between retry attempts in milliseconds (0-5000)
   * @minimum 0
   * @maximum 5000
   */
  retry_delay?: number | null;
  /**
   * Maximum number of retry attempts for failed requests (1-5)
   * @minimum 1
   * @maximum 5
   */
  retry_max_attempts?: number | null;
  spend_limits?: ({
    /** @default false */
    enabled?: boolean;
    rules?: ({
      /** @default true */
      enabled?: boolean;
      /**
       * @minLength 1
       * @default "b89c8896"
       */
      id?: string;
      limit: number;
      limitType: "cost";
      metadata?: { [key: string]: ({
        mode: "partition";
      }) | ({
        mode: "filter";
        values: string[];
      }) };
      model?: {
        mode: "filter";
        values: string[];
      };
      provider?: {
        mode: "filter";
        values: string[];
      };
      /** @default "sliding" */
      technique?: "fixed" | "sliding";
      window: number;
    })[];
  }) | null;
  store_id?: string | null;
  stripe?: ({
    authorization: string;
    usage_events: ({
      payload: string;
    })[];
  }) | null;
  /**
   * Controls how Workers AI inference calls routed through this gateway are billed. 'postpaid' bills the account directly through Workers AI; 'unified' deducts credits via AI Gateway using neuron-based pricing and delegates billing to AI Gateway.
   * @default "postpaid"
   */
  workers_ai_billing_mode?: "postpaid" | "unified";
  zdr?: boolean;
}

/** Parameters of `aiGateway.list` (`GET /accounts/{account_id}/ai-gateway/gateways`). */
export interface AIGatewayListParams {
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
  /** Search by id */
  search?: string;
}

export type AIGatewayListResponse = ({
  authentication?: boolean;
  cache_invalidate_on_update: boolean;
  /** @minimum 0 */
  cache_ttl: number | null;
  collect_logs: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  dlp?: ({
    action: "BLOCK" | "FLAG";
    enabled: boolean;
    profiles: string[];
  }) | ({
    enabled: boolean;
    policies: ({
      action: "FLAG" | "BLOCK";
      check: ("REQUEST" | "RESPONSE")[];
      enabled: boolean;
      id: string;
      profiles: string[];
    })[];
  });
  guardrails?: ({
    prompt: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
    response: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
  }) | null;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  id: string;
  is_default?: boolean;
  log_classification?: boolean;
  /**
   * @minimum 10000
   * @maximum 10000000
   */
  log_management?: number | null;
  log_management_strategy?: ("STOP_INSERTING" | "DELETE_OLDEST") | null;
  logpush?: boolean;
  /**
   * @minLength 16
   * @maxLength 1024
   */
  logpush_public_key?: string | null;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  otel?: (({
    /** @maxLength 256 */
    authorization?: string;
    /** @default "json" */
    content_type?: "json" | "protobuf";
    headers: { [key: string]: string };
    /**
     * @format uri
     * @maxLength 2048
     */
    url: string;
  })[]) | null;
  /** @minimum 0 */
  rate_limiting_interval: number | null;
  /** @minimum 0 */
  rate_limiting_limit: number | null;
  rate_limiting_technique?: ("fixed" | "sliding") | null;
  /** Backoff strategy for retry delays */
  retry_backoff?: ("constant" | "linear" | "exponential") | null;
  /**
   * Delay between retry attempts in milliseconds (0-5000)
   * @minimum 0
   * @maximum 5000
   */
  retry_delay?: number | null;
  /**
   * Maximum number of retry attempts for failed requests (1-5)
   * @minimum 1
   * @maximum 5
   */
  retry_max_attempts?: number | null;
  spend_limits?: ({
    /** @default false */
    enabled?: boolean;
    rules?: ({
      /** @default true */
      enabled?: boolean;
      /**
       * @minLength 1
       * @default "c3b432b3"
       */
      id?: string;
      limit: number;
      limitType: "cost";
      metadata?: { [key: string]: ({
        mode: "partition";
      }) | ({
        mode: "filter";
        values: string[];
      }) };
      model?: {
        mode: "filter";
        values: string[];
      };
      provider?: {
        mode: "filter";
        values: string[];
      };
      /** @default "sliding" */
      technique?: "fixed" | "sliding";
      window: number;
    })[];
  }) | null;
  store_id?: string | null;
  stripe?: ({
    authorization: string;
    usage_events: ({
      payload: string;
    })[];
  }) | null;
  /**
   * Controls how Workers AI inference calls routed through this gateway are billed. 'postpaid' bills the account directly through Workers AI; 'unified' deducts credits via AI Gateway using neuron-based pricing and delegates billing to AI Gateway.
   * @default "postpaid"
   */
  workers_ai_billing_mode?: "postpaid" | "unified";
  zdr?: boolean;
})[];

/** Parameters of `aiGateway.update` (`PUT /accounts/{account_id}/ai-gateway/gateways/{id}`). */
export interface AIGatewayUpdateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "3ebbcb006d4d46d7bb6a8c7f14676cb0"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    authentication?: boolean;
    cache_invalidate_on_update: boolean;
    /** @minimum 0 */
    cache_ttl: number | null;
    collect_logs: boolean;
    dlp?: ({
      action: "BLOCK" | "FLAG";
      enabled: boolean;
      profiles: string[];
    }) | ({
      enabled: boolean;
      policies: ({
        action: "FLAG" | "BLOCK";
        check: ("REQUEST" | "RESPONSE")[];
        enabled: boolean;
        id: string;
        profiles: string[];
      })[];
    });
    guardrails?: ({
      prompt: {
        P1?: "FLAG" | "BLOCK";
        S1?: "FLAG" | "BLOCK";
        S2?: "FLAG" | "BLOCK";
        S3?: "FLAG" | "BLOCK";
        S4?: "FLAG" | "BLOCK";
        S5?: "FLAG" | "BLOCK";
        S6?: "FLAG" | "BLOCK";
        S7?: "FLAG" | "BLOCK";
        S8?: "FLAG" | "BLOCK";
        S9?: "FLAG" | "BLOCK";
        S10?: "FLAG" | "BLOCK";
        S11?: "FLAG" | "BLOCK";
        S12?: "FLAG" | "BLOCK";
        S13?: "FLAG" | "BLOCK";
      };
      response: {
        P1?: "FLAG" | "BLOCK";
        S1?: "FLAG" | "BLOCK";
        S2?: "FLAG" | "BLOCK";
        S3?: "FLAG" | "BLOCK";
        S4?: "FLAG" | "BLOCK";
        S5?: "FLAG" | "BLOCK";
        S6?: "FLAG" | "BLOCK";
        S7?: "FLAG" | "BLOCK";
        S8?: "FLAG" | "BLOCK";
        S9?: "FLAG" | "BLOCK";
        S10?: "FLAG" | "BLOCK";
        S11?: "FLAG" | "BLOCK";
        S12?: "FLAG" | "BLOCK";
        S13?: "FLAG" | "BLOCK";
      };
    }) | null;
    log_classification?: boolean;
    /**
     * @minimum 10000
     * @maximum 10000000
     */
    log_management?: number | null;
    log_management_strategy?: ("STOP_INSERTING" | "DELETE_OLDEST") | null;
    logpush?: boolean;
    /**
     * @minLength 16
     * @maxLength 1024
     */
    logpush_public_key?: string | null;
    otel?: (({
      /** @maxLength 256 */
      authorization?: string;
      /** @default "json" */
      content_type?: "json" | "protobuf";
      headers: { [key: string]: string };
      /**
       * @format uri
       * @maxLength 2048
       */
      url: string;
    })[]) | null;
    /** @minimum 0 */
    rate_limiting_interval: number | null;
    /** @minimum 0 */
    rate_limiting_limit: number | null;
    rate_limiting_technique?: ("fixed" | "sliding") | null;
    /** Backoff strategy for retry delays */
    retry_backoff?: ("constant" | "linear" | "exponential") | null;
    /**
     * Delay between retry attempts in milliseconds (0-5000)
     * @minimum 0
     * @maximum 5000
     */
    retry_delay?: number | null;
    /**
     * Maximum number of retry attempts for failed requests (1-5)
     * @minimum 1
     * @maximum 5
     */
    retry_max_attempts?: number | null;
    spend_limits?: ({
      /** @default false */
      enabled?: boolean;
      rules?: ({
        /** @default true */
        enabled?: boolean;
        /**
         * @minLength 1
         * @default "f6a82e7c"
         */
        id?: string;
        limit: number;
        limitType: "cost";
        metadata?: { [key: string]: ({
          mode: "partition";
        }) | ({
          mode: "filter";
          values: string[];
        }) };
        model?: {
          mode: "filter";
          values: string[];
        };
        provider?: {
          mode: "filter";
          values: string[];
        };
        /** @default "sliding" */
        technique?: "fixed" | "sliding";
        window: number;
      })[];
    }) | null;
    store_id?: string | null;
    stripe?: ({
      authorization: string;
      usage_events: ({
        payload: string;
      })[];
    }) | null;
    /**
     * Controls how Workers AI inference calls routed through this gateway are billed. 'postpaid' bills the account directly through Workers AI; 'unified' deducts credits via AI Gateway using neuron-based pricing and delegates billing to AI Gateway.
     * @default "postpaid"
     */
    workers_ai_billing_mode?: "postpaid" | "unified";
    zdr?: boolean;
  };
}

export interface AIGatewayUpdateResponse {
  authentication?: boolean;
  cache_invalidate_on_update: boolean;
  /** @minimum 0 */
  cache_ttl: number | null;
  collect_logs: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  dlp?: ({
    action: "BLOCK" | "FLAG";
    enabled: boolean;
    profiles: string[];
  }) | ({
    enabled: boolean;
    policies: ({
      action: "FLAG" | "BLOCK";
      check: ("REQUEST" | "RESPONSE")[];
      enabled: boolean;
      id: string;
      profiles: string[];
    })[];
  });
  guardrails?: ({
    prompt: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
    response: {
      P1?: "FLAG" | "BLOCK";
      S1?: "FLAG" | "BLOCK";
      S2?: "FLAG" | "BLOCK";
      S3?: "FLAG" | "BLOCK";
      S4?: "FLAG" | "BLOCK";
      S5?: "FLAG" | "BLOCK";
      S6?: "FLAG" | "BLOCK";
      S7?: "FLAG" | "BLOCK";
      S8?: "FLAG" | "BLOCK";
      S9?: "FLAG" | "BLOCK";
      S10?: "FLAG" | "BLOCK";
      S11?: "FLAG" | "BLOCK";
      S12?: "FLAG" | "BLOCK";
      S13?: "FLAG" | "BLOCK";
    };
  }) | null;
  /**
   * gateway id
   * @minLength 1
   * @maxLength 64
   * @example "my-gateway"
   */
  id: string;
  is_default?: boolean;
  log_classification?: boolean;
  /**
   * @minimum 10000
   * @maximum 10000000
   */
  log_management?: number | null;
  log_management_strategy?: ("STOP_INSERTING" | "DELETE_OLDEST") | null;
  logpush?: boolean;
  /**
   * @minLength 16
   * @maxLength 1024
   */
  logpush_public_key?: string | null;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  otel?: (({
    /** @maxLength 256 */
    authorization?: string;
    /** @default "json" */
    content_type?: "json" | "protobuf";
    headers: { [key: string]: string };
    /**
     * @format uri
     * @maxLength 2048
     */
    url: string;
  })[]) | null;
  /** @minimum 0 */
  rate_limiting_interval: number | null;
  /** @minimum 0 */
  rate_limiting_limit: number | null;
  rate_limiting_technique?: ("fixed" | "sliding") | null;
  /** Backoff strategy for retry delays */
  retry_backoff?: ("constant" | "linear" | "exponential") | null;
  /**
   * Delay between retry attempts in milliseconds (0-5000)
   * @minimum 0
   * @maximum 5000
   */
  retry_delay?: number | null;
  /**
   * Maximum number of retry attempts for failed requests (1-5)
   * @minimum 1
   * @maximum 5
   */
  retry_max_attempts?: number | null;
  spend_limits?: ({
    /** @default false */
    enabled?: boolean;
    rules?: ({
      /** @default true */
      enabled?: boolean;
      /**
       * @minLength 1
       * @default "733545e2"
       */
      id?: string;
      limit: number;
      limitType: "cost";
      metadata?: { [key: string]: ({
        mode: "partition";
      }) | ({
        mode: "filter";
        values: string[];
      }) };
      model?: {
        mode: "filter";
        values: string[];
      };
      provider?: {
        mode: "filter";
        values: string[];
      };
      /** @default "sliding" */
      technique?: "fixed" | "sliding";
      window: number;
    })[];
  }) | null;
  store_id?: string | null;
  stripe?: ({
    authorization: string;
    usage_events: ({
      payload: string;
    })[];
  }) | null;
  /**
   * Controls how Workers AI inference calls routed through this gateway are billed. 'postpaid' bills the account directly through Workers AI; 'unified' deducts credits via AI Gateway using neuron-based pricing and delegates billing to AI Gateway.
   * @default "postpaid"
   */
  workers_ai_billing_mode?: "postpaid" | "unified";
  zdr?: boolean;
}
