import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { validateLogGetResponse } from '../../generated/dist/validators.js';
import { startPrism, type PrismServer } from '../support/prism.js';

/**
 * generated/ as its users get it: installed into a throwaway project outside the repo, three
 * ways, then imported from plain JavaScript and type-checked from TypeScript under the two module
 * resolution modes people use (Node's own, and bundlers'). The package has no dependencies, so
 * every npm command here runs with --offline.
 */

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const generatedDir = join(repoRoot, 'generated');
const tscBin = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const PACKAGE = '@sdkgen/cloudflare';
const ACCOUNT_ID = '0d37909e38d3e99c29fa2cd343ac421a';

type InstallMethod = 'directory' | 'file: dependency' | 'npm pack tarball';
const installMethods: InstallMethod[] = ['directory', 'file: dependency', 'npm pack tarball'];

const moduleModes = [
  { name: 'nodenext', flags: ['--module', 'nodenext', '--moduleResolution', 'nodenext'] },
  { name: 'bundler', flags: ['--module', 'esnext', '--moduleResolution', 'bundler'] },
] as const;

/** The spec file spec/sdk.config.yaml names (`spec:`, relative to the config), as an absolute path. */
async function configuredSpecFile(): Promise<string> {
  const configFile = join(repoRoot, 'spec', 'sdk.config.yaml');
  const config: unknown = parseYaml(await readFile(configFile, 'utf8'));
  const spec = typeof config === 'object' && config !== null && 'spec' in config ? config.spec : undefined;
  if (typeof spec !== 'string') throw new Error(`${configFile} has no "spec" string`);
  return resolve(dirname(configFile), spec);
}

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Children must not pick up the caller's Cloudflare credentials, nor the npm_* settings that
// `npm test` exports to the processes it runs (they would reconfigure the nested npm).
const childEnvironment: NodeJS.ProcessEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(CLOUDFLARE_|npm_)/i.test(name)),
);

function run(command: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...childEnvironment, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}

async function runOk(
  command: string,
  args: string[],
  cwd: string,
  extraEnv: Record<string, string> = {},
): Promise<string> {
  const result = await run(command, args, cwd, extraEnv);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} (in ${cwd}) exited ${result.code}\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

// --- the consumer's files --------------------------------------------------------------------

/** Calls the API through the package, and reports what it got and which file it loaded. */
const consumerMjs = `import { Cloudflare } from '${PACKAGE}';
import { validateLogGetResponse } from '${PACKAGE}/validators';

const client = new Cloudflare({ apiToken: 'consumer-token', baseURL: process.env.CONSUMER_BASE_URL, maxRetries: 0 });
const log = await client.aiGateway.logs.get('my-gateway', 'id', { account_id: '${ACCOUNT_ID}' });
console.log(JSON.stringify({ log, valid: validateLogGetResponse(log).ok, resolved: import.meta.resolve('${PACKAGE}') }));
`;

/** The per-resource entry point: its function for logs.get gives what the client's method gives. */
const entryPointMjs = `import { Cloudflare } from '${PACKAGE}';
import { logGet } from '${PACKAGE}/resources/ai-gateway/logs';

const client = new Cloudflare({ apiToken: 'consumer-token', baseURL: process.env.CONSUMER_BASE_URL, maxRetries: 0 });
const viaFunction = await logGet(client, 'my-gateway', 'id', { account_id: '${ACCOUNT_ID}' });
const viaMethod = await client.aiGateway.logs.get('my-gateway', 'id', { account_id: '${ACCOUNT_ID}' });
console.log(JSON.stringify({ type: typeof logGet, viaFunction, viaMethod }));
`;

const GATEWAY_DIRECTIVE = '// @ts-expect-error gateway_id is a string, not a number';

/**
 * Two `@ts-expect-error`s: each is itself an error ("unused directive") unless the line after it
 * fails, so this file type-checks only if the package's types are real, not `any`.
 */
const consumerTs = `import { Cloudflare, type AiGatewayLogs, type LogGetResponse } from '${PACKAGE}';
import { logGet, type LogGetParams } from '${PACKAGE}/resources/ai-gateway/logs';

const client = new Cloudflare({ apiToken: 'consumer-token', baseURL: 'http://127.0.0.1:4010' });

export async function getLog(): Promise<LogGetResponse> {
  const log: LogGetResponse = await client.aiGateway.logs.get('my-gateway', 'id', { account_id: '${ACCOUNT_ID}' });
  ${GATEWAY_DIRECTIVE}
  await client.aiGateway.logs.get(42, 'id', { account_id: '${ACCOUNT_ID}' });
  // @ts-expect-error LogGetResponse.id is a string
  const id: number = log.id;
  const logs: AiGatewayLogs = client.aiGateway.logs;
  const params: LogGetParams = { account_id: '${ACCOUNT_ID}' };
  const same: LogGetResponse = await logGet(client, 'my-gateway', 'id', params);
  void id;
  void logs;
  void same;
  return log;
}
`;

