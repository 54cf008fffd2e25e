/**
 * Type-level test of @sdkgen/cloudflare as a consumer sees it (the built generated/dist/*.d.ts):
 * a typical call of every resource of the client, with real arguments, and its result checked
 * against the exact type the docs promise. Nothing runs: the calls sit inside an exported async
 * function that is never invoked, so importing this file makes no request.
 *
 * Three kinds of checks:
 * - `exactly<T>()(value)` compiles only when `value` has exactly type `T` (not `any`, not a
 *   subtype or supertype), so a method that lost its return type fails here;
 * - results are assigned to variables of the documented type, and fields read with their types;
 * - each `// @ts-expect-error` line must fail to compile (an unused directive is itself an error),
 *   proving that wrong arguments are rejected, not silently accepted.
 *
 * Checked by `npm run typecheck` (the root tsconfig includes test/) and, with strict options and
 * no skipLibCheck, by test/types/typecheck.test.ts.
 */
import {
  Cloudflare,
  Page,
  PagePromise,
  type AIGatewayCreateResponse,
  type AIGatewayGetResponse,
  type AIGatewayListResponse,
  type APIPromise,
  type BillingUsageHistoryResponse,
  type ConfigCreateResponse,
  type ConfigGetResponse,
  type CostCreateResponse,
  type CostListResponse,
  type CustomDomainCreateResponse,
  type CustomProviderCreateResponse,
  type CustomProviderGetResponse,
  type DatasetCreateResponse,
  type DeploymentCreateResponse,
  type DynamicRoutingCreateParams,
  type DynamicRoutingCreateResponse,
  type DynamicRoutingGetResponse,
  type EvaluationCreateResponse,
  type EvaluationTypeListResponse,
  type LogEditResponse,
  type LogGetResponse,
  type LogListResponse,
  type ProviderConfigCreateResponse,
  type SpendingLimitCreateResponse,
  type TopupCreateResponse,
  type UrlGetResponse,
  type VersionGetResponse,
  type WithResponse,
} from '../../generated/dist/index.js';

/** `true` exactly when A and B are the same type; `any` equals only `any`. */
type Exact<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when the argument's type is exactly `Expected`. */
function exactly<Expected>() {
  return <Actual>(value: Actual, ...proof: Exact<Actual, Expected> extends true ? [] : [never]): Expected =>
    value as unknown as Expected;
}

const ACCOUNT = '0d37909e38d3e99c29fa2cd343ac421a';
const GATEWAY = 'my-gateway';

/** The checks of the `exactly` helper itself: without them a broken helper would pass everything. */
export function helperSelfCheck(anything: any, log: LogGetResponse): void {
  exactly<LogGetResponse>()(log);
  // @ts-expect-error `any` is not exactly LogGetResponse
  exactly<LogGetResponse>()(anything);
  // @ts-expect-error a supertype is not exactly LogGetResponse
  exactly<LogGetResponse>()(log as object);
  // @ts-expect-error a different type is not exactly LogGetResponse
  exactly<LogGetResponse>()({ ...log, extra: 1 });
}

