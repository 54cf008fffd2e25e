/**
 * B. Requests: `GET .../logs/{id}` against a local server in its own process, side by side:
 * plain `fetch`, sdkgen's `client.aiGateway.logs.get` with response validation on and off,
 * openapi-fetch and the official `cloudflare` package.
 *
 *   node --expose-gc --import tsx test/bench/requests.bench.ts     (run.ts starts it this way)
 *
 * Every contender sends the same GET (same URL, same `Authorization: Bearer` header; the SDKs add
 * their own other headers) to the same server, which answers every one with the same bytes: the
 * seed page's example envelope. The server rejects any other request, and each contender's first
 * answer is compared with the seed's `result` before anything is timed.
 */
import Cloudflare from 'cloudflare';
import createClient from 'openapi-fetch';
import { Cloudflare as SdkgenCloudflare } from '../../generated/dist/index.js';
import { validateLogGetResponse } from '../../generated/dist/validators.js';
import { seedExampleBody } from '../support/log-detail-seed.js';
import { BENCH_ACCOUNT_ID, BENCH_GATEWAY_ID, BENCH_LOG_ID, BENCH_TOKEN, startServer } from './bench-api.js';
// Made by: npx openapi-typescript spec/cloudflare-ai-gateway-log-get.openapi.yaml -o test/bench/log-get-paths.generated.ts
import type { paths } from './log-get-paths.generated.js';
import {
  collectGarbage,
  formatInt,
  formatRatio,
  type GoalResult,
  median,
  QUICK,
  reportGoals,
  rotate,
  spreadPercent,
  table,
  verdict,
} from './measure.js';

interface Contender {
  name: string;
  /** One `logs.get`; resolves to the envelope's `result`. */
  call: () => PromiseLike<unknown>;
}

const FETCH = 'fetch (plain)';
const SDKGEN_ON = 'sdkgen, validation on';
const SDKGEN_OFF = 'sdkgen, validation off';
const OPENAPI_FETCH = 'openapi-fetch';
const OFFICIAL = 'cloudflare (official SDK)';
const FETCH_VALIDATED = '(ref) fetch + validateLogGetResponse';

/** A `fetch` that answers at once with the seed envelope: the network taken out of the picture. */
function stubFetch(): typeof fetch {
  const body = new TextEncoder().encode(JSON.stringify(seedExampleBody()));
  return async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}

function contenders(baseURL: string, fetchImpl?: typeof fetch): Contender[] {
  const fetch = fetchImpl ?? globalThis.fetch;
  const headers = { accept: 'application/json', authorization: `Bearer ${BENCH_TOKEN}` };
  const plainFetch = async (): Promise<unknown> => {
    const url = `${baseURL}/accounts/${BENCH_ACCOUNT_ID}/ai-gateway/gateways/${BENCH_GATEWAY_ID}/logs/${BENCH_LOG_ID}`;
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return ((await response.json()) as { result: unknown }).result;
  };
  const validatedFetch = async (): Promise<unknown> => {
    const url = `${baseURL}/accounts/${BENCH_ACCOUNT_ID}/ai-gateway/gateways/${BENCH_GATEWAY_ID}/logs/${BENCH_LOG_ID}`;
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const checked = validateLogGetResponse(((await response.json()) as { result: unknown }).result);
    if (!checked.ok) throw new Error('invalid response');
    return checked.value;
  };

  // Each client gets `fetch` only when it is replaced, so that normally every one uses its own default.
  const custom = fetchImpl ? { fetch: fetchImpl } : {};
  const sdkgenOn = new SdkgenCloudflare({ apiToken: BENCH_TOKEN, baseURL, maxRetries: 0, validateResponses: 'strict', ...custom });
  const sdkgenOff = new SdkgenCloudflare({ apiToken: BENCH_TOKEN, baseURL, maxRetries: 0, validateResponses: 'off', ...custom });
  const official = new Cloudflare({ apiToken: BENCH_TOKEN, baseURL, maxRetries: 0, ...custom });
  const openapiFetch = createClient<paths>({ baseUrl: baseURL, headers: { authorization: `Bearer ${BENCH_TOKEN}` }, ...custom });

  return [
    { name: FETCH, call: plainFetch },
    { name: SDKGEN_ON, call: () => sdkgenOn.aiGateway.logs.get(BENCH_GATEWAY_ID, BENCH_LOG_ID, { account_id: BENCH_ACCOUNT_ID }) },
    { name: SDKGEN_OFF, call: () => sdkgenOff.aiGateway.logs.get(BENCH_GATEWAY_ID, BENCH_LOG_ID, { account_id: BENCH_ACCOUNT_ID }) },
    {
      name: OPENAPI_FETCH,
      call: async () => {
        const { data, error } = await openapiFetch.GET('/accounts/{account_id}/ai-gateway/gateways/{gateway_id}/logs/{id}', {
          params: { path: { account_id: BENCH_ACCOUNT_ID, gateway_id: BENCH_GATEWAY_ID, id: BENCH_LOG_ID } },
        });
        if (error !== undefined || data === undefined) throw new Error('request failed');
        return data.result;
      },
    },
    { name: OFFICIAL, call: () => official.aiGateway.logs.get(BENCH_LOG_ID, { account_id: BENCH_ACCOUNT_ID, gateway_id: BENCH_GATEWAY_ID }) },
    { name: FETCH_VALIDATED, call: validatedFetch },
  ];
}

