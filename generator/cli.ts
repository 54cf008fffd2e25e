import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatDiagnostic, GenerationFailed, type Diagnostic } from './diagnostics.js';
import { countOperations, generate } from './pipeline.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, stale: 3, internal: 70 } as const;

const HELP = `Usage: sdkgen <command> [options]

Commands:
  generate   Generate the SDK package (default config: spec/sdk.config.yaml)
  validate   Check the spec and config; report problems, write nothing

Options:
  --config FILE   The sdk.config.yaml to use
  --spec FILE     The OpenAPI document (overrides the config's; alone, no config is needed)
  --out DIR       Output directory (overrides the config's)
  --check         Write nothing; exit 3 listing stale files if the output is out of date
  --quiet         Print errors only
  --debug         Print stack traces for internal errors
  --help          Show this help
  --version       Show the sdkgen version

Exit codes: 0 success, 1 problems in the spec/config/templates, 2 bad usage,
3 --check found stale files, 70 internal error (a bug in sdkgen).`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        spec: { type: 'string' },
        out: { type: 'string' },
        check: { type: 'boolean' },
        quiet: { type: 'boolean' },
        debug: { type: 'boolean' },
        help: { type: 'boolean' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`sdkgen: ${(error as Error).message}\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return EXIT.ok;
  }
  const command = positionals[0] ?? 'generate';
  if (!['generate', 'validate'].includes(command) || positionals.length > 1) {
    process.stderr.write(`sdkgen: unknown command "${positionals.join(' ')}"\n\n${HELP}\n`);
    return EXIT.usage;
  }
  const config = values.config ?? (values.spec ? undefined : 'spec/sdk.config.yaml');
  const log = (line: string) => {
    if (!values.quiet) process.stderr.write(`${line}\n`);
  };
  try {
    const started = Date.now();
    let last = Date.now();
    const onStage = (stage: string, detail?: string) => {
      if (process.env.SDKGEN_TIMINGS) log(`  [${Date.now() - last} ms] ${stage}${detail ? ` (${detail})` : ''}`);
      last = Date.now();
    };
    const result = await generate({ config, spec: values.spec, out: values.out, check: values.check, validateOnly: command === 'validate', onStage });
    printWarnings(result.diagnostics.warnings, log);
    if (command === 'validate') {
      log(`sdkgen: the spec is valid (${result.api ? countOperations(result.api) : 0} operations, ${result.diagnostics.warnings.length} warnings)`);
      return EXIT.ok;
    }
    if (values.check) {
      if (result.stale && result.stale.length > 0) {
        process.stderr.write(`sdkgen: ${result.stale.length} file(s) in ${result.outDir} are out of date; run "npm run generate":\n${result.stale.map((f) => `  ${f}`).join('\n')}\n`);
        return EXIT.stale;
      }
      log(`sdkgen: ${result.outDir} is up to date`);
      return EXIT.ok;
    }
    log(`sdkgen: wrote ${result.files?.size ?? 0} files to ${result.outDir} in ${Date.now() - started} ms`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof GenerationFailed) {
      printWarnings(error.diagnostics.warnings, log);
      for (const d of error.diagnostics.errors) process.stderr.write(`${formatDiagnostic(d)}\n`);
      process.stderr.write(`sdkgen: ${error.diagnostics.errors.length} error(s); nothing was written.\n`);
      return EXIT.inputErrors;
    }
    process.stderr.write(`sdkgen: internal error: ${(error as Error).message}\n`);
    if (values.debug) process.stderr.write(`${(error as Error).stack}\n`);
    else process.stderr.write('Run again with --debug for a stack trace, and please report it.\n');
    return EXIT.internal;
  }
}

/** Warnings are grouped by code: the first few in full, then a count. */
function printWarnings(warnings: Diagnostic[], log: (line: string) => void): void {
  const byCode = new Map<string, Diagnostic[]>();
  for (const w of warnings) byCode.set(w.code, [...(byCode.get(w.code) ?? []), w]);
  for (const [code, list] of [...byCode].sort()) {
    for (const w of list.slice(0, 3)) log(formatDiagnostic(w));
    if (list.length > 3) log(`  ... and ${list.length - 3} more [${code}] warnings`);
  }
}
