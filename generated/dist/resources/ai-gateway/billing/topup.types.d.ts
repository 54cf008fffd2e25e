import type { AigBillingCreateTopupResult, AigBillingGetTopupLimitsResult, AigBillingTopupStatusResult } from '../../../schemas/ai-gateway.types.js';

/** Parameters of `aiGateway.billing.topup.create` (`POST /accounts/{account_id}/ai-gateway/billing/topup`). */
export interface TopupCreateParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
  /** The JSON request body. */
  body: {
    /**
     * Top-up amount in cents (min 1000).
     * @minimum 1000
     * @example 5000
     */
    amount: number;
  };
}

export type TopupCreateResponse = AigBillingCreateTopupResult;

/** Parameters of `aiGateway.billing.topup.limits` (`GET /accounts/{account_id}/ai-gateway/billing/topup/limits`). */
export interface TopupLimitsParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
}

export type TopupLimitsResponse = AigBillingGetTopupLimitsResult;

/** Parameters of `aiGateway.billing.topup.status` (`POST /accounts/{account_id}/ai-gateway/billing/topup/status`). */
export interface TopupStatusParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
  /** The JSON request body. */
  body: {
    /**
     * Stripe invoice ID to check status for.
     * @example "in_1abc"
     */
    payment_intent_id: string;
  };
}

export type TopupStatusResponse = AigBillingTopupStatusResult;
