// One call of `client.aiGateway.logs.get` with the generated package (responses validated: the default).
import { Cloudflare } from '../../../generated/dist/index.js';

const { BENCH_BASE_URL, BENCH_TOKEN, BENCH_ACCOUNT_ID } = process.env;
const client = new Cloudflare({ apiToken: BENCH_TOKEN, baseURL: BENCH_BASE_URL, maxRetries: 0 });
const log = await client.aiGateway.logs.get('my-gateway', 'id', { account_id: BENCH_ACCOUNT_ID });
if (log.id !== 'id') throw new Error('unexpected response');
