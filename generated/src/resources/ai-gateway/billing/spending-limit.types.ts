import type { AigBillingDeleteSpendingLimitResult, AigBillingGetSpendingLimitResult, AigBillingSetSpendingLimitResult } from '../../../schemas/ai-gateway.types.js';

/** Parameters of `aiGateway.billing.spendingLimit.create` (`POST /accounts/{account_id}/ai-gateway/billing/spending-limit`). */
export interface SpendingLimitCreateParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
  /** The JSON request body. */
  body: {
    /**
     * Spending limit amount in cents (min 100).
     * @minimum 100
     * @example 10000
     */
    amount: number;
    /**
     * Spending limit duration.
     * @example "monthly"
     */
    duration: "daily" | "weekly" | "monthly";
    /**
     * Spending limit strategy.
     * @example "fixed"
     */
    strategy: "fixed" | "sliding";
  };
}

export type SpendingLimitCreateResponse = AigBillingSetSpendingLimitResult;

/** Parameters of `aiGateway.billing.spendingLimit.delete` (`DELETE /accounts/{account_id}/ai-gateway/billing/spending-limit`). */
export interface SpendingLimitDeleteParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
}

export type SpendingLimitDeleteResponse = AigBillingDeleteSpendingLimitResult;

/** Parameters of `aiGateway.billing.spendingLimit.get` (`GET /accounts/{account_id}/ai-gateway/billing/spending-limit`). */
export interface SpendingLimitGetParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
}

export type SpendingLimitGetResponse = AigBillingGetSpendingLimitResult;
