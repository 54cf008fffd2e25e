export {
  Cloudflare,
  createClient,
  type ClientOptions,
  type AiGateway,
  type AiGatewayBilling,
  type AiGatewayBillingSpendingLimit,
  type AiGatewayBillingTopup,
  type AiGatewayBillingTopupConfig,
  type AiGatewayCustomDomains,
  type AiGatewayCustomProviders,
  type AiGatewayCustomProvidersCosts,
  type AiGatewayDatasets,
  type AiGatewayDynamicRouting,
  type AiGatewayDynamicRoutingDeployments,
  type AiGatewayDynamicRoutingVersions,
  type AiGatewayEvaluationTypes,
  type AiGatewayEvaluations,
  type AiGatewayLogs,
  type AiGatewayProviderConfigs,
  type AiGatewayUrls,
} from './client.js';
export { APIClient } from './core/client.js';
export { APIPromise, type WithResponse } from './core/api-promise.js';
export * from './core/errors.js';
export { SDKError as CloudflareError } from './core/errors.js';
export type { Logger, LogLevel } from './core/logger.js';
export { Page, PagePromise, type PageInfo } from './core/pagination.js';
export type { RequestOptions, ValidationMode } from './core/request.js';
export type { Stream, StreamEvent } from './core/streaming.js';
export { toFile, type ToFileInput, type Uploadable } from './core/uploads.js';
export type { ValidationIssue, ValidationResult } from './core/validation.js';
export type * from './schemas/ai-gateway.types.js';
export type * from './schemas/shared.types.js';
export type * from './resources/ai-gateway.types.js';
export type * from './resources/ai-gateway/billing.types.js';
export type * from './resources/ai-gateway/billing/spending-limit.types.js';
export type * from './resources/ai-gateway/billing/topup.types.js';
export type * from './resources/ai-gateway/billing/topup/config.types.js';
export type * from './resources/ai-gateway/custom-domains.types.js';
export type * from './resources/ai-gateway/custom-providers.types.js';
export type * from './resources/ai-gateway/custom-providers/costs.types.js';
export type * from './resources/ai-gateway/datasets.types.js';
export type * from './resources/ai-gateway/dynamic-routing.types.js';
export type * from './resources/ai-gateway/dynamic-routing/deployments.types.js';
export type * from './resources/ai-gateway/dynamic-routing/versions.types.js';
export type * from './resources/ai-gateway/evaluation-types.types.js';
export type * from './resources/ai-gateway/evaluations.types.js';
export type * from './resources/ai-gateway/logs.types.js';
export type * from './resources/ai-gateway/provider-configs.types.js';
export type * from './resources/ai-gateway/urls.types.js';
