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
const FETCH_SIGNAL = '(ref) fetch + an AbortSignal';

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

  // The least a client that can time out or cancel a request must do: pass a signal. Node's fetch
  // then registers the signal with a FinalizationRegistry and listens on it until it is collected.
  const signalledFetch = async (): Promise<unknown> => {
    const url = `${baseURL}/accounts/${BENCH_ACCOUNT_ID}/ai-gateway/gateways/${BENCH_GATEWAY_ID}/logs/${BENCH_LOG_ID}`;
    const response = await fetch(url, { headers, signal: new AbortController().signal });
    if (!response.ok) throw new Error(`status ${response.status}`);
    return ((await response.json()) as { result: unknown }).result;
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
    { name: FETCH_SIGNAL, call: signalledFetch },
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

/** One batch of one contender: its rates by the wall clock and by the client's CPU time. */
interface Sample {
  /** Requests per wall-clock second. */
  wallRate: number;
  /** Requests per second of client CPU time (user + system): what the client could do on one free core. */
  cpuRate: number;
}

async function measure(run: () => Promise<void>, count: number): Promise<Sample> {
  collectGarbage();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { wallRate: count / seconds, cpuRate: count / ((used.user + used.system) / 1e6) };
}

/**
 * `items` in an order that changes every round (a fixed-seed shuffle, so runs are repeatable):
 * over many rounds every contender runs before and after every other, so neither a warm cache
 * left by a neighbour nor a burst of load favours one of them.
 */
function shuffled<T>(items: readonly T[], round: number): T[] {
  let seed = (round + 1) * 0x9e3779b1;
  const random = () => {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    return ((seed ^ (seed >>> 13)) >>> 0) / 2 ** 32;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

type Mode = 'sequential' | 'concurrent';
type Metric = 'wallRate' | 'cpuRate';

const WIDTH = 16;

async function main(): Promise<void> {
  const rounds = QUICK ? 8 : 24;
  const sequentialCount = QUICK ? 100 : 150;
  const concurrentCount = QUICK ? 300 : 500;
  const warmup = QUICK ? 150 : 400;

  console.log(`\n## B1. Requests: logs.get against a local server (own process, 127.0.0.1, keep-alive)`);
  console.log(
    [
      `${rounds} rounds; in each, every contender (in an order shuffled per round, GC before each batch) makes`,
      `  ${sequentialCount} requests one at a time ("sequential"), then ${concurrentCount} requests ${WIDTH} at a time ("concurrent").`,
      'wall req/s = requests per wall-clock second. CPU req/s = requests per second of this process\'s CPU time',
      '  (process.cpuUsage, user + system): what the client could do with a core to itself; far less disturbed by',
      '  other load on a shared machine. The server runs in a separate process; its CPU is not counted.',
      'Each figure is the median over the rounds; "±" = half the interquartile range, as a % of the median.',
      'Ratios are medians of per-round ratios (each contender against the other\'s batch of the same round), so',
      '  load that drifts between rounds cancels out; > 1.00 means sdkgen is faster.',
      'The official SDK has retries off (maxRetries: 0), as has sdkgen; openapi-fetch and plain fetch do not retry.',
      'sdkgen runs with its defaults otherwise: a 60 s timeout per attempt, arguments checked, responses validated',
      '  (or not: "validation off"). "(ref)" is not a contender: plain fetch plus the generated validator.',
    ].join('\n'),
  );

  const server = await startServer();
  const results: Record<Mode, Record<string, Sample[]>> = { sequential: {}, concurrent: {} };
  let all: Contender[];
  try {
    all = contenders(server.baseURL);
    const expected = JSON.stringify(seedExampleBody().result);
    for (const c of all) {
      const got = JSON.stringify(await c.call());
      if (got !== expected) throw new Error(`${c.name} resolved to ${got.slice(0, 200)}, not the seed's result`);
    }
    for (const c of all) {
      await sequential(c.call, warmup);
      await concurrent(c.call, warmup, WIDTH);
      results.sequential[c.name] = [];
      results.concurrent[c.name] = [];
    }
    for (let round = 0; round < rounds; round++) {
      for (const c of shuffled(all, round)) {
        results.sequential[c.name]!.push(await measure(() => sequential(c.call, sequentialCount), sequentialCount));
        results.concurrent[c.name]!.push(await measure(() => concurrent(c.call, concurrentCount, WIDTH), concurrentCount));
      }
    }
  } finally {
    await server.stop();
  }

  const goals: GoalResult[] = [];
  for (const mode of ['sequential', 'concurrent'] as const) {
    const samples = results[mode];
    const rate = (name: string, metric: Metric) => median(samples[name]!.map((s) => s[metric]));
    const spread = (name: string, metric: Metric) => `±${spreadPercent(samples[name]!.map((s) => s[metric])).toFixed(1)}%`;
    /** The median over rounds of `a`'s rate / `b`'s rate in the same round, and its spread. */
    const ratio = (a: string, b: string, metric: Metric) => {
      const perRound = samples[a]!.map((s, i) => s[metric] / samples[b]![i]![metric]);
      return { value: median(perRound), spread: spreadPercent(perRound) };
    };
    const shown = (r: { value: number; spread: number }) => `${formatRatio(r.value)} ±${r.spread.toFixed(0)}%`;

    console.log(`\n${mode === 'sequential' ? 'sequential (1 in flight)' : `concurrent (${WIDTH} in flight)`}`);
    const rows = all.map(({ name }) => [
      name,
      formatInt(rate(name, 'wallRate')),
      spread(name, 'wallRate'),
      formatInt(rate(name, 'cpuRate')),
      spread(name, 'cpuRate'),
      (1e6 / rate(name, 'cpuRate')).toFixed(0),
      shown(ratio(name, FETCH, 'wallRate')),
    ]);
    console.log(table(['contender', 'wall req/s', '±', 'CPU req/s', '±', 'CPU us/req', 'wall vs fetch'], rows));

    const ratioRows = [SDKGEN_ON, SDKGEN_OFF].map((ours) => [
      ours,
      ...[OPENAPI_FETCH, OFFICIAL].flatMap((other) => [shown(ratio(ours, other, 'wallRate')), shown(ratio(ours, other, 'cpuRate'))]),
    ]);
    console.log(`\n${mode}: sdkgen's rate / the other's (median of per-round ratios)`);
    console.log(table(['', 'vs openapi-fetch, wall', 'CPU', 'vs official SDK, wall', 'CPU'], ratioRows));
    console.log(
      `${mode}: plain fetch with an AbortSignal / plain fetch: ${shown(ratio(FETCH_SIGNAL, FETCH, 'wallRate'))} (wall); ` +
        `sdkgen (validation on) / fetch with an AbortSignal: ${shown(ratio(SDKGEN_ON, FETCH_SIGNAL, 'wallRate'))} (wall), ${shown(ratio(SDKGEN_ON, FETCH_SIGNAL, 'cpuRate'))} (CPU)`,
    );

    // A goal is met only when both measures agree: by the wall clock and by CPU time.
    const noSlower = (other: string, label: string): GoalResult => {
      const wall = ratio(SDKGEN_ON, other, 'wallRate').value;
      const cpu = ratio(SDKGEN_ON, other, 'cpuRate').value;
      return { section: 'B', goal: `${mode}: sdkgen (validation on) >= ${label} req/s (wall and CPU)`, measured: `${formatRatio(wall)} / ${formatRatio(cpu)}`, met: wall >= 1 && cpu >= 1 };
    };
    const vsFetch = ratio(SDKGEN_ON, FETCH, 'wallRate').value;
    goals.push(
      noSlower(OPENAPI_FETCH, 'openapi-fetch'),
      noSlower(OFFICIAL, 'official SDK'),
      { section: 'B', goal: `${mode}: sdkgen (validation on) >= 0.95 x plain fetch req/s (wall)`, measured: formatRatio(vsFetch), met: vsFetch >= 0.95 },
    );
  }
  console.log('\nGoals (B, throughput; "measured" = wall / CPU ratio):');
  console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
  reportGoals(goals);
  await clientOverhead(QUICK ? 3 : 7);
}

/**
 * The same calls with the network taken out: each client is given a `fetch` that returns the
 * seed envelope at once. What is left is each library's own work per call (building the request,
 * reading and parsing the body, validating), free of the HTTP stack's much larger cost and noise.
 */
async function clientOverhead(rounds: number): Promise<void> {
  const count = QUICK ? 1000 : 2000;
  console.log(`\n## B2. Client overhead without the network (a stub \`fetch\` answering at once with the seed envelope)`);
  console.log(
    [
      `CPU us/call = client CPU time per call, median of ${rounds} rounds of ${count} sequential calls (contenders`,
      '  in an order shuffled per round, GC before each batch). "fetch (plain)" here is the stub plus',
      '  response.json(): the floor. "overhead us" = CPU us/call - the floor: what the library itself adds.',
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
    for (const c of shuffled(all, round)) samples[c.name]!.push(await measure(() => sequential(c.call, count), count));
  }
  const cpuMicros = (name: string) => median(samples[name]!.map((s) => 1e6 / s.cpuRate));
  const rows = all.map(({ name }) => [
    name,
    cpuMicros(name).toFixed(1),
    `±${spreadPercent(samples[name]!.map((s) => 1e6 / s.cpuRate)).toFixed(1)}%`,
    (cpuMicros(name) - cpuMicros(FETCH)).toFixed(1),
    formatInt(median(samples[name]!.map((s) => s.wallRate))),
  ]);
  console.log(table(['contender', 'CPU us/call', '±', 'overhead us', 'calls/s'], rows));
}

await main();
