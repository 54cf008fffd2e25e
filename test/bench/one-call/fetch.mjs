// One call of `GET .../logs/{id}` with plain `fetch`: the baseline for bundle size and cold start.
// Settings come from the environment (see test/bench/cold-start.bench.ts).
const { BENCH_BASE_URL, BENCH_TOKEN, BENCH_ACCOUNT_ID } = process.env;
const response = await fetch(`${BENCH_BASE_URL}/accounts/${BENCH_ACCOUNT_ID}/ai-gateway/gateways/my-gateway/logs/id`, {
  headers: { accept: 'application/json', authorization: `Bearer ${BENCH_TOKEN}` },
});
if (!response.ok) throw new Error(`status ${response.status}`);
const { result } = await response.json();
if (result.id !== 'id') throw new Error('unexpected response');
