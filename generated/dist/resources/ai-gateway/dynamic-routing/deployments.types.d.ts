/** Parameters of `aiGateway.dynamicRouting.deployments.create` (`POST /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments`). */
export interface DeploymentCreateParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  /** The JSON request body. */
  body?: {
    /** @example "54442216" */
    version_id: string;
  };
}

export interface DeploymentCreateResponse {
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

/** Parameters of `aiGateway.dynamicRouting.deployments.list` (`GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/routes/{id}/deployments`). */
export interface DeploymentListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
}

export interface DeploymentListResponse {
  deployments: ({
    /** @readonly Set by the server; ignored in requests. */
    created_at: string;
    deployment_id: string;
    version_id: string;
  })[];
  order_by: string;
  order_by_direction: string;
  page: number;
  per_page: number;
}
