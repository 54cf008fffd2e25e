import { GenerationFailed, type Diagnostic } from '../../../generator/common/diagnostics.js';
import { generate } from '../../../generator/pipeline.js';
import { WriteFailed } from '../../../generator/write/write-output.js';
import { typeCheckPackages } from './type-check-batch.js';
import type { GenerateReply, ProblemSummary, WorkerReply, WorkerTask } from './survey-messages.js';

/**
 * One process of the survey's pool (started by survey-pool.ts under `nice`, with an IPC channel).
 * It runs sdkgen's pipeline in-process, document after document, which saves the CLI's start-up
 * (tsx compiling the generator: about a second of CPU per run) on thousands of runs. Outcomes
 * map to the CLI's exit codes exactly as generator/cli.ts `run` maps them: a GenerationFailed or
 * WriteFailed is exit 1 (input errors), anything else thrown is exit 70 (an internal error).
 * An error that escapes every await kills the process, which the pool records as exit 70 too.
 */

function summary(d: Diagnostic): ProblemSummary {
  return { code: d.code, message: d.message, ...(d.pointer !== undefined ? { pointer: d.pointer } : {}) };
}

/** The first stack frames inside the generator: where an internal error comes from. */
function generatorFrames(error: unknown): string[] {
  const stack = error instanceof Error ? (error.stack ?? '') : '';
  return stack
    .split('\n')
    .filter((line) => line.includes('/generator/'))
    .slice(0, 4)
    .map((line) => line.trim().replace(/\(.*\/generator\//, '(generator/').replace(/^at .*\/generator\//, 'at generator/'));
}

function warningCounts(warnings: Diagnostic[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const w of warnings) counts[w.code] = (counts[w.code] ?? 0) + 1;
  return counts;
}

async function runGenerate(id: number, spec: string, out: string): Promise<GenerateReply> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const result = await generate({ spec, out });
    return { kind: 'generate', id, exit: 0, ms: ms(), warnings: warningCounts(result.diagnostics.warnings), problems: [] };
  } catch (error) {
    if (error instanceof GenerationFailed) {
      const errors = error.diagnostics.errors;
      return { kind: 'generate', id, exit: 1, ms: ms(), warnings: warningCounts(error.diagnostics.warnings), problems: errors.slice(0, 5).map(summary), errorCount: errors.length };
    }
    if (error instanceof WriteFailed) return { kind: 'generate', id, exit: 1, ms: ms(), warnings: {}, problems: [{ code: 'write-failed', message: error.message }], errorCount: 1 };
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'generate', id, exit: 70, ms: ms(), warnings: {}, problems: [{ code: 'internal', message }], errorCount: 1, frames: generatorFrames(error) };
  }
}

function send(reply: WorkerReply): void {
  process.send!(reply);
}

process.on('message', (task: WorkerTask) => {
  if (task.kind === 'generate') {
    void runGenerate(task.id, task.spec, task.out).then(send);
  } else {
    const started = performance.now();
    const results = typeCheckPackages(task.dirs);
    send({ kind: 'check', id: task.id, ms: Math.round(performance.now() - started), results });
  }
});
process.on('disconnect', () => process.exit(0));
send({ kind: 'ready' });
