/**
 * Facts about `GET /accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}`
 * (operationId `aig-config-get-gateway-log-detail`) transcribed by hand from Cloudflare's
 * documentation page "Get Gateway Log Detail" (the seed page, test/fixtures/seed/get-gateway-log-detail.txt;
 * test/self-contained/seed-page.test.ts checks this transcription against it). They are kept apart
 * from the spec on purpose: tests that use them still catch a spec or generator change that drops,
 * renames or loosens a field the published API documents.
 */

export const LOG_DETAIL_OPERATION_ID = 'aig-config-get-gateway-log-detail';

/** The page's Go field types, as the TypeScript type a JSON value of that field has. */
type SeedType = 'string' | 'number' | 'boolean';

/** Fields the page lists without "optional". (Go `Time` with format date-time is a string in JSON.) */
export const SEED_REQUIRED_FIELDS: Readonly<Record<string, SeedType>> = {
  id: 'string',
  created_at: 'string',
  provider: 'string',
  model: 'string',
  path: 'string',
  duration: 'number',
  success: 'boolean',
  cached: 'boolean',
  tokens_in: 'number',
  tokens_out: 'number',
};

/** Fields the page marks "optional". */
export const SEED_OPTIONAL_FIELDS: Readonly<Record<string, SeedType>> = {
  cost: 'number',
  custom_cost: 'boolean',
  metadata: 'string',
  model_type: 'string',
  request_content_type: 'string',
  request_head: 'string',
  request_head_complete: 'boolean',
  request_size: 'number',
  request_type: 'string',
  response_content_type: 'string',
  response_head: 'string',
  response_head_complete: 'boolean',
  response_size: 'number',
  status_code: 'number',
  step: 'number',
};

/** The page's example response body; the method resolves to its `result`. */
export function seedExampleBody() {
  return {
    result: {
      id: 'id',
      cached: true,
      created_at: '2019-12-27T18:11:19.117Z',
      duration: 0,
      model: 'model',
      path: 'path',
      provider: 'provider',
      success: true,
      tokens_in: 0,
      tokens_out: 0,
      cost: 0,
      custom_cost: true,
      metadata: 'metadata',
      model_type: 'model_type',
      request_content_type: 'request_content_type',
      request_head: 'request_head',
      request_head_complete: true,
      request_size: 0,
      request_type: 'request_type',
      response_content_type: 'response_content_type',
      response_head: 'response_head',
      response_head_complete: true,
      response_size: 0,
      status_code: 0,
      step: 0,
    } as Record<string, unknown>,
    success: true,
  };
}
