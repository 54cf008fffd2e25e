/**
 * C1, C2. Transfers: a 100 MiB streamed upload and a 100 MiB download through the generated
 * media-types client, side by side with plain `fetch` doing the same, against a local node:http
 * server.
 *
 *   node --import tsx test/bench/transfers.bench.ts     (run.ts starts it this way)
 *
 * Every sample is one transfer by one contender in a fresh process of its own
 * (transfer-client.ts), so that the resident set growth it reports is that contender's alone. The
 * server runs here, in this process: apart from every client process, so its CPU and memory are
 * never counted as a client's, and with nothing to pass between processes but a port. This
 * process loads neither the generator (a child process generates the client) nor any large
 * buffer (the server makes each block as it writes it), because Linux hands a process's peak RSS
 * on to the processes it starts, which would hide the peaks the children measure.
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { cleanEnvironment } from './bench-api.js';
import { BLOCK, BlockChecker, makeBlock } from './blocks.js';
import { generateMediaClient } from './media-client.js';
import { formatRatio, type GoalResult, median, QUICK, reportGoals, repoRoot, rotate, spreadPercent, table, verdict } from './measure.js';
import { CONTENDERS, type ContenderId, type TransferSample } from './transfer-contenders.js';

const SIZE = 100 * 1024 * 1024;
const RSS_GOAL = 32 * 1024 * 1024;
const MB = 2 ** 20;

const FILE_PATH = /^\/v1\/files\/(\d+)\/content$/;

/** PUT checks every byte and answers 204 only for the exact body; GET sends a body of the size the path names. */
async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const match = FILE_PATH.exec(req.url ?? '');
  if (match === null) {
    req.resume();
    return void res.writeHead(404).end();
  }
  const size = Number(match[1]);
  if (req.method === 'PUT') {
    const checker = new BlockChecker();
    for await (const chunk of req as AsyncIterable<Buffer>) checker.feed(chunk);
    const problem = checker.problem(size);
    if (problem !== undefined) return void res.writeHead(422, { 'content-type': 'text/plain' }).end(problem);
    return void res.writeHead(204).end();
  }
  req.resume();
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
  for (let index = 0; index * BLOCK < size; index++) {
    if (!res.write(makeBlock(index, size))) await new Promise((resolve) => res.once('drain', resolve));
  }
  res.end();
}

