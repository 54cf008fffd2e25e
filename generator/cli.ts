import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Diagnostics, formatDiagnostic, countByKind, GenerationFailed, summarizeDiagnostics, type Diagnostic } from './common/diagnostics.js';
import type { ConventionsName } from './load/load-config.js';
import type { GenerateOptions } from './pipeline.js';
import { printable, renderReportMarkdown, renderReportText } from './report/render-report.js';
import { API_SURFACE_FILE } from './report/surface-file.js';
import { Progress } from './progress.js';
import { InputWatcher } from './watch-inputs.js';
import { OutputWriter, WriteFailed } from './write/write-output.js';

/** Exit codes, documented in the README. */
export const EXIT = { ok: 0, inputErrors: 1, usage: 2, stale: 3, internal: 70 } as const;

const HELP = `Usage: sdkgen <command> [options]

Commands:
  generate   Generate the SDK package (the default; default config: spec/sdk.config.yaml)
  validate   Check the spec, config and templates; report problems, write nothing
  init       Start a project: spec/ (the --spec FILE given, or an example), spec/sdk.config.yaml
             and templates/ to edit, in --dir DIR (default: the current directory);
             overwrites nothing

Options:
  --config FILE   The sdk.config.yaml to use
  --spec FILE     The OpenAPI document (overrides the config's; alone, no config is needed)
  --dir DIR       With init: the project directory to scaffold
  --out DIR       Output directory (overrides the config's)
  --conventions NAME
                  The API's response conventions (overrides the config's): none (default)
                  or cloudflare (unwrap { success, errors, messages, result } envelopes,
                  page lists by result_info)
  --strict        Fail (exit 1) on spec defects sdkgen otherwise works around with a
                  warning (also: strict: true in the config)
  --check         Write nothing; exit 3 listing stale files if the output is out of date
  --watch         Stay running and regenerate when the spec, config or templates change
  --report FILE   Also write the API change report (what changed in the public API
                  since the output's previous generation) as Markdown to FILE
  --quiet         Print errors only
  --debug         Print stack traces for internal errors
  --help          Show this help
  --version       Show the sdkgen version

Exit codes:
  0   success (and, with --check, the output is up to date)
  1   problems in the spec, config or templates (each printed as file:line:col),
      or the output directory or report file cannot be written; nothing was changed
  2   bad usage (unknown command or option, missing value)
  3   --check found stale files (they are listed)
  70  internal error: a bug in sdkgen (run again with --debug for the stack trace)
  130, 143  interrupted (Ctrl-C, SIGTERM): the output directory is untouched
With --watch, sdkgen runs until Ctrl-C (SIGINT) or SIGTERM and then exits 0.`;

interface Settings {
  command: 'generate' | 'validate';
  config?: string;
  spec?: string;
  out?: string;
  conventions?: string;
  check: boolean;
  strict: boolean;
  report?: string;
  quiet: boolean;
  debug: boolean;
}

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
        conventions: { type: 'string' },
        check: { type: 'boolean' },
        strict: { type: 'boolean' },
        watch: { type: 'boolean' },
        report: { type: 'string' },
        quiet: { type: 'boolean' },
        debug: { type: 'boolean' },
        dir: { type: 'string' },
        help: { type: 'boolean' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  if (values.version) {
    process.stdout.write(`${sdkgenVersion()}\n`);
    return EXIT.ok;
  }
  const command = positionals[0] ?? 'generate';
  if ((command !== 'generate' && command !== 'validate' && command !== 'init') || positionals.length > 1) return usage(`unknown command "${positionals.join(' ')}"`);
  if (values.report !== undefined && command !== 'generate') return usage('--report works with "generate" only');
  for (const name of ['config', 'spec', 'out', 'report', 'conventions', 'dir'] as const) {
    if (values[name] === '') return usage(`--${name} needs a value`);
  }
  if (command === 'init') {
    const other = (['config', 'out', 'conventions', 'check', 'watch'] as const).find((name) => values[name] !== undefined);
    if (other) return usage(`--${other} does not work with "init" (it takes --spec and --dir)`);
    const { init } = await import('./init/init.js');
    const outcome = init({ dir: values.dir ?? '.', ...(values.spec !== undefined ? { spec: values.spec } : {}) }, sdkgenVersion());
    if (!outcome.ok) {
      for (const line of outcome.problems) say(line);
      return EXIT.inputErrors;
    }
    if (!values.quiet) process.stdout.write(`${outcome.lines.map(printable).join('\n')}\n`);
    return EXIT.ok;
  }
  if (values.dir !== undefined) return usage('--dir works with "init" only');
  // Loaded only now: the config loader and the pipeline bring yaml and Handlebars, most of
  // sdkgen's start-up time, which --help and --version do without.
  const { CONVENTIONS_NAMES, isConventionsName } = await import('./load/load-config.js');
  if (values.conventions !== undefined && !isConventionsName(values.conventions)) {
    return usage(`--conventions must be one of ${CONVENTIONS_NAMES.join(', ')}, not "${values.conventions}"`);
  }
  const settings: Settings = {
    command,
    config: values.config ?? (values.spec ? undefined : 'spec/sdk.config.yaml'),
    spec: values.spec,
    out: values.out,
    ...(values.conventions !== undefined ? { conventions: values.conventions } : {}),
    check: values.check ?? false,
    strict: values.strict ?? false,
    report: values.report,
    quiet: values.quiet ?? false,
    debug: values.debug ?? false,
  };
  catchStrayErrors(settings);
  if (values.watch) return watch(settings);
  // Interrupted mid-run, the output is untouched; only the temporary directory goes.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.once(signal, () => {
      OutputWriter.abandonAll();
      process.exit(code);
    });
  }
  return run(settings);
}

function sdkgenVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function usage(message: string): number {
  process.stderr.write(`sdkgen: ${printable(message)}\n\n${HELP}\n`);
  return EXIT.usage;
}

/** One line to stderr; spec text in it cannot move the cursor or start a new line. */
function say(line: string): void {
  process.stderr.write(`${printable(line)}\n`);
}

/** One generation (or validation, or check): prints everything and returns the exit code. */
async function run(settings: Settings, onRead?: (file: string) => void): Promise<number> {
  const log = (line: string) => {
    if (!settings.quiet) say(line);
  };
  try {
    const started = Date.now();
    let last = Date.now();
    const progress = Progress.forTerminal(settings.quiet);
    const onStage = (stage: string, detail?: string) => {
      if (process.env.SDKGEN_TIMINGS) log(`  [${Date.now() - last} ms, ${Math.round(process.memoryUsage().rss / 2 ** 20)} MiB] ${stage}${detail ? ` (${detail})` : ''}`);
      last = Date.now();
      progress.stage(stage, detail);
    };
    const options: GenerateOptions = { config: settings.config, spec: settings.spec, out: settings.out, ...(settings.conventions ? { conventions: settings.conventions as ConventionsName } : {}), check: settings.check, strict: settings.strict, validateOnly: settings.command === 'validate', onStage, ...(onRead ? { onRead } : {}) };
    const { countOperations, generate } = await import('./pipeline.js');
    const result = await generate(options).finally(() => progress.clear());
    printWarnings(result.diagnostics.warnings, log);
    if (settings.command === 'validate') {
      log(`sdkgen: the spec is valid (${result.api ? countOperations(result.api) : 0} operations, ${result.diagnostics.warnings.length} warnings)`);
      return EXIT.ok;
    }
    const baseline = `${result.outDir}/${API_SURFACE_FILE}`;
    for (const line of renderReportText(result.apiChanges, baseline)) log(line);
    if (settings.report !== undefined && !writeReport(settings.report, renderReportMarkdown(result.apiChanges, baseline))) return EXIT.inputErrors;
    if (settings.check) {
      if (result.stale && result.stale.length > 0) {
        say(`sdkgen: ${result.stale.length} file(s) in ${result.outDir} are out of date; run "sdkgen generate" (npm run generate) to update them:`);
        for (const file of result.stale) say(`  ${file}`);
        return EXIT.stale;
      }
      log(`sdkgen: ${result.outDir} is up to date`);
      return EXIT.ok;
    }
    log(`sdkgen: wrote ${(result.files?.size ?? 0) + (result.reused?.size ?? 0)} files to ${result.outDir} in ${Date.now() - started} ms`);
    if (process.env.SDKGEN_TIMINGS && result.written) log(`  ${result.written.files} files written (${result.written.bytes} bytes), ${result.written.reused} unchanged and kept`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof GenerationFailed) {
      printWarnings(error.diagnostics.warnings, log);
      for (const d of sortByPosition(error.diagnostics.errors)) say(formatDiagnostic(d));
      say(`sdkgen: ${error.diagnostics.errors.length} error(s); nothing was written.`);
      const strict = error.diagnostics.strictErrors;
      if (strict.length > 0) say(`sdkgen: ${strict.length} of them (${countByKind(strict)}) are errors because of --strict or strict: true; without it they are warnings and sdkgen works around them.`);
      return EXIT.inputErrors;
    }
    if (error instanceof WriteFailed) {
      say(`sdkgen: ${error.message}`);
      if (settings.debug) say(String((error.cause as Error | undefined)?.stack ?? error.stack));
      return EXIT.inputErrors;
    }
    reportInternalError(error, settings.debug);
    return EXIT.internal;
  }
}

