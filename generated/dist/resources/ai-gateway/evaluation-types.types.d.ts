/** Parameters of `aiGateway.evaluationTypes.list` (`GET /accounts/{account_id}/ai-gateway/evaluation-types`). */
export interface EvaluationTypeListParams {
  /**
   * Defaults to the client's `accountId` option.
   * @example "0d37909e38d3e99c29fa2cd343ac421a"
   */
  account_id?: string;
  /** @default "mandatory" */
  order_by?: string;
  /** @default "desc" */
  order_by_direction?: "asc" | "desc";
  /**
   * @minimum 1
   * @default 1
   */
  page?: number;
  /**
   * @minimum 5
   * @maximum 50
   * @default 20
   */
  per_page?: number;
}

export type EvaluationTypeListResponse = ({
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  created_at: string;
  description: string;
  enable: boolean;
  id: string;
  mandatory: boolean;
  /**
   * @format date-time
   * @readonly Set by the server; ignored in requests.
   */
  modified_at: string;
  name: string;
  type: string;
})[];
