import type { APIClient, RequestOptions } from '../core/api-client.js';
import type { APIPromise } from '../core/api-promise.js';
import { Billing } from './ai-gateway/billing.js';
import { CustomDomains } from './ai-gateway/custom-domains.js';
import { CustomProviders } from './ai-gateway/custom-providers.js';
import { Datasets } from './ai-gateway/datasets.js';
import { DynamicRouting } from './ai-gateway/dynamic-routing.js';
import { EvaluationTypes } from './ai-gateway/evaluation-types.js';
import { Evaluations } from './ai-gateway/evaluations.js';
import { Logs } from './ai-gateway/logs.js';
import { ProviderConfigs } from './ai-gateway/provider-configs.js';
import { Urls } from './ai-gateway/urls.js';
import type { AIGatewayCreateParams, AIGatewayCreateResponse, AIGatewayDeleteParams, AIGatewayDeleteResponse, AIGatewayGetParams, AIGatewayGetResponse, AIGatewayListParams, AIGatewayListResponse, AIGatewayUpdateParams, AIGatewayUpdateResponse } from './ai-gateway.types.js';
/** Operations under `aiGateway`. */
export declare class AiGateway {
    #private;
    private readonly _client;
    constructor(_client: APIClient);
    /** Billing operations, created on first use. */
    get billing(): Billing;
    /** CustomDomains operations, created on first use. */
    get customDomains(): CustomDomains;
    /** CustomProviders operations, created on first use. */
    get customProviders(): CustomProviders;
    /** Datasets operations, created on first use. */
    get datasets(): Datasets;
    /** DynamicRouting operations, created on first use. */
    get dynamicRouting(): DynamicRouting;
    /** EvaluationTypes operations, created on first use. */
    get evaluationTypes(): EvaluationTypes;
    /** Evaluations operations, created on first use. */
    get evaluations(): Evaluations;
    /** Logs operations, created on first use. */
    get logs(): Logs;
    /** ProviderConfigs operations, created on first use. */
    get providerConfigs(): ProviderConfigs;
    /** Urls operations, created on first use. */
    get urls(): Urls;
    /**
     * Create a new Gateway
     *
     * Creates a new AI Gateway.
     *
     * `POST /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-create-gateway`)
     */
    create(params?: AIGatewayCreateParams, options?: RequestOptions): APIPromise<AIGatewayCreateResponse>;
    /**
     * Delete a Gateway
     *
     * Deletes an AI Gateway dataset.
     *
     * `DELETE /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-delete-gateway`)
     */
    delete(id: string, params?: AIGatewayDeleteParams, options?: RequestOptions): APIPromise<AIGatewayDeleteResponse>;
    /**
     * Fetch a Gateway
     *
     * Retrieves details for a specific AI Gateway dataset.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-fetch-gateway`)
     */
    get(id: string, params?: AIGatewayGetParams, options?: RequestOptions): APIPromise<AIGatewayGetResponse>;
    /**
     * List Gateways
     *
     * Lists all AI Gateway evaluator types configured for the account.
     *
     * `GET /accounts/{account_id}/ai-gateway/gateways` (operationId `aig-config-list-gateway`)
     */
    list(params?: AIGatewayListParams, options?: RequestOptions): APIPromise<AIGatewayListResponse>;
    /**
     * Update a Gateway
     *
     * Updates an existing AI Gateway dataset.
     *
     * `PUT /accounts/{account_id}/ai-gateway/gateways/{id}` (operationId `aig-config-update-gateway`)
     */
    update(id: string, params?: AIGatewayUpdateParams, options?: RequestOptions): APIPromise<AIGatewayUpdateResponse>;
}
