import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isWithin } from './read-guard.js';

/**
 * The static half of "tests read only the repository" (the runtime half is
 * test/support/read-guard.ts): finds, in the files that make up the tests and the tools they run,
 * the ways a path leaves the repository root. Each rule names one way, narrowly enough that
 * nothing in the repository matches it by accident:
 *
 *   outside-folder   `../shared` (the shared inputs folder next to the checkout, which a clone
 *                    does not have), also as `'..', 'shared'` segments; in code, comments and docs
 *   machine-path     an absolute path into this machine's workspace or a home directory
 *                    (`/work/...`, `/home/...`, `/Users/...`, `/root/...`, `~/...` in a string),
 *                    or the home directory asked for (`homedir()`, `process.env.HOME`, `$HOME`)
 *   root-parent      the root's parent: `join(REPO_ROOT, '..')`, `resolve(root, '../x')`, `dirname(root)`
 *   relative-escape  a relative path resolved against the file's own directory that ends outside
 *                    the root: module specifiers (`from`, `import()`, `require()`,
 *                    `jest.unstable_mockModule()`), `new URL(x, import.meta.url)` and `$ref`
 *   script-parent    `..` in an npm script or a CI script, which run from the root (the CI
 *                    script's own `"$(dirname "$0")/.."`, the root, excepted)
 *   symlink-out      a symbolic link whose target is outside the root
 */

export interface Finding {
  /** Relative to the root. */
  file: string;
  line: number;
  rule: string;
  text: string;
}

/** What is scanned: the tests, the CLI and generator they run, the examples, CI, the spec folder. */
export const SCANNED_DIRS = ['test', 'bin', 'generator', 'examples', '.ci', 'spec'];
export const SCANNED_FILES = ['README.md', 'jest.config.js', 'tsconfig.json'];

/** Not scanned: files that spell out outside paths on purpose, and why that is not a read. */
export const EXEMPT: ReadonlyMap<string, string> = new Map([
  ['test/support/outside-paths.ts', 'this check: its comment lists the patterns it finds'],
  ['test/self-contained/no-outside-paths.test.ts', "this check's test: it plants violations in a temporary directory"],
  ['test/self-contained/read-guard.test.ts', "the runtime guard's test: it plants a read of /work/shared/... to show the guard refuses it"],
]);

/** Not scanned: data copied from outside, byte for byte (their text is not ours to change). */
const DATA_DIRS = ['test/fixtures/specs', 'test/fixtures/seed'];

const ROOT_NAME = String.raw`(?:[\w$]+\.)?(?:REPO_ROOT|repoRoot|ROOT|root|rootDir)`;

interface LineRule {
  rule: string;
  pattern: RegExp;
}

