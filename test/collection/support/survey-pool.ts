import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './collection-files.js';
import type { GenerateReply, ProblemSummary, WorkerReply, WorkerTask } from './survey-messages.js';
import type { PackageCheck } from './type-check-batch.js';

/**
 * Generates documents and type-checks the packages with a pool of worker processes
 * (survey-worker.ts), each started under `nice -n 10` because the machine is shared. A package
 * that generated joins a batch; a full batch (or, once every document is handed out, what is
 * left) is type-checked as one TypeScript program by the next free worker. Checks go before
 * new generations, so few packages wait on disk. A worker that dies or overruns the time limit
 * is replaced; what it was doing is recorded as `crash` or `timeout`, and a batch check that
 * dies is split and its packages checked one by one.
 */

export interface SurveyOptions {
  /** Absolute paths of the documents. */
  specs: string[];
  /** Where the packages are generated (one folder each, removed once checked unless `keep`). */
  workDir: string;
  jobs: number;
  /** Packages per type-check program. */
  batch?: number;
  keep?: boolean;
  /** Per task: a generation or a batch check that takes longer is killed. */
  timeoutMs?: number;
  /** Heap limit of each worker, in MiB. */
  heapMiB?: number;
  onResult?: (result: DocumentResult) => void;
}

export type Outcome = 0 | 1 | 70 | 'crash' | 'timeout';

export interface DocumentResult {
  spec: string;
  /** 0, 1, 70: the CLI's exit code; `crash`: the process died (out of memory, a signal). */
  exit: Outcome;
  generateMs: number;
  problems: ProblemSummary[];
  errorCount?: number;
  frames?: string[];
  warnings: Record<string, number>;
  /** For generated packages: strict tsc's verdict (`crash`/`timeout` when the checker died). */
  check?: PackageCheck | { ok: false; errors: 0; first: string[]; died: 'crash' | 'timeout' };
  /** This package's share of its batch's check time. */
  checkMs?: number;
}

interface Worker {
  child: ChildProcess;
  ready: boolean;
  task?: WorkerTask;
  timer?: NodeJS.Timeout;
  timedOut: boolean;
  stderr: string;
}

const WORKER = join(REPO_ROOT, 'test', 'collection', 'support', 'survey-worker.ts');

// Children get neither npm's nor jest's settings.
const childEnvironment: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|NODE_OPTIONS$|SDKGEN_TIMINGS$|JEST_)/i.test(name)));