/** Never invoked: type-checked only. */
export async function typicalCallOfEveryResource(client: Cloudflare): Promise<void> {
  // --- client.aiGateway ------------------------------------------------------------------------
  const created: AIGatewayCreateResponse = exactly<AIGatewayCreateResponse>()(
    await client.aiGateway.create({
      account_id: ACCOUNT,
      body: {
        id: GATEWAY,
        cache_invalidate_on_update: false,
        cache_ttl: null,
        collect_logs: true,
        rate_limiting_interval: 60,
        rate_limiting_limit: 100,
        rate_limiting_technique: 'fixed',
      },
    }),
  );
  const gatewayId: string = created.id;
  const gateway: AIGatewayGetResponse = exactly<AIGatewayGetResponse>()(await client.aiGateway.get(gatewayId));
  const cacheTtl: number | null = gateway.cache_ttl;
  // A list with `page` and `per_page` pages (the README's pagination rules), as in the official SDK.
  const gateways: Page<AIGatewayListResponse[number]> = exactly<Page<AIGatewayListResponse[number]>>()(
    await client.aiGateway.list({ page: 1, per_page: 20, search: 'my' }),
  );
  const firstGatewayId: string | undefined = gateways.items[0]?.id;
  // @ts-expect-error the body needs the gateway id
  await client.aiGateway.create({ body: { cache_invalidate_on_update: false, cache_ttl: null, collect_logs: true, rate_limiting_interval: 1, rate_limiting_limit: 1 } });
  const settings = { id: GATEWAY, cache_invalidate_on_update: true, cache_ttl: 300, collect_logs: true, rate_limiting_interval: 60, rate_limiting_limit: 100 };
  await client.aiGateway.update(GATEWAY, { body: { ...settings, rate_limiting_technique: 'sliding' } });
  // @ts-expect-error rate_limiting_technique is 'fixed' | 'sliding'
  await client.aiGateway.update(GATEWAY, { body: { ...settings, rate_limiting_technique: 'bursty' } });
  // @ts-expect-error cache_ttl is a number or null, so the result is not a string
  const ttlText: string = gateway.cache_ttl;

  // --- client.aiGateway.billing ----------------------------------------------------------------
  const usage: BillingUsageHistoryResponse = exactly<BillingUsageHistoryResponse>()(
    await client.aiGateway.billing.usageHistory({ value_grouping_window: 'day', start_time: 1700000000000 }),
  );
  const usageTotal: number = usage.history.reduce((sum, bucket) => sum + bucket.aggregated_value, 0);
  // @ts-expect-error value_grouping_window is required, so params are too
  await client.aiGateway.billing.usageHistory();
  // @ts-expect-error value_grouping_window is 'day' | 'hour'
  await client.aiGateway.billing.usageHistory({ value_grouping_window: 'week' });

  // --- client.aiGateway.billing.spendingLimit --------------------------------------------------
  const limit: SpendingLimitCreateResponse = exactly<SpendingLimitCreateResponse>()(
    await client.aiGateway.billing.spendingLimit.create({ body: { amount: 10000, strategy: 'fixed', duration: 'monthly' } }),
  );
  // @ts-expect-error duration is 'daily' | 'weekly' | 'monthly'
  await client.aiGateway.billing.spendingLimit.create({ body: { amount: 10000, strategy: 'fixed', duration: 'yearly' } });

  // --- client.aiGateway.billing.topup ----------------------------------------------------------
  const topup: TopupCreateResponse = exactly<TopupCreateResponse>()(
    await client.aiGateway.billing.topup.create({ body: { amount: 5000 } }, { idempotencyKey: 'topup-1' }),
  );
  const paymentIntent: string = topup.payment_intent_id;
  const clientSecret: string | null = topup.client_secret;
  // @ts-expect-error the request body is required
  await client.aiGateway.billing.topup.create();
  // @ts-expect-error amount is a number of cents
  await client.aiGateway.billing.topup.create({ body: { amount: '5000' } });

  // --- client.aiGateway.billing.topup.config ---------------------------------------------------
  const topupConfig: ConfigGetResponse = exactly<ConfigGetResponse>()(await client.aiGateway.billing.topup.config.get());
  const threshold: number | null = topupConfig.threshold;
  const newConfig: ConfigCreateResponse = exactly<ConfigCreateResponse>()(
    await client.aiGateway.billing.topup.config.create({ body: { amount: 5000, threshold: 500 } }),
  );
  // @ts-expect-error threshold is required
  await client.aiGateway.billing.topup.config.create({ body: { amount: 5000 } });

  // --- client.aiGateway.customDomains ----------------------------------------------------------
  const domain: CustomDomainCreateResponse = exactly<CustomDomainCreateResponse>()(
    await client.aiGateway.customDomains.create(GATEWAY, {
      body: { domain: 'ai.acme.com', zone_id: '395566f4c8a5b9d2a5fc0d457b007c44', minTLS: '1.2' },
    }),
  );
  const cnameTarget: string = domain.cname_target;
  // @ts-expect-error minTLS is '1.0' | '1.1' | '1.2' | '1.3'
  await client.aiGateway.customDomains.create(GATEWAY, { body: { domain: 'ai.acme.com', zone_id: 'z', minTLS: '1.4' } });

  // --- client.aiGateway.customProviders --------------------------------------------------------
  const provider: CustomProviderCreateResponse = exactly<CustomProviderCreateResponse>()(
    await client.aiGateway.customProviders.create({
      body: { name: 'Acme AI', slug: 'acme', base_url: 'https://api.acme.example/v1' },
    }),
  );
  const providerId: string = provider.id;
  const sameProvider: CustomProviderGetResponse = exactly<CustomProviderGetResponse>()(await client.aiGateway.customProviders.get(providerId));
  // @ts-expect-error get() takes the provider id first
  await client.aiGateway.customProviders.get({ account_id: ACCOUNT });

  // --- client.aiGateway.customProviders.costs --------------------------------------------------
  const cost: CostCreateResponse = exactly<CostCreateResponse>()(
    await client.aiGateway.customProviders.costs.create({
      body: { account_provider_id: providerId, model: 'acme-large', model_rule: 'starts-with', cost_in: 0.5 },
    }),
  );
  const costs: Page<CostListResponse[number]> = exactly<Page<CostListResponse[number]>>()(
    await client.aiGateway.customProviders.costs.list({ account_provider_id: cost.account_provider_id }),
  );
  // @ts-expect-error model_rule is 'equals' | 'starts-with' | 'contains'
  await client.aiGateway.customProviders.costs.list({ model_rule: 'regex' });

  // --- client.aiGateway.datasets ---------------------------------------------------------------
  const dataset: DatasetCreateResponse = exactly<DatasetCreateResponse>()(
    await client.aiGateway.datasets.create(GATEWAY, {
      body: { name: 'openai only', enable: true, filters: [{ key: 'provider', operator: 'eq', value: ['openai'] }] },
    }),
  );
  const datasetId: string = dataset.id;
  // @ts-expect-error dataset filters have no 'neq' operator (unlike log filters)
  await client.aiGateway.datasets.create(GATEWAY, { body: { name: 'n', enable: true, filters: [{ key: 'provider', operator: 'neq', value: [] }] } });

  // --- client.aiGateway.dynamicRouting ---------------------------------------------------------
  // `elements` is an array whose items are any of the six element kinds (spec: type: array,
  // items: anyOf [...]), so a route mixes kinds in one array.
  const elements: NonNullable<DynamicRoutingCreateParams['body']>['elements'] = [
    { id: 'start', type: 'start', outputs: { next: { elementId: 'model' } } },
    {
      id: 'model',
      type: 'model',
      outputs: { success: { elementId: 'end' }, fallback: { elementId: 'end' } },
      properties: { provider: 'openai', model: 'gpt-4o-mini', retries: 1, timeout: 30000 },
    },
    { id: 'end', type: 'end', outputs: {} },
  ];
  const route: DynamicRoutingCreateResponse = exactly<DynamicRoutingCreateResponse>()(
    await client.aiGateway.dynamicRouting.create(GATEWAY, { body: { name: 'route', elements } }),
  );
  const fetched: DynamicRoutingGetResponse = exactly<DynamicRoutingGetResponse>()(
    await client.aiGateway.dynamicRouting.get(GATEWAY, route.id),
  );
  const kinds: string[] = fetched.elements.map((element) => element.type);
  // @ts-expect-error 'bogus' is not an element type
  await client.aiGateway.dynamicRouting.create(GATEWAY, { body: { name: 'r', elements: [{ id: 'x', type: 'bogus', outputs: {} }] } });

  // --- client.aiGateway.dynamicRouting.deployments ---------------------------------------------
  const deployment: DeploymentCreateResponse = exactly<DeploymentCreateResponse>()(
    await client.aiGateway.dynamicRouting.deployments.create(GATEWAY, route.id, { body: { version_id: '54442216' } }),
  );
  // @ts-expect-error version_id is required
  await client.aiGateway.dynamicRouting.deployments.create(GATEWAY, route.id, { body: {} });

  // --- client.aiGateway.dynamicRouting.versions ------------------------------------------------
  const version: VersionGetResponse = exactly<VersionGetResponse>()(
    await client.aiGateway.dynamicRouting.versions.get(GATEWAY, route.id, '54442216'),
  );
  const active: 'true' | 'false' = version.active;
  // @ts-expect-error versions.get takes gateway_id, route id and version_id
  await client.aiGateway.dynamicRouting.versions.get(GATEWAY, route.id, { account_id: ACCOUNT });

  // --- client.aiGateway.evaluationTypes (page-numbered) ----------------------------------------
  const typesPromise = client.aiGateway.evaluationTypes.list({ per_page: 5, order_by_direction: 'asc' });
  exactly<PagePromise<EvaluationTypeListResponse[number]>>()(typesPromise);
  for await (const evaluationType of typesPromise) {
    const mandatory: boolean = exactly<EvaluationTypeListResponse[number]>()(evaluationType).mandatory;
    void mandatory;
  }
  // @ts-expect-error order_by_direction is 'asc' | 'desc'
  client.aiGateway.evaluationTypes.list({ order_by_direction: 'up' });

  // --- client.aiGateway.evaluations ------------------------------------------------------------
  const evaluation: EvaluationCreateResponse = exactly<EvaluationCreateResponse>()(
    await client.aiGateway.evaluations.create(GATEWAY, {
      body: { name: 'nightly', dataset_ids: [datasetId], evaluation_type_ids: ['type-1'] },
    }),
  );
  const processed: boolean = evaluation.processed;
  // @ts-expect-error dataset_ids is an array of ids
  await client.aiGateway.evaluations.create(GATEWAY, { body: { name: 'n', dataset_ids: datasetId, evaluation_type_ids: [] } });

  // --- client.aiGateway.logs -------------------------------------------------------------------
  const log: LogGetResponse = exactly<LogGetResponse>()(await client.aiGateway.logs.get(GATEWAY, 'log-1', { account_id: ACCOUNT }));
  const tokensIn: number | null = log.tokens_in;
  const logsPromise = client.aiGateway.logs.list(GATEWAY, { per_page: 50, order_by: 'created_at', order_by_direction: 'desc' });
  exactly<PagePromise<LogListResponse[number]>>()(logsPromise);
  for await (const entry of logsPromise) {
    const entryId: string = exactly<LogListResponse[number]>()(entry).id;
    void entryId;
  }
  const firstPage = exactly<Page<LogListResponse[number]>>()(await logsPromise);
  const pageItems: LogListResponse = firstPage.items;
  if (firstPage.hasNextPage()) {
    const secondPage: Page<LogListResponse[number]> = exactly<Page<LogListResponse[number]>>()(await firstPage.getNextPage());
    void secondPage;
  }
  for await (const page of firstPage.iterPages()) {
    exactly<Page<LogListResponse[number]>>()(page);
  }
  const edited: LogEditResponse = exactly<LogEditResponse>()(
    await client.aiGateway.logs.edit(GATEWAY, 'log-1', { body: { feedback: 1, score: 90, metadata: { team: 'search' } } }),
  );
  const withResponse = exactly<WithResponse<LogGetResponse>>()(await client.aiGateway.logs.get(GATEWAY, 'log-1').withResponse());
  const status: number = withResponse.response.status;
  const raw: Response = await client.aiGateway.logs.get(GATEWAY, 'log-1').asResponse();
  const getPromise: APIPromise<LogGetResponse> = client.aiGateway.logs.get(GATEWAY, 'log-1', {}, {
    signal: AbortSignal.timeout(1000),
    timeout: 5000,
    maxRetries: 1,
    headers: { 'x-trace': 'abc' },
    validateResponse: 'warn',
  });
  // @ts-expect-error gateway_id is a string
  await client.aiGateway.logs.get(42, 'log-1');
  // @ts-expect-error per_page is a number
  client.aiGateway.logs.list(GATEWAY, { per_page: '50' });
  // @ts-expect-error validateResponse is 'strict' | 'warn' | 'off'
  await client.aiGateway.logs.get(GATEWAY, 'log-1', {}, { validateResponse: 'lenient' });
  // @ts-expect-error LogGetResponse.id is a string
  const logIdNumber: number = log.id;

  // --- client.aiGateway.providerConfigs --------------------------------------------------------
  const providerConfig: ProviderConfigCreateResponse = exactly<ProviderConfigCreateResponse>()(
    await client.aiGateway.providerConfigs.create(GATEWAY, {
      body: { alias: 'primary', default_config: true, provider_slug: 'openai', secret: 'sk-test' },
    }),
  );
  const secretPreview: string = providerConfig.secret_preview;
  // @ts-expect-error default_config is a boolean
  await client.aiGateway.providerConfigs.create(GATEWAY, { body: { alias: 'a', default_config: 'yes', provider_slug: 'openai' } });

  // --- client.aiGateway.urls -------------------------------------------------------------------
  const url: UrlGetResponse = exactly<string>()(await client.aiGateway.urls.get(GATEWAY, 'workers-ai'));
  // @ts-expect-error the gateway URL is a string
  const urlNumber: number = await client.aiGateway.urls.get(GATEWAY, 'workers-ai');

  void [cacheTtl, firstGatewayId, ttlText, usageTotal, limit, paymentIntent, clientSecret, threshold, newConfig];
  void [cnameTarget, costs, kinds, deployment, active, processed, tokensIn, pageItems, edited, status, raw];
  void [getPromise, logIdNumber, secretPreview, url, urlNumber, sameProvider];
}
