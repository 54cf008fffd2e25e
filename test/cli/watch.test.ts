import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exited, OutputWatch, removeTempDirs, settledLeftovers, SMALL_SPEC, startCli, tempDir } from './support/cli.js';

/**
 * `sdkgen generate --watch`, as a real child process: it regenerates when the spec, the
 * config or a template changes, keeps running after a failed generation, and exits 0 on
 * SIGINT and SIGTERM. Each generation of the small spec takes seconds, hence the timeouts.
 */

const STEP_MS = 120_000;

afterAll(removeTempDirs);

describe('sdkgen generate --watch', () => {
  it(
    'regenerates on spec, template and config changes, survives a broken spec, and stops on SIGINT',
    async () => {
      const work = tempDir('sdkgen-watch-');
      const spec = join(work, 'openapi.yaml');
      const original = readFileSync(SMALL_SPEC, 'utf8');
      writeFileSync(spec, original);
      mkdirSync(join(work, 'templates/partials'), { recursive: true });
      const config = join(work, 'sdk.config.yaml');
      const writeConfig = (version: string) =>
        writeFileSync(config, `spec: openapi.yaml\noutput: out\ntemplates: templates\npackage: { name: watched, version: ${version} }\nclient: { className: Watched }\n`);
      writeConfig('0.1.0');
      const out = join(work, 'out');
      const resource = join(out, 'src/resources/ai-gateway/logs.ts');

      const child = startCli(['generate', '--watch', '--config', config], { cwd: work });
      const stderr = new OutputWatch(child.stderr);
      try {
        await stderr.next(/watching \d+ file\(s\) and \d+ template folder\(s\)/, STEP_MS);
        expect(readFileSync(resource, 'utf8')).toContain('Get Gateway Log Detail');

        // 1. The spec changes.
        writeFileSync(spec, original.replace('summary: Get Gateway Log Detail', 'summary: Fetch One Gateway Log'));
        const regenerated = await stderr.next(/watching \d+ file/, STEP_MS);
        expect(regenerated).toMatch(/openapi\.yaml changed; regenerating/);
        expect(regenerated).toMatch(/sdkgen: wrote \d+ files/);
        expect(readFileSync(resource, 'utf8')).toContain('Fetch One Gateway Log');

        // 2. The spec breaks: the errors are printed, the output stays, sdkgen keeps watching.
        const before = readFileSync(resource, 'utf8');
        writeFileSync(spec, original.replace('openapi: 3.0.3', 'openapi: 3.0.3\ninfo: [unclosed'));
        const failed = await stderr.next(/watching \d+ file/, STEP_MS);
        expect(failed).toMatch(/openapi\.yaml:\d+:\d+: error: Invalid YAML/);
        expect(failed).toMatch(/error\(s\); nothing was written/);
        expect(child.exitCode).toBeNull();
        expect(readFileSync(resource, 'utf8')).toBe(before);

        // 3. The spec is fixed again.
        writeFileSync(spec, original);
        expect(await stderr.next(/watching \d+ file/, STEP_MS)).toMatch(/sdkgen: wrote \d+ files/);
        expect(readFileSync(resource, 'utf8')).toContain('Get Gateway Log Detail');

        // 4. A template is added to the config's templates folder.
        writeFileSync(join(work, 'templates/partials/method-doc.hbs'), '/** Watched: {{name}}. */\n');
        const retemplated = await stderr.next(/watching \d+ file/, STEP_MS);
        expect(retemplated).toMatch(/method-doc\.hbs changed; regenerating/);
        expect(readFileSync(resource, 'utf8')).toContain('/** Watched: get. */');

        // 5. The config changes.
        writeConfig('0.2.0');
        const reconfigured = await stderr.next(/watching \d+ file/, STEP_MS);
        expect(reconfigured).toMatch(/sdk\.config\.yaml changed; regenerating/);
        expect(JSON.parse(readFileSync(join(out, 'package.json'), 'utf8')).version).toBe('0.2.0');

        child.kill('SIGINT');
        expect(await exited(child, 30_000)).toEqual({ code: 0, signal: null });
        expect(stderr.text).toContain('sdkgen: stopped watching');
        expect(stderr.text).not.toMatch(/^\s+at /m);
        expect(await settledLeftovers(work)).toEqual([]);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    },
    8 * STEP_MS,
  );

  it(
    'stops on SIGTERM during a generation, with exit code 0 and nothing half-written',
    async () => {
      const work = tempDir('sdkgen-watch-');
      const out = join(work, 'out');
      const child = startCli(['generate', '--watch', '--spec', SMALL_SPEC, '--out', out], { env: { SDKGEN_TIMINGS: '1' } });
      const stderr = new OutputWatch(child.stderr);
      try {
        // SDKGEN_TIMINGS reports each stage as it ends: the model is built, emitting has begun.
        await stderr.next(/\] model/, STEP_MS);
        child.kill('SIGTERM');
        expect(await exited(child, 30_000)).toEqual({ code: 0, signal: null });
        expect(stderr.text).toContain('sdkgen: stopped watching');
        // The write is one synchronous step, so the signal lands before it or after it:
        // either there is no output, or all of it.
        if (existsSync(out)) {
          const manifest = JSON.parse(readFileSync(join(out, '.sdkgen-manifest.json'), 'utf8')) as string[];
          expect(manifest.filter((file) => !existsSync(join(out, file)))).toEqual([]);
        }
        expect(await settledLeftovers(work)).toEqual([]);
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    },
    2 * STEP_MS,
  );
});
