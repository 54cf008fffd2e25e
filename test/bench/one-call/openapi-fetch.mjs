// One call of `GET .../logs/{id}` with openapi-fetch (no response validation: it has none).
import createClient from 'openapi-fetch';

const { BENCH_BASE_URL, BENCH_TOKEN, BENCH_ACCOUNT_ID } = process.env;
const client = createClient({ baseUrl: BENCH_BASE_URL, headers: { authorization: `Bearer ${BENCH_TOKEN}` } });
const { data, error } = await client.GET('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}', {
  params: { path: { account_id: BENCH_ACCOUNT_ID, gateway_id: 'my-gateway', id: 'id' } },
});
if (error || data.result.id !== 'id') throw new Error('unexpected response');
