// One call of `client.aiGateway.logs.get` with the official `cloudflare` package (retries off).
import Cloudflare from 'cloudflare';

const { BENCH_BASE_URL, BENCH_TOKEN, BENCH_ACCOUNT_ID } = process.env;
const client = new Cloudflare({ apiToken: BENCH_TOKEN, baseURL: BENCH_BASE_URL, maxRetries: 0 });
const log = await client.aiGateway.logs.get('id', { account_id: BENCH_ACCOUNT_ID, gateway_id: 'my-gateway' });
if (log.id !== 'id') throw new Error('unexpected response');