export function runSurvey(options: SurveyOptions): Promise<DocumentResult[]> {
  const batchSize = options.batch ?? 40;
  const timeoutMs = options.timeoutMs ?? 20 * 60_000;
  const results: DocumentResult[] = [];
  const pending = new Map<string, DocumentResult>();
  const generateQueue = options.specs.map((spec, i) => ({ spec, out: join(options.workDir, `${String(i).padStart(5, '0')}`) }));
  const outOf = new Map<string, string>();
  const checkQueue: string[][] = [];
  let unbatched: string[] = [];
  let nextId = 0;
  let generating = 0;
  const workers = new Set<Worker>();
  mkdirSync(options.workDir, { recursive: true });

  return new Promise((resolve, reject) => {
    const finish = (result: DocumentResult) => {
      results.push(result);
      options.onResult?.(result);
    };
    const cleanUp = (dir: string) => {
      if (!options.keep) rmSync(dir, { recursive: true, force: true });
    };
    const settleCheck = (dirs: string[], checks: DocumentResult['check'][], ms: number) => {
      dirs.forEach((dir, i) => {
        const result = pending.get(dir)!;
        pending.delete(dir);
        result.check = checks[i];
        result.checkMs = Math.round(ms / dirs.length);
        cleanUp(dir);
        finish(result);
      });
    };
    const onGenerated = (task: Extract<WorkerTask, { kind: 'generate' }>, reply: Omit<GenerateReply, 'kind' | 'id'> | { exit: 'crash' | 'timeout'; ms: number; problems: ProblemSummary[] }) => {
      generating--;
      const result: DocumentResult = {
        spec: outOf.get(task.out)!,
        exit: reply.exit,
        generateMs: reply.ms,
        problems: reply.problems,
        warnings: 'warnings' in reply ? reply.warnings : {},
        ...('errorCount' in reply && reply.errorCount !== undefined ? { errorCount: reply.errorCount } : {}),
        ...('frames' in reply && reply.frames ? { frames: reply.frames } : {}),
      };
      if (result.exit !== 0) {
        cleanUp(task.out);
        finish(result);
        return;
      }
      pending.set(task.out, result);
      unbatched.push(task.out);
      if (unbatched.length >= batchSize) {
        checkQueue.push(unbatched);
        unbatched = [];
      }
    };
    const dispatch = () => {
      if (generateQueue.length === 0 && generating === 0 && unbatched.length > 0) {
        checkQueue.push(unbatched);
        unbatched = [];
      }
      for (const worker of workers) {
        if (!worker.ready || worker.task) continue;
        let task: WorkerTask | undefined;
        const dirs = checkQueue.shift();
        if (dirs) task = { kind: 'check', id: nextId++, dirs };
        else {
          const next = generateQueue.shift();
          if (next) {
            task = { kind: 'generate', id: nextId++, ...next };
            generating++;
          }
        }
        if (!task) continue;
        worker.task = task;
        worker.timer = setTimeout(() => {
          worker.timedOut = true;
          worker.child.kill('SIGKILL');
        }, timeoutMs);
        worker.child.send(task);
      }
      const busy = [...workers].some((w) => w.task);
      if (!busy && generateQueue.length === 0 && checkQueue.length === 0 && unbatched.length === 0) {
        const closing = [...workers];
        workers.clear();
        for (const worker of closing) worker.child.disconnect();
        resolve(results);
      }
    };
    const onDied = (worker: Worker) => {
      workers.delete(worker);
      const task = worker.task;
      const timedOut = worker.timedOut;
      const why: 'crash' | 'timeout' = timedOut ? 'timeout' : 'crash';
      const detail = worker.stderr.trim().split('\n').slice(-3).join(' | ');
      if (task?.kind === 'generate') {
        onGenerated(task, { exit: why, ms: 0, problems: [{ code: why, message: `${timedOut ? `took more than ${timeoutMs} ms` : 'the process died'}${detail ? `: ${detail}` : ''}` }] });
      } else if (task?.kind === 'check') {
        if (task.dirs.length > 1) checkQueue.push(...task.dirs.map((d) => [d]));
        else settleCheck(task.dirs, [{ ok: false, errors: 0, first: [detail], died: why }], 0);
      }
      start();
      dispatch();
    };
    const start = () => {
      const child = spawn('nice', ['-n', '10', process.execPath, `--max-old-space-size=${options.heapMiB ?? 4096}`, '--import', 'tsx', WORKER], {
        cwd: REPO_ROOT,
        env: childEnvironment,
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      const worker: Worker = { child, ready: false, timedOut: false, stderr: '' };
      workers.add(worker);
      child.stderr!.on('data', (chunk: Buffer) => (worker.stderr = (worker.stderr + chunk.toString('utf8')).slice(-4000)));
      child.on('error', reject);
      child.on('exit', () => {
        clearTimeout(worker.timer);
        if (workers.has(worker)) onDied(worker);
      });
      child.on('message', (reply: WorkerReply) => {
        clearTimeout(worker.timer);
        if (reply.kind === 'ready') worker.ready = true;
        else if (reply.kind === 'generate' && worker.task?.kind === 'generate') onGenerated(worker.task, reply);
        else if (reply.kind === 'check' && worker.task?.kind === 'check') settleCheck(worker.task.dirs, reply.results, reply.ms);
        worker.task = undefined;
        worker.stderr = '';
        dispatch();
      });
    };
    options.specs.forEach((spec, i) => outOf.set(generateQueue[i]!.out, spec));
    for (let i = 0; i < Math.max(1, options.jobs); i++) start();
  });
}
