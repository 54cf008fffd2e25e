/** Parameters of `aiGateway.dynamicRouting.create` (`POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes`). */
export interface DynamicRoutingCreateParams {
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
    name: string;
  };
}

export interface DynamicRoutingCreateResponse {
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  deployment: {
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    deployment_id: string;
    version_id: string;
  };
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
  version: {
    active: "true" | "false";
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    data: string;
    is_valid?: boolean;
    version_id: string;
  };
}

/** Parameters of `aiGateway.dynamicRouting.delete` (`DELETE /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`). */
export interface DynamicRoutingDeleteParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export interface DynamicRoutingDeleteResponse {
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

/** Parameters of `aiGateway.dynamicRouting.get` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`). */
export interface DynamicRoutingGetParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export interface DynamicRoutingGetResponse {
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  deployment: {
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    deployment_id: string;
    version_id: string;
  };
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
  version: {
    active: "true" | "false";
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    data: string;
    is_valid?: boolean;
    version_id: string;
  };
}

/** Parameters of `aiGateway.dynamicRouting.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes`). */
export interface DynamicRoutingListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  /**
   * Page number
   * @example 1
   */
  page?: number;
  /**
   * Number of routes per page
   * @example 20
   */
  per_page?: number;
}

export interface DynamicRoutingListResponse {
  order_by: string;
  order_by_direction: string;
  page: number;
  per_page: number;
  routes: ({
    account_tag: string;
    /**
     * @format date-time
     * @readonly Set by the server; ignored in requests.
     */
    created_at: string;
    deployment: {
      /** @readonly Set by the server; ignored in requests. */
      created_at: string;
      deployment_id: string;
      version_id: string;
    };
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
    version: {
      active: "true" | "false";
      /** @readonly Set by the server; ignored in requests. */
      created_at: string;
      data: string;
      is_valid?: boolean;
      version_id: string;
    };
  })[];
}

/** Parameters of `aiGateway.dynamicRouting.update` (`PATCH /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}`). */
export interface DynamicRoutingUpdateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    /** @example "Route Name" */
    name: string;
  };
}

export interface DynamicRoutingUpdateResponse {
  account_tag: string;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  deployment: {
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    deployment_id: string;
    version_id: string;
  };
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
  version: {
    active: "true" | "false";
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    data: string;
    is_valid?: boolean;
    version_id: string;
  };
}
