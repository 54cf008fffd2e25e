export interface AigBillingCreateTopupResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingCreateTopupResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingCreateTopupResult {
  /** Card brand (visa, mastercard, etc.). */
  brand?: string;
  /** Stripe PaymentIntent client secret. */
  client_secret: string | null;
  /** Last 4 digits of card. */
  last4?: string;
  /** Whether the user was already onboarded. */
  onboarding: boolean;
  /** Stripe invoice ID. */
  payment_intent_id: string;
}

export interface AigBillingDeleteSpendingLimitResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingDeleteSpendingLimitResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export type AigBillingDeleteSpendingLimitResult = Record<string, unknown>;

export interface AigBillingDeleteTopupConfigResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingDeleteTopupConfigResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export type AigBillingDeleteTopupConfigResult = Record<string, unknown>;

export interface AigBillingGetCreditBalanceResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingGetCreditBalanceResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingGetCreditBalanceResult {
  balance: number;
  first_topup_success?: boolean;
  has_default_payment_method: boolean;
  payment_method: ({
    brand?: string;
    last4?: string;
  }) | null;
  topup_config: {
    amount: number | null;
    disabledReason: string | null;
    error: string | null;
    lastFailedAt: number | null;
    threshold: number | null;
  };
}

export interface AigBillingGetInvoiceHistoryResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingGetInvoiceHistoryResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingGetInvoiceHistoryResult {
  invoices: ({
    amount_due: number;
    amount_paid: number;
    amount_remaining: number;
    attempt_count?: number;
    attempted?: boolean;
    auto_advance?: boolean | null;
    created?: number;
    created_by?: string;
    currency: string;
    description?: string | null;
    id?: string | null;
    invoice_origin?: string;
    invoice_pdf?: string | null;
    status?: string | null;
  })[];
  pagination: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
}

export interface AigBillingGetInvoicePreviewResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingGetInvoicePreviewResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingGetInvoicePreviewResult {
  amount_due: number;
  amount_paid: number;
  amount_remaining: number;
  currency: string;
  id: string;
  invoice_lines: ({
    amount: number;
    currency: string;
    description: string | null;
    period: {
      end: number;
      start: number;
    };
    pretax_credit_amounts?: ({
      amount: number;
      credit_balance_transaction?: string | null;
      discount?: string | null;
      type: string;
    })[];
    pricing: {
      unit_amount_decimal: string | null;
    };
    quantity: number;
  })[];
  period_end: number;
  period_start: number;
  status: "draft" | "open" | "paid" | "uncollectible" | "void";
}

export interface AigBillingGetSpendingLimitResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingGetSpendingLimitResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingGetSpendingLimitResult {
  config: {
    amount: number | null;
    duration: string | null;
    strategy: string | null;
  };
  enabled: boolean;
}

export interface AigBillingGetTopupConfigResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingGetTopupConfigResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingGetTopupConfigResult {
  amount: number | null;
  disabledReason: string | null;
  error: string | null;
  lastFailedAt: number | null;
  threshold: number | null;
}

export interface AigBillingGetTopupLimitsResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingGetTopupLimitsResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingGetTopupLimitsResult {
  /**
   * ISO 4217 currency code.
   * @example "USD"
   */
  currency: string;
  max_cents: number;
  /**
   * Minimum allowed top-up amount in cents.
   * @example 1000
   */
  min_cents: number;
}

export interface AigBillingGetUsageHistoryResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingGetUsageHistoryResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingGetUsageHistoryResult {
  history: ({
    aggregated_value: number;
    end_time: number;
    id: string;
    start_time: number;
  })[];
}

export interface AigBillingSetSpendingLimitResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingSetSpendingLimitResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export type AigBillingSetSpendingLimitResult = Record<string, unknown>;

export interface AigBillingSetTopupConfigResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingSetTopupConfigResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingSetTopupConfigResult {
  amount: number;
  threshold: number;
}

export interface AigBillingTopupStatusResponse {
  errors: ({
    code: number;
    message: string;
  })[];
  messages: ({
    code: number;
    message: string;
  })[];
  result: AigBillingTopupStatusResult;
  result_info?: {
    has_more: boolean;
    page: number;
    per_page: number;
    total_count: number;
  };
  success: true;
}

export interface AigBillingTopupStatusResult {
  payment_intent_id: string;
  status: "completed" | "pending";
}