/** The same file with the gateway_id directive turned into a plain comment (same line numbers). */
const consumerWithoutDirectiveTs = consumerTs.replace(GATEWAY_DIRECTIVE, '// (directive removed)');
const numberArgumentLine = consumerTs.split('\n').indexOf(`  ${GATEWAY_DIRECTIVE}`) + 2;

type ModuleMode = (typeof moduleModes)[number];
const WITHOUT_DIRECTIVE = 'consumer-without-directive.ts';

/**
 * One tsc program holds both files: they are independent modules, so the verdict on each is what
 * a run on it alone would give, and the suite pays for parsing TypeScript's libs once, not twice.
 * No tsconfig: every option is on the command line. --skipDefaultLibCheck skips re-checking
 * TypeScript's own lib.*.d.ts (seconds per run); the package's .d.ts files are still checked.
 */
function tscArgs(mode: ModuleMode): string[] {
  return [
    tscBin,
    '--strict',
    '--noEmit',
    '--pretty',
    'false',
    '--skipDefaultLibCheck',
    '--target',
    'es2022',
    ...mode.flags,
    'consumer.ts',
    WITHOUT_DIRECTIVE,
  ];
}

/**
 * The tsc runs dominate this suite's time, so beforeAll starts them all (a few at a time) and
 * each test awaits its own; results are memoised by install method and module mode.
 */
const typeChecks = new Map<string, Promise<RunResult>>();
const typeCheckSlots = Math.max(2, Math.min(4, availableParallelism()));
const waitingForSlot: (() => void)[] = [];
let typeChecksRunning = 0;

async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (typeChecksRunning >= typeCheckSlots) await new Promise<void>((go) => waitingForSlot.push(go));
  typeChecksRunning++;
  try {
    return await task();
  } finally {
    typeChecksRunning--;
    waitingForSlot.shift()?.();
  }
}

function typeCheck(method: InstallMethod, mode: ModuleMode): Promise<RunResult> {
  const key = `${method}|${mode.name}`;
  let result = typeChecks.get(key);
  if (result === undefined) {
    const project = consumerDir(method);
    result = inSlot(() => run(process.execPath, tscArgs(mode), project));
    typeChecks.set(key, result);
  }
  return result;
}

/** tsc's diagnostics (`--pretty false`: one line each, continuation lines indented), split by file. */
function diagnostics(result: RunResult): { withoutDirective: string[]; other: string[] } {
  const lines = (result.stdout + result.stderr).split('\n').filter((line) => line.trim() !== '');
  return {
    withoutDirective: lines.filter((line) => line.startsWith(`${WITHOUT_DIRECTIVE}(`)),
    other: lines.filter((line) => !line.startsWith(`${WITHOUT_DIRECTIVE}(`)),
  };
}

// --- setup -------------------------------------------------------------------------------------

let workDir: string | undefined;
let prism: PrismServer | undefined;
let tarball: { file: string; paths: string[] } | undefined;
const consumers = new Map<InstallMethod, string>();

function consumerDir(method: InstallMethod): string {
  const dir = consumers.get(method);
  if (dir === undefined) throw new Error(`no consumer project for "${method}" (see beforeAll)`);
  return dir;
}

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sdkgen-consumer-'));
  const dir = workDir;
  const npmFlags = [
    '--no-audit',
    '--no-fund',
    '--offline',
    '--ignore-scripts',
    '--no-update-notifier',
    '--loglevel=error',
    '--cache',
    join(dir, 'npm-cache'),
  ];

  const packed = (async () => {
    const out = await runOk('npm', ['pack', generatedDir, '--pack-destination', dir, '--json', ...npmFlags], dir);
    const [entry] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    if (entry === undefined) throw new Error(`npm pack printed no package:\n${out}`);
    tarball = { file: join(dir, entry.filename), paths: entry.files.map((f) => f.path) };
    return tarball.file;
  })();

  const install = async (method: InstallMethod, name: string): Promise<void> => {
    const project = join(dir, name);
    await mkdir(project);
    const manifest: Record<string, unknown> = {
      name: `sdkgen-consumer-${name}`,
      version: '0.0.0',
      private: true,
      type: 'module',
    };
    if (method === 'file: dependency') manifest.dependencies = { [PACKAGE]: `file:${generatedDir}` };
    await writeFile(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
    const target = method === 'directory' ? [generatedDir] : method === 'npm pack tarball' ? [await packed] : [];
    await runOk('npm', ['install', ...target, ...npmFlags], project);
    await Promise.all([
      writeFile(join(project, 'consumer.mjs'), consumerMjs),
      writeFile(join(project, 'entry-point.mjs'), entryPointMjs),
      writeFile(join(project, 'consumer.ts'), consumerTs),
      writeFile(join(project, WITHOUT_DIRECTIVE), consumerWithoutDirectiveTs),
    ]);
    consumers.set(method, project);
  };

  const [started] = await Promise.all([
    configuredSpecFile().then((spec) => startPrism(spec)),
    install('directory', 'directory'),
    install('file: dependency', 'file-dependency'),
    install('npm pack tarball', 'tarball'),
  ]);
  prism = started;
  for (const method of installMethods) {
    for (const mode of moduleModes) {
      // Awaited by the tests below; a spawn failure surfaces there, not as an unhandled rejection.
      typeCheck(method, mode).catch(() => undefined);
    }
  }
}, 120_000);

