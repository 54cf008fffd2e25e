/**
 * The media-types client (test/fixtures/golden/media-types-3-1/) for the media benchmarks,
 * generated into a temporary directory. The generator runs in a process of its own, so that the
 * benchmark's process stays small: Linux hands a process's peak RSS on to the processes it starts,
 * which would hide the peaks the transfer benchmarks measure in theirs.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './measure.js';

export const MEDIA_CONFIG = join(repoRoot, 'test/fixtures/golden/media-types-3-1/sdk.config.yaml');

export interface MediaClientDir {
  /** The generated package's dist/ (index.js, validators.js...). */
  dist: string;
  remove(): Promise<void>;
}

export async function generateMediaClient(): Promise<MediaClientDir> {
  const dir = await mkdtemp(join(tmpdir(), 'sdkgen-bench-media-'));
  const out = join(dir, 'out');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test/bench/generate-media-client.ts'), out], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generating the media-types client failed (exit ${code})`))));
  });
  return { dist: join(out, 'dist'), remove: () => rm(dir, { recursive: true, force: true }) };
}
