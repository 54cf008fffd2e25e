/** Parameters of `aiGateway.dynamicRouting.versions.create` (`POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions`). */
export interface VersionCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    elements: (({
      id: string;
      outputs: {
        next: {
          elementId: string;
        };
      };
      type: "start";
    }) | ({
      id: string;
      outputs: {
        false: {
          elementId: string;
        };
        true: {
          elementId: string;
        };
      };
      properties: {
        conditions?: Record<string, unknown>;
      };
      type: "conditional";
    }) | ({
      id: string;
      outputs: { [key: string]: {
        elementId: string;
      } };
      type: "percentage";
    }) | ({
      id: string;
      outputs: {
        fallback: {
          elementId: string;
        };
        success: {
          elementId: string;
        };
      };
      properties: {
        key: string;
        limit: number;
        limitType: "count" | "cost";
        window: number;
      };
      type: "rate";
    }) | ({
      id: string;
      outputs: {
        fallback: {
          elementId: string;
        };
        success: {
          elementId: string;
        };
      };
      properties: {
        model: string;
        provider: string;
        retries: number;
        timeout: number;
      };
      type: "model";
    }) | ({
      id: string;
      outputs: { [key: string]: {
        elementId: string;
      } };
      type: "end";
    }))[];
  };
}

export interface VersionCreateResponse {
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  elements: (({
    id: string;
    outputs: {
      next: {
        elementId: string;
      };
    };
    type: "start";
  }) | ({
    id: string;
    outputs: {
      false: {
        elementId: string;
      };
      true: {
        elementId: string;
      };
    };
    properties: {
      conditions?: Record<string, unknown>;
    };
    type: "conditional";
  }) | ({
    id: string;
    outputs: { [key: string]: {
      elementId: string;
    } };
    type: "percentage";
  }) | ({
    id: string;
    outputs: {
      fallback: {
        elementId: string;
      };
      success: {
        elementId: string;
      };
    };
    properties: {
      key: string;
      limit: number;
      limitType: "count" | "cost";
      window: number;
    };
    type: "rate";
  }) | ({
    id: string;
    outputs: {
      fallback: {
        elementId: string;
      };
      success: {
        elementId: string;
      };
    };
    properties: {
      model: string;
      provider: string;
      retries: number;
      timeout: number;
    };
    type: "model";
  }) | ({
    id: string;
    outputs: { [key: string]: {
      elementId: string;
    } };
    type: "end";
  }))[];
  gateway_id: string;
  id: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
}

/** Parameters of `aiGateway.dynamicRouting.versions.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions/{version_id}`). */
export interface VersionGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export interface VersionGetResponse {
  active: "true" | "false";
  /** @readonly Set by the server; ignored in requests. */
  created_at: string;
  data: string;
  elements: (({
    id: string;
    outputs: {
      next: {
        elementId: string;
      };
    };
    type: "start";
  }) | ({
    id: string;
    outputs: {
      false: {
        elementId: string;
      };
      true: {
        elementId: string;
      };
    };
    properties: {
      conditions?: Record<string, unknown>;
    };
    type: "conditional";
  }) | ({
    id: string;
    outputs: { [key: string]: {
      elementId: string;
    } };
    type: "percentage";
  }) | ({
    id: string;
    outputs: {
      fallback: {
        elementId: string;
      };
      success: {
        elementId: string;
      };
    };
    properties: {
      key: string;
      limit: number;
      limitType: "count" | "cost";
      window: number;
    };
    type: "rate";
  }) | ({
    id: string;
    outputs: {
      fallback: {
        elementId: string;
      };
      success: {
        elementId: string;
      };
    };
    properties: {
      model: string;
      provider: string;
      retries: number;
      timeout: number;
    };
    type: "model";
  }) | ({
    id: string;
    outputs: { [key: string]: {
      elementId: string;
    } };
    type: "end";
  }))[];
  gateway_id: string;
  id: string;
  is_valid?: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  version_id: string;
}

/** Parameters of `aiGateway.dynamicRouting.versions.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/versions`). */
export interface VersionListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export interface VersionListResponse {
  order_by: string;
  order_by_direction: string;
  page: number;
  per_page: number;
  versions: ({
    active: "true" | "false";
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    data: string;
    is_valid?: boolean;
    version_id: string;
  })[];
}