afterAll(async () => {
  await Promise.allSettled([...typeChecks.values()]);
  await prism?.stop();
  // The directory installs are symlinks into generated/; rm removes the links, not their targets.
  if (workDir !== undefined) await rm(workDir, { recursive: true, force: true });
});

// --- tests -------------------------------------------------------------------------------------

describe('the npm pack tarball', () => {
  it('holds the manifest and the built root and per-resource entry points, and nothing from outside the package', () => {
    const paths = tarball?.paths ?? [];

    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/index.js',
        'dist/index.d.ts',
        'dist/resources/ai-gateway/logs.js',
        'dist/resources/ai-gateway/logs.d.ts',
        'dist/cjs/package.json',
        'dist/cjs/index.js',
        'dist/cjs/index.d.ts',
        'dist/cjs/resources/ai-gateway/logs.js',
        'dist/cjs/resources/ai-gateway/logs.d.ts',
      ]),
    );
    expect(paths.filter((p) => !/^(dist\/|src\/|package\.json$|api\.md$|README\.md$|LICENSE)/.test(p))).toEqual([]);
  });
});

describe.each(installMethods)('%s install of generated/ in a project outside the repo', (method) => {
  it(`npm ls shows ${PACKAGE} with no dependencies of its own`, async () => {
    const out = await runOk('npm', ['ls', '--all', '--json', '--offline'], consumerDir(method));
    const tree = JSON.parse(out) as { dependencies?: Record<string, { version?: string; dependencies?: object }> };

    expect(Object.keys(tree.dependencies ?? {})).toEqual([PACKAGE]);
    expect(tree.dependencies?.[PACKAGE]?.version).toBe('0.1.0');
    expect(tree.dependencies?.[PACKAGE]?.dependencies ?? {}).toEqual({});
  });

  it('a plain .mjs file imports the package, calls logs.get against Prism and prints a valid log', async () => {
    const project = consumerDir(method);
    const out = await runOk(process.execPath, ['consumer.mjs'], project, {
      CONSUMER_BASE_URL: prism?.baseURL ?? 'http://prism-did-not-start.invalid',
    });
    const printed = JSON.parse(out) as { log: unknown; valid: boolean; resolved: string };

    expect(printed.valid).toBe(true);
    expect(validateLogGetResponse(printed.log).ok).toBe(true);
    // The tarball is unpacked into the project; the other two link to generated/ itself. Node's
    // `import` gets the CommonJS build, as `require` does (test/consumer/commonjs.test.ts).
    const root = method === 'npm pack tarball' ? join(project, 'node_modules', '@sdkgen', 'cloudflare') : generatedDir;
    expect(fileURLToPath(printed.resolved)).toBe(join(root, 'dist', 'cjs', 'index.js'));
  });

  it('the per-resource entry point /resources/ai-gateway/logs has logGet, which gets what client.aiGateway.logs.get gets', async () => {
    const out = await runOk(process.execPath, ['entry-point.mjs'], consumerDir(method), {
      CONSUMER_BASE_URL: prism?.baseURL ?? 'http://prism-did-not-start.invalid',
    });
    const printed = JSON.parse(out) as { type: string; viaFunction: unknown; viaMethod: unknown };

    expect(printed.type).toBe('function');
    expect(validateLogGetResponse(printed.viaFunction).ok).toBe(true);
    expect(printed.viaFunction).toEqual(printed.viaMethod);
  });

  it.each(moduleModes)('a TypeScript consumer type-checks under --moduleResolution $name --strict', async (mode) => {
    const { other } = diagnostics(await typeCheck(method, mode));

    // Anything here is an error in consumer.ts (an unused @ts-expect-error included) or in the package's .d.ts.
    expect(other).toEqual([]);
  });

  it.each(moduleModes)(
    'the same consumer fails under --moduleResolution $name once the gateway_id @ts-expect-error is removed',
    async (mode) => {
      const result = await typeCheck(method, mode);

      expect(result.code).not.toBe(0);
      expect(diagnostics(result).withoutDirective).toEqual([
        expect.stringMatching(
          new RegExp(
            `^consumer-without-directive\\.ts\\(${numberArgumentLine},\\d+\\): error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'\\.$`,
          ),
        ),
      ]);
    },
  );
});