function runContender(id: ContenderId, baseURL: string, dist: string): Promise<TransferSample> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(repoRoot, 'test/bench/transfer-client.ts'), id, baseURL, String(SIZE), dist],
      { cwd: repoRoot, env: cleanEnvironment(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${id} failed (exit ${code})`));
      const sample = JSON.parse(out) as TransferSample;
      if (sample.bytes !== SIZE) return reject(new Error(`${id} moved ${sample.bytes} bytes, not ${SIZE}`));
      resolve(sample);
    });
  });
}

const UPLOAD: readonly ContenderId[] = ['upload:sdkgen', 'upload:fetch', 'upload:fetch-redirect-error', 'upload:floor'];
const DOWNLOAD: readonly ContenderId[] = ['download:sdkgen-stream', 'download:fetch-stream', 'download:sdkgen-blob', 'download:fetch-blob'];

async function main(): Promise<void> {
  const rounds = QUICK ? 3 : 7;
  console.log('\n## C1, C2. Transfers: 100 MiB up and down through the media-types client, against a local server');
  console.log(
    [
      `${rounds} rounds; in each, every contender (in an order rotated per round) makes one 100 MiB transfer in a fresh`,
      '  process of its own, after a 16 MiB one the same way (loading fetch and the client, warming the JIT).',
      '  The server runs in the benchmark\'s process, apart from every client. Bodies are 64 KiB blocks, made as they',
      '  are sent and checked byte for byte as they arrive (the server checks uploads, the client downloads).',
      'MiB/s = 100 MiB / wall-clock seconds from the call to the last byte (a Blob: until it resolved). CPU ms = the',
      '  client process\'s CPU time over the same span. RSS growth = the client process\'s peak resident set',
      '  (sampled every 2 ms, and getrusage) minus its resident set just before, after a full GC.',
      'Each figure is the median over the rounds ("±" = half the interquartile range, as a % of it); "max" is the',
      '  largest RSS growth of any round. Ratios are medians of per-round ratios; > 1.00 means sdkgen is faster.',
    ].join('\n'),
  );

  const client = await generateMediaClient();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const samples = Object.fromEntries(Object.keys(CONTENDERS).map((id) => [id, [] as TransferSample[]])) as Record<ContenderId, TransferSample[]>;
  try {
    for (let round = 0; round < rounds; round++) {
      for (const id of rotate([...UPLOAD, ...DOWNLOAD], round)) samples[id].push(await runContender(id, baseURL, client.dist));
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await client.remove();
  }

  const rate = (s: TransferSample) => s.bytes / MB / s.seconds;
  const cpuRate = (s: TransferSample) => s.bytes / MB / s.cpuSeconds;
  const ratio = (a: ContenderId, b: ContenderId, of: (s: TransferSample) => number) => {
    const perRound = samples[a].map((s, i) => of(s) / of(samples[b][i]!));
    return { value: median(perRound), spread: spreadPercent(perRound) };
  };
  const shown = (r: { value: number; spread: number }) => `${formatRatio(r.value)} ±${r.spread.toFixed(0)}%`;
  const growth = (id: ContenderId) => median(samples[id].map((s) => s.rssGrowth));
  // An upload's body is made in the client's process, so its blocks' garbage is in the client's
  // RSS whoever sends them; what the client adds is its growth over the floor's, round by round.
  const overFloor = (id: ContenderId) => median(samples[id].map((s, i) => s.rssGrowth - samples['upload:floor'][i]!.rssGrowth));
  const noRatio = (id: ContenderId, against: ContenderId) => id === against || id === 'upload:floor';
  const rows = (ids: readonly ContenderId[], against: (id: ContenderId) => ContenderId) =>
    ids.map((id) => [
      CONTENDERS[id],
      median(samples[id].map(rate)).toFixed(0),
      `±${spreadPercent(samples[id].map(rate)).toFixed(1)}%`,
      (median(samples[id].map((s) => s.cpuSeconds)) * 1000).toFixed(0),
      (growth(id) / MB).toFixed(1),
      (Math.max(...samples[id].map((s) => s.rssGrowth)) / MB).toFixed(1),
      noRatio(id, against(id)) ? '' : shown(ratio(id, against(id), rate)),
      noRatio(id, against(id)) ? '' : shown(ratio(id, against(id), cpuRate)),
    ]);
  const headers = ['contender', 'MiB/s', '±', 'CPU ms', 'RSS growth MB', 'max', 'wall vs fetch', 'CPU vs fetch'];

  console.log('\nC1. upload, 100 MiB from a ReadableStream (application/octet-stream, PUT /files/{id}/content)');
  console.log(table(headers, rows(UPLOAD, () => 'upload:fetch')));
  const sending = UPLOAD.filter((id) => id !== 'upload:floor');
  console.log(
    'The floor makes the same blocks and drops them: V8 frees a dropped buffer only at its next GC, so making\n' +
      '  100 MiB of fresh blocks grows the RSS with nothing sent. RSS growth over the floor (median of per-round\n' +
      `  differences): ${sending.map((id) => `${CONTENDERS[id]} ${(overFloor(id) / MB).toFixed(1)} MB`).join('; ')}.`,
  );
  console.log('\nC2. download, 100 MiB (GET /files/{id}/content); the Blob contenders against fetch\'s blob()');
  const downloadAgainst = (id: ContenderId): ContenderId => (id.endsWith('blob') ? 'download:fetch-blob' : 'download:fetch-stream');
  console.log(table(headers, rows(DOWNLOAD, downloadAgainst)));
  console.log(
    'A Blob holds the whole body in memory, so its RSS growth is at least its size: no RSS goal for it.\n' +
      'Plain fetch grows as well while it streams: garbage (every chunk is a fresh buffer) not yet collected.',
  );

  const faster = (section: string, ours: ContenderId, other: ContenderId, label: string): GoalResult => {
    const value = ratio(ours, other, rate).value;
    return { section, goal: `${label} >= 0.95 x plain fetch MiB/s (wall)`, measured: formatRatio(value), met: value >= 0.95 };
  };
  const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
  const uploadSmall: GoalResult = {
    section: 'C1',
    goal: '100 MiB stream upload: client RSS growth over the floor < 32 MB (median)',
    measured: `${mb(overFloor('upload:sdkgen'))} (raw ${mb(growth('upload:sdkgen'))}, floor ${mb(growth('upload:floor'))}, plain fetch ${mb(growth('upload:fetch'))})`,
    met: overFloor('upload:sdkgen') < RSS_GOAL,
  };
  const downloadSmall: GoalResult = {
    section: 'C2',
    goal: '100 MiB download, asResponse() body: client RSS growth < 32 MB (median)',
    measured: `${mb(growth('download:sdkgen-stream'))} (plain fetch ${mb(growth('download:fetch-stream'))})`,
    met: growth('download:sdkgen-stream') < RSS_GOAL,
  };
  const goals: GoalResult[] = [
    faster('C1', 'upload:sdkgen', 'upload:fetch', '100 MiB stream upload'),
    uploadSmall,
    faster('C2', 'download:sdkgen-stream', 'download:fetch-stream', '100 MiB download, asResponse() body'),
    downloadSmall,
    faster('C2', 'download:sdkgen-blob', 'download:fetch-blob', '100 MiB download as a Blob (vs fetch blob())'),
  ];
  console.log('\nGoals (C1, C2):');
  console.log(table(['goal', 'measured', ''], goals.map((g) => [g.goal, g.measured, verdict(g.met)])));
  reportGoals(goals);
}

await main();
