export { Cloudflare, type ClientOptions } from './client.js';
export { APIClient, type RequestOptions, type ValidationMode } from './core/api-client.js';
export { APIPromise, type WithResponse } from './core/api-promise.js';
export * from './core/errors.js';
export type { Logger, LogLevel } from './core/logger.js';
export { Page, PagePromise, type PageInfo } from './core/pagination.js';
export type { ValidationIssue, ValidationResult } from './core/validation.js';
export type * from './schemas/types.js';
export {
  isAigBillingCreateTopupResponse,
  validateAigBillingCreateTopupResponse,
  isAigBillingCreateTopupResult,
  validateAigBillingCreateTopupResult,
  isAigBillingDeleteSpendingLimitResponse,
  validateAigBillingDeleteSpendingLimitResponse,
  isAigBillingDeleteSpendingLimitResult,
  validateAigBillingDeleteSpendingLimitResult,
  isAigBillingDeleteTopupConfigResponse,
  validateAigBillingDeleteTopupConfigResponse,
  isAigBillingDeleteTopupConfigResult,
  validateAigBillingDeleteTopupConfigResult,
  isAigBillingErrorResponse,
  validateAigBillingErrorResponse,
  isAigBillingGetCreditBalanceResponse,
  validateAigBillingGetCreditBalanceResponse,
  isAigBillingGetCreditBalanceResult,
  validateAigBillingGetCreditBalanceResult,
  isAigBillingGetInvoiceHistoryResponse,
  validateAigBillingGetInvoiceHistoryResponse,
  isAigBillingGetInvoiceHistoryResult,
  validateAigBillingGetInvoiceHistoryResult,
  isAigBillingGetInvoicePreviewResponse,
  validateAigBillingGetInvoicePreviewResponse,
  isAigBillingGetInvoicePreviewResult,
  validateAigBillingGetInvoicePreviewResult,
  isAigBillingGetSpendingLimitResponse,
  validateAigBillingGetSpendingLimitResponse,
  isAigBillingGetSpendingLimitResult,
  validateAigBillingGetSpendingLimitResult,
  isAigBillingGetTopupConfigResponse,
  validateAigBillingGetTopupConfigResponse,
  isAigBillingGetTopupConfigResult,
  validateAigBillingGetTopupConfigResult,
  isAigBillingGetTopupLimitsResponse,
  validateAigBillingGetTopupLimitsResponse,
  isAigBillingGetTopupLimitsResult,
  validateAigBillingGetTopupLimitsResult,
  isAigBillingGetUsageHistoryResponse,
  validateAigBillingGetUsageHistoryResponse,
  isAigBillingGetUsageHistoryResult,
  validateAigBillingGetUsageHistoryResult,
  isAigBillingSetSpendingLimitResponse,
  validateAigBillingSetSpendingLimitResponse,
  isAigBillingSetSpendingLimitResult,
  validateAigBillingSetSpendingLimitResult,
  isAigBillingSetTopupConfigResponse,
  validateAigBillingSetTopupConfigResponse,
  isAigBillingSetTopupConfigResult,
  validateAigBillingSetTopupConfigResult,
  isAigBillingTopupStatusResponse,
  validateAigBillingTopupStatusResponse,
  isAigBillingTopupStatusResult,
  validateAigBillingTopupStatusResult,
} from './schemas/validators.js';
export type * from './resources/ai-gateway.types.js';
export {
  isAIGatewayCreateResponse,
  validateAIGatewayCreateResponse,
  isAIGatewayDeleteResponse,
  validateAIGatewayDeleteResponse,
  isAIGatewayGetResponse,
  validateAIGatewayGetResponse,
  isAIGatewayListResponse,
  validateAIGatewayListResponse,
  isAIGatewayUpdateResponse,
  validateAIGatewayUpdateResponse,
} from './resources/ai-gateway.validators.js';
export type * from './resources/ai-gateway/billing.types.js';
export {
  isBillingCreditBalanceResponse,
  validateBillingCreditBalanceResponse,
  isBillingInvoiceHistoryResponse,
  validateBillingInvoiceHistoryResponse,
  isBillingInvoicePreviewResponse,
  validateBillingInvoicePreviewResponse,
  isBillingUsageHistoryResponse,
  validateBillingUsageHistoryResponse,
} from './resources/ai-gateway/billing.validators.js';
export type * from './resources/ai-gateway/billing/spending-limit.types.js';
export {
  isSpendingLimitCreateResponse,
  validateSpendingLimitCreateResponse,
  isSpendingLimitDeleteResponse,
  validateSpendingLimitDeleteResponse,
  isSpendingLimitGetResponse,
  validateSpendingLimitGetResponse,
} from './resources/ai-gateway/billing/spending-limit.validators.js';
export type * from './resources/ai-gateway/billing/topup.types.js';
export {
  isTopupCreateResponse,
  validateTopupCreateResponse,
  isTopupLimitsResponse,
  validateTopupLimitsResponse,
  isTopupStatusResponse,
  validateTopupStatusResponse,
} from './resources/ai-gateway/billing/topup.validators.js';
export type * from './resources/ai-gateway/billing/topup/config.types.js';
export {
  isConfigCreateResponse,
  validateConfigCreateResponse,
  isConfigDeleteResponse,
  validateConfigDeleteResponse,
  isConfigGetResponse,
  validateConfigGetResponse,
} from './resources/ai-gateway/billing/topup/config.validators.js';
export type * from './resources/ai-gateway/custom-domains.types.js';
export {
  isCustomDomainCreateResponse,
  validateCustomDomainCreateResponse,
  isCustomDomainDeleteResponse,
  validateCustomDomainDeleteResponse,
  isCustomDomainGetResponse,
  validateCustomDomainGetResponse,
  isCustomDomainListResponse,
  validateCustomDomainListResponse,
} from './resources/ai-gateway/custom-domains.validators.js';
export type * from './resources/ai-gateway/custom-providers.types.js';
export {
  isCustomProviderCreateResponse,
  validateCustomProviderCreateResponse,
  isCustomProviderDeleteResponse,
  validateCustomProviderDeleteResponse,
  isCustomProviderEditResponse,
  validateCustomProviderEditResponse,
  isCustomProviderGetResponse,
  validateCustomProviderGetResponse,
  isCustomProviderListResponse,
  validateCustomProviderListResponse,
} from './resources/ai-gateway/custom-providers.validators.js';
export type * from './resources/ai-gateway/custom-providers/costs.types.js';
export {
  isCostCreateResponse,
  validateCostCreateResponse,
  isCostDeleteResponse,
  validateCostDeleteResponse,
  isCostEditResponse,
  validateCostEditResponse,
  isCostGetResponse,
  validateCostGetResponse,
  isCostListResponse,
  validateCostListResponse,
} from './resources/ai-gateway/custom-providers/costs.validators.js';
export type * from './resources/ai-gateway/datasets.types.js';
export {
  isDatasetCreateResponse,
  validateDatasetCreateResponse,
  isDatasetDeleteResponse,
  validateDatasetDeleteResponse,
  isDatasetGetResponse,
  validateDatasetGetResponse,
  isDatasetListResponse,
  validateDatasetListResponse,
  isDatasetUpdateResponse,
  validateDatasetUpdateResponse,
} from './resources/ai-gateway/datasets.validators.js';
export type * from './resources/ai-gateway/dynamic-routing.types.js';
export {
  isDynamicRoutingCreateResponse,
  validateDynamicRoutingCreateResponse,
  isDynamicRoutingDeleteResponse,
  validateDynamicRoutingDeleteResponse,
  isDynamicRoutingGetResponse,
  validateDynamicRoutingGetResponse,
  isDynamicRoutingListResponse,
  validateDynamicRoutingListResponse,
  isDynamicRoutingUpdateResponse,
  validateDynamicRoutingUpdateResponse,
} from './resources/ai-gateway/dynamic-routing.validators.js';
export type * from './resources/ai-gateway/dynamic-routing/deployments.types.js';
export {
  isDeploymentCreateResponse,
  validateDeploymentCreateResponse,
  isDeploymentListResponse,
  validateDeploymentListResponse,
} from './resources/ai-gateway/dynamic-routing/deployments.validators.js';
export type * from './resources/ai-gateway/dynamic-routing/versions.types.js';
export {
  isVersionCreateResponse,
  validateVersionCreateResponse,
  isVersionGetResponse,
  validateVersionGetResponse,
  isVersionListResponse,
  validateVersionListResponse,
} from './resources/ai-gateway/dynamic-routing/versions.validators.js';
export type * from './resources/ai-gateway/evaluation-types.types.js';
export {
  isEvaluationTypeListResponse,
  validateEvaluationTypeListResponse,
} from './resources/ai-gateway/evaluation-types.validators.js';
export type * from './resources/ai-gateway/evaluations.types.js';
export {
  isEvaluationCreateResponse,
  validateEvaluationCreateResponse,
  isEvaluationDeleteResponse,
  validateEvaluationDeleteResponse,
  isEvaluationGetResponse,
  validateEvaluationGetResponse,
  isEvaluationListResponse,
  validateEvaluationListResponse,
} from './resources/ai-gateway/evaluations.validators.js';
export type * from './resources/ai-gateway/logs.types.js';
export {
  isLogDeleteResponse,
  validateLogDeleteResponse,
  isLogEditResponse,
  validateLogEditResponse,
  isLogGetResponse,
  validateLogGetResponse,
  isLogListResponse,
  validateLogListResponse,
  isLogRequestResponse,
  validateLogRequestResponse,
  isLogResponseResponse,
  validateLogResponseResponse,
} from './resources/ai-gateway/logs.validators.js';
export type * from './resources/ai-gateway/provider-configs.types.js';
export {
  isProviderConfigCreateResponse,
  validateProviderConfigCreateResponse,
  isProviderConfigDeleteResponse,
  validateProviderConfigDeleteResponse,
  isProviderConfigListResponse,
  validateProviderConfigListResponse,
  isProviderConfigUpdateResponse,
  validateProviderConfigUpdateResponse,
} from './resources/ai-gateway/provider-configs.validators.js';
export type * from './resources/ai-gateway/urls.types.js';
export { isUrlGetResponse, validateUrlGetResponse } from './resources/ai-gateway/urls.validators.js';