function writeReport(file: string, markdown: string): boolean {
  try {
    writeFileSync(file, markdown);
    return true;
  } catch (error) {
    say(`sdkgen: cannot write the report to ${file}: ${(error as Error).message}`);
    return false;
  }
}

function reportInternalError(error: unknown, debug: boolean): void {
  say(`sdkgen: internal error: ${error instanceof Error ? error.message : String(error)}`);
  if (debug) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  else say('This is a bug in sdkgen. Run again with --debug for a stack trace, and please report it.');
}

/** An error that escapes every await (a callback, a timer) still never prints a raw stack. */
function catchStrayErrors(settings: Settings): void {
  const handle = (error: unknown) => {
    reportInternalError(error, settings.debug);
    process.exit(EXIT.internal);
  };
  process.on('uncaughtException', handle);
  process.on('unhandledRejection', handle);
}

/** Errors in file order, so that problems in one file read top to bottom. */
function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.file ?? '';
    const fb = b.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  });
}

/** Warnings are grouped by code: the first few in full, then a count. */
function printWarnings(warnings: Diagnostic[], log: (line: string) => void): void {
  const byCode = new Map<string, Diagnostic[]>();
  for (const w of warnings) {
    const list = byCode.get(w.code);
    if (list) list.push(w);
    else byCode.set(w.code, [w]);
  }
  for (const [code, list] of [...byCode].sort()) {
    for (const w of list.slice(0, 3)) log(formatDiagnostic(w));
    if (list.length > 3) log(`  ... and ${list.length - 3} more [${code}] warnings`);
  }
  if (warnings.length > 0) log(`sdkgen: ${summarizeDiagnostics(warnings, 'warning')}`);
}

/** How long to wait after the last change before regenerating (editors write in bursts). */
const DEBOUNCE_MS = 150;

/**
 * `--watch`: runs once, then again whenever a spec file, the config or a template changes.
 * A failed run prints its errors and keeps watching. SIGINT and SIGTERM stop it with exit
 * code 0. A change during a run queues one more run after it.
 */
async function watch(settings: Settings): Promise<number> {
  const log = (line: string) => {
    if (!settings.quiet) say(line);
  };
  return new Promise<number>((resolveExit) => {
    let running = false;
    let queued = false;
    let stopped = false;
    let timer: NodeJS.Timeout | undefined;
    const watcher = new InputWatcher((changed) => {
      if (stopped) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        log(`sdkgen: ${changed} changed; regenerating`);
        void cycle();
      }, DEBOUNCE_MS);
    });
    const cycle = async (): Promise<void> => {
      if (running) {
        queued = true;
        return;
      }
      running = true;
      const read = new Set<string>();
      await run(settings, (file) => read.add(file));
      if (stopped) return;
      const targets = await watchTargets(settings, read);
      watcher.update(targets);
      log(`sdkgen: watching ${targets.files.length} file(s) and ${targets.directories.length} template folder(s) for changes; press Ctrl-C to stop`);
      running = false;
      if (queued) {
        queued = false;
        void cycle();
      }
    };
    const stop = () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      watcher.close();
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      log('sdkgen: stopped watching');
      // A run in progress has written at most into its temporary directory (the swap into
      // the output is one synchronous step), so removing that leaves nothing half-written.
      if (running) {
        OutputWriter.abandonAll();
        process.exit(EXIT.ok);
      }
      resolveExit(EXIT.ok);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    void cycle();
  });
}

/** The config file, every spec file the run read, and the template folders (built-in and the config's). */
async function watchTargets(settings: Settings, read: Set<string>): Promise<{ files: string[]; directories: string[]; ignore: string[] }> {
  const [{ BUILTIN_TEMPLATES }, { loadConfig }] = await Promise.all([import('./emit/templates.js'), import('./load/load-config.js')]);
  const files = new Set(read);
  const directories = new Set([BUILTIN_TEMPLATES]);
  const ignore: string[] = [];
  if (settings.config) {
    const configFile = resolve(settings.config);
    files.add(configFile);
    // A quiet second read: the run has already reported any problem in the config.
    const config = loadConfig(configFile, new Diagnostics());
    if (config?.templates) directories.add(config.templates);
    if (config) ignore.push(config.output);
  }
  if (settings.out) ignore.push(resolve(settings.out));
  if (settings.report) {
    files.delete(resolve(settings.report));
    ignore.push(resolve(settings.report));
  }
  return { files: [...files].sort(), directories: [...directories].sort(), ignore };
}
