// One call of `GET .../logs/{id}` with the generated package's per-resource entry point: the
// operation as a function (`logGet`) and a client without resource properties, so that a
// bundler keeps this one operation (responses validated: the default).
import { createClient } from '../../../generated/dist/index.js';
import { logGet } from '../../../generated/dist/resources/ai-gateway/logs.js';

const { BENCH_BASE_URL, BENCH_TOKEN, BENCH_ACCOUNT_ID } = process.env;
const client = createClient({ apiToken: BENCH_TOKEN, baseURL: BENCH_BASE_URL, maxRetries: 0 });
const log = await logGet(client, 'my-gateway', 'id', { account_id: BENCH_ACCOUNT_ID });
if (log.id !== 'id') throw new Error('unexpected response');
