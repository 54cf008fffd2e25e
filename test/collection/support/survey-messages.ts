import type { PackageCheck } from './type-check-batch.js';

/** What the survey's pool (survey-pool.ts) and its worker processes (survey-worker.ts) exchange. */

export type WorkerTask = { kind: 'generate'; id: number; spec: string; out: string } | { kind: 'check'; id: number; dirs: string[] };

export interface ProblemSummary {
  code: string;
  message: string;
  pointer?: string;
}

export interface GenerateReply {
  kind: 'generate';
  id: number;
  /** The exit code the CLI would return: 0, 1 (input errors) or 70 (internal error). */
  exit: 0 | 1 | 70;
  ms: number;
  /** Warnings by diagnostic code. */
  warnings: Record<string, number>;
  /** The first errors (exit 1) or the internal error's message (exit 70). */
  problems: ProblemSummary[];
  errorCount?: number;
  /** For exit 70: the first stack frames inside generator/. */
  frames?: string[];
}

export type WorkerReply = { kind: 'ready' } | GenerateReply | { kind: 'check'; id: number; ms: number; results: PackageCheck[] };