const LINE_RULES: LineRule[] = [
  { rule: 'outside-folder', pattern: /\.\.(?:[/\\]|['"`]\s*,\s*['"`])shared\b/ },
  { rule: 'machine-path', pattern: /(?<![\w.:/~-])\/(?:work|home|Users|root)\/(?=[\w.-])/ },
  { rule: 'machine-path', pattern: /['"`\s(]~\/[\w.-]/ },
  { rule: 'machine-path', pattern: /\bhomedir\(\)|\bprocess\.env\.HOME\b|\$\{?HOME\b/ },
  { rule: 'root-parent', pattern: new RegExp(String.raw`\b(?:join|resolve)\(\s*${ROOT_NAME}\s*,\s*['"\`]\.\.(?:[/\\]|['"\`])`) },
  { rule: 'root-parent', pattern: new RegExp(String.raw`\bdirname\(\s*${ROOT_NAME}\s*\)`) },
];

/** Relative paths that are resolved against the file they are written in. */
const RELATIVE_REFERENCES: RegExp[] = [
  /\bfrom\s+['"](\.{1,2}\/[^'"]*)['"]/g,
  /\b(?:import|require|jest\.unstable_mockModule|jest\.mock)\(\s*['"](\.{1,2}\/[^'"]*)['"]/g,
  /\bnew URL\(\s*['"](\.{1,2}\/[^'"]*|\.{1,2})['"]\s*,\s*import\.meta\.url\s*\)/g,
  /["']?\$ref["']?\s*:\s*["']?(\.{1,2}\/[^"'#\s]*)/g,
];

/** `..` as a path segment in a shell command line or an npm script. */
const SCRIPT_PARENT = /(?:^|[\s'"=:;(])\.\.(?:[/\\\s'";)]|$)/;
/** The CI script's way of naming the root: its own directory's parent. */
const CI_SCRIPT_ROOT = /"?\$\(dirname "\$0"\)\/\.\."?/g;

/** Findings in one file's text; `file` is the path relative to the root. */
export function scanText(root: string, file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const isShell = file.startsWith('.ci/') || file.endsWith('.sh');
  text.split('\n').forEach((line, index) => {
    const rules = new Set<string>();
    const at = (rule: string): void => {
      if (!rules.has(rule)) findings.push({ file, line: index + 1, rule, text: line.trim() });
      rules.add(rule);
    };
    for (const { rule, pattern } of LINE_RULES) if (pattern.test(line)) at(rule);
    for (const pattern of RELATIVE_REFERENCES) {
      for (const match of line.matchAll(pattern)) {
        if (!isWithin(resolve(root, dirname(file), match[1]!), root)) at('relative-escape');
      }
    }
    if (isShell && SCRIPT_PARENT.test(line.replace(CI_SCRIPT_ROOT, ''))) at('script-parent');
  });
  return findings;
}

/** Findings in package.json's scripts (the rest of it names no paths that are read). */
export function scanPackageScripts(root: string): Finding[] {
  const file = 'package.json';
  const text = readFileSync(join(root, file), 'utf8');
  const scripts = (JSON.parse(text) as { scripts?: Record<string, string> }).scripts ?? {};
  const lines = text.split('\n');
  return Object.entries(scripts).flatMap(([name, command]) => {
    const line = lines.findIndex((l) => l.includes(JSON.stringify(name) + ':')) + 1;
    const inScript = scanText(root, file, command).map((finding) => ({ ...finding, line }));
    return SCRIPT_PARENT.test(command) ? [...inScript, { file, line, rule: 'script-parent', text: command }] : inScript;
  });
}

/** Every file under `dir` (relative to the root), symlinks reported, not followed. */
function* walk(root: string, dir: string): Generator<{ file: string; symlinkTarget?: string }> {
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.name === 'node_modules' || DATA_DIRS.some((data) => isWithin(file, data))) continue;
    if (entry.isSymbolicLink()) yield { file, symlinkTarget: readlinkSync(join(root, file)) };
    else if (entry.isDirectory()) yield* walk(root, file);
    else if (entry.isFile()) yield { file };
  }
}

/** Findings in the repository at `root`, except in the EXEMPT files. */
export function scanRepository(root: string): Finding[] {
  const findings: Finding[] = [];
  const present = (path: string): boolean => lstatSync(join(root, path), { throwIfNoEntry: false }) !== undefined;
  const files = [
    ...SCANNED_DIRS.filter(present).flatMap((dir) => [...walk(root, dir)]),
    ...SCANNED_FILES.filter(present).map((file) => ({ file, symlinkTarget: lstatSync(join(root, file)).isSymbolicLink() ? readlinkSync(join(root, file)) : undefined })),
  ];
  for (const { file, symlinkTarget } of files) {
    if (EXEMPT.has(file)) continue;
    if (symlinkTarget !== undefined) {
      if (!isWithin(resolve(root, dirname(file), symlinkTarget), root)) findings.push({ file, line: 0, rule: 'symlink-out', text: `-> ${symlinkTarget}` });
      continue;
    }
    findings.push(...scanText(root, file, readFileSync(join(root, file), 'utf8')));
  }
  return [...findings, ...scanPackageScripts(root)];
}