async function sequential(call: () => PromiseLike<unknown>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await call();
}

async function concurrent(call: () => PromiseLike<unknown>, count: number, width: number): Promise<void> {
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
}

interface Sample {
  requestsPerSecond: number;
  cpuMicrosPerRequest: number;
}

async function measure(run: () => Promise<void>, count: number): Promise<Sample> {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { requestsPerSecond: count / seconds, cpuMicrosPerRequest: (used.user + used.system) / count };
}

const WIDTH = 16;

async function main(): Promise<void> {
  const rounds = QUICK ? 3 : 5;
  const sequentialCount = QUICK ? 150 : 300;
  const concurrentCount = QUICK ? 400 : 1000;
  const warmup = QUICK ? 150 : 400;

  console.log(`\n## B1. Requests: logs.get against a local server (own process, 127.0.0.1, keep-alive)`);
  console.log(
    [
      `req/s = requests per wall-clock second, median of ${rounds} rounds; each round runs every contender once`,
      `  (order rotated each round; GC before each batch): ${sequentialCount} requests one at a time ("sequential"), then`,
      `  ${concurrentCount} requests ${WIDTH} at a time ("concurrent"). "±" = half the interquartile range. "vs fetch" = req/s`,
      '  / plain fetch req/s (goal for sdkgen with validation on: >= 0.95, and >= 1.00 x openapi-fetch and the official SDK).',
      'CPU us/req = client process CPU time (process.cpuUsage, user + system, all threads) / requests: the cost of a',
      '  request to the caller, much less disturbed by other load than req/s. The server runs in a separate process.',
      'The official SDK has retries off (maxRetries: 0), as has sdkgen; openapi-fetch and plain fetch do not retry.',
      '"(ref)" is not a contender: plain fetch plus the generated validator, to show what validation alone costs.',
    ].join('\n'),
  );

  const server = await startServer();
  try {
    const all = contenders(server.baseURL);
    const expected = JSON.stringify(seedExampleBody().result);
    for (const c of all) {
      const got = JSON.stringify(await c.call());
      if (got !== expected) throw new Error(`${c.name} resolved to ${got.slice(0, 200)}, not the seed's result`);
    }
    for (const c of all) {
      await sequential(c.call, warmup);
      await concurrent(c.call, warmup, WIDTH);
    }

    const results: Record<string, { sequential: Sample[]; concurrent: Sample[] }> = Object.fromEntries(
      all.map((c) => [c.name, { sequential: [], concurrent: [] }]),
    );
    for (let round = 0; round < rounds; round++) {
      for (const c of rotate(all, round)) {
        results[c.name]!.sequential.push(await measure(() => sequential(c.call, sequentialCount), sequentialCount));
        results[c.name]!.concurrent.push(await measure(() => concurrent(c.call, concurrentCount, WIDTH), concurrentCount));
      }
    }

    const goals: GoalResult[] = [];
    for (const mode of ['sequential', 'concurrent'] as const) {
      const rps = (name: string) => median(results[name]![mode].map((s) => s.requestsPerSecond));
      const cpu = (name: string) => median(results[name]![mode].map((s) => s.cpuMicrosPerRequest));
      const rows = all.map(({ name }) => {
        const samples = results[name]![mode];
        return [
          name,
          formatInt(rps(name)),
          `±${spreadPercent(samples.map((s) => s.requestsPerSecond)).toFixed(1)}%`,
          formatRatio(rps(name) / rps(FETCH)),
          cpu(name).toFixed(1),
          formatRatio(cpu(name) / cpu(FETCH)),
        ];
      });
      console.log(`\n${mode === 'sequential' ? 'sequential (1 in flight)' : `concurrent (${WIDTH} in flight)`}`);
      console.log(table(['contender', 'req/s', '±', 'vs fetch', 'CPU us/req', 'CPU vs fetch'], rows));
      const ours = rps(SDKGEN_ON);
      goals.push(
        { section: 'B', goal: `${mode}: sdkgen (validation on) >= 0.95 x plain fetch req/s`, measured: formatRatio(ours / rps(FETCH)), met: ours >= 0.95 * rps(FETCH) },
        { section: 'B', goal: `${mode}: sdkgen (validation on) >= openapi-fetch req/s`, measured: formatRatio(ours / rps(OPENAPI_FETCH)), met: ours >= rps(OPENAPI_FETCH) },
        { section: 'B', goal: `${mode}: sdkgen (validation on) >= official SDK req/s`, measured: formatRatio(ours / rps(OFFICIAL)), met: ours >= rps(OFFICIAL) },
      );
    }
    console.log('\nGoals (B, throughput):');
    console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
    reportGoals(goals);
  } finally {
    await server.stop();
  }
  await clientOverhead(rounds);
}

