import type { AigBillingDeleteTopupConfigResult, AigBillingGetTopupConfigResult, AigBillingSetTopupConfigResult } from '../../../../schemas/ai-gateway.types.js';

/** Parameters of `aiGateway.billing.topup.config.create` (`POST /accounts/{account_id}/ai-gateway/billing/topup/config`). */
export interface ConfigCreateParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
  /** The JSON request body. */
  body: {
    /**
     * Auto top-up amount in cents (min 1000).
     * @minimum 1000
     * @example 5000
     */
    amount: number;
    /**
     * Balance threshold in cents that triggers auto top-up (min 500).
     * @minimum 500
     * @example 500
     */
    threshold: number;
  };
}

export type ConfigCreateResponse = AigBillingSetTopupConfigResult;

/** Parameters of `aiGateway.billing.topup.config.delete` (`DELETE /accounts/{account_id}/ai-gateway/billing/topup/config`). */
export interface ConfigDeleteParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
}

export type ConfigDeleteResponse = AigBillingDeleteTopupConfigResult;

/** Parameters of `aiGateway.billing.topup.config.get` (`GET /accounts/{account_id}/ai-gateway/billing/topup/config`). */
export interface ConfigGetParams {
  /**
   * Cloudflare account ID.
   *
   * Defaults to the client's `accountId` option.
   */
  account_id?: string;
}

export type ConfigGetResponse = AigBillingGetTopupConfigResult;