/**
 * The same calls with the network taken out: each client is given a `fetch` that returns the
 * seed envelope at once. What is left is each library's own work per call (building the request,
 * reading and parsing the body, validating), free of the HTTP stack's much larger cost and noise.
 */
async function clientOverhead(rounds: number): Promise<void> {
  const count = QUICK ? 1000 : 3000;
  console.log(`\n## B2. Client overhead without the network (a stub \`fetch\` answering at once with the seed envelope)`);
  console.log(
    [
      `CPU us/call = client CPU time per call, median of ${rounds} rounds of ${count} sequential calls (contenders`,
      '  interleaved, GC before each batch). "fetch (plain)" here is the stub plus response.json(): the floor.',
      '  "overhead us" = CPU us/call - the floor: what the library itself adds to every request.',
    ].join('\n'),
  );
  const all = contenders('http://127.0.0.1:9/client/v4', stubFetch());
  const expected = JSON.stringify(seedExampleBody().result);
  for (const c of all) {
    if (JSON.stringify(await c.call()) !== expected) throw new Error(`${c.name} misread the stub's answer`);
    await sequential(c.call, count / 2);
  }
  const samples: Record<string, Sample[]> = Object.fromEntries(all.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    for (const c of rotate(all, round)) samples[c.name]!.push(await measure(() => sequential(c.call, count), count));
  }
  const cpu = (name: string) => median(samples[name]!.map((s) => s.cpuMicrosPerRequest));
  const rows = all.map(({ name }) => [
    name,
    cpu(name).toFixed(1),
    `±${spreadPercent(samples[name]!.map((s) => s.cpuMicrosPerRequest)).toFixed(1)}%`,
    (cpu(name) - cpu(FETCH)).toFixed(1),
    formatInt(median(samples[name]!.map((s) => s.requestsPerSecond))),
  ]);
  console.log(table(['contender', 'CPU us/call', '±', 'overhead us', 'calls/s'], rows));
}

await main();
