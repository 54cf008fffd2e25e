import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { Diagnostics, formatDiagnostic } from '../common/diagnostics.js';
import { BUILTIN_TEMPLATES } from '../emit/templates.js';
import { DocumentSet } from '../load/document-set.js';
import { EXAMPLE_SPEC, EXAMPLE_SPEC_FILE } from './example-spec.js';
import { projectNames, type ProjectNames } from './project-names.js';

/**
 * `sdkgen init`: the files a project needs to generate its own SDK, in `dir`:
 *   spec/<the spec>        the --spec file (and every file its $refs reach), or an example spec
 *   spec/sdk.config.yaml   pointing at the spec, output ../generated, names from the spec's title
 *   templates/             copies of the built-in templates, to edit
 * It adds files and never replaces one: if any of them exists, it writes nothing.
 */
export interface InitOptions {
  dir: string;
  spec?: string;
}

export type InitOutcome = { ok: true; lines: string[] } | { ok: false; problems: string[] };

export function init(options: InitOptions, sdkgenVersion: string): InitOutcome {
  const dir = resolve(options.dir);
  const spec = options.spec === undefined ? exampleSpec() : copiedSpec(resolve(options.spec));
  if (!spec.ok) return spec;
  const files = new Map<string, string>(spec.files);
  const configFile = join('spec', 'sdk.config.yaml');
  files.set(configFile, configText(spec.root, spec.names, sdkgenVersion));
  for (const [name, text] of editableTemplates()) files.set(join('templates', name), text);

  const existing = [...files.keys()].filter((path) => existsSync(join(dir, path)));
  if (existing.length > 0) {
    return { ok: false, problems: [`sdkgen: init writes nothing: ${existing.length} of its files exist already in ${dir}, and init does not replace files:`, ...existing.map((path) => `  ${path}`), 'Move them away or run init in another directory (--dir DIR).'] };
  }
  const written: string[] = [];
  try {
    for (const [path, text] of files) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text, { flag: 'wx' });
      written.push(path);
    }
  } catch (error) {
    // Nothing half-done: the files this run wrote go again (folders it made may stay, empty).
    for (const path of written) rmSync(join(dir, path), { force: true });
    return { ok: false, problems: [`sdkgen: init cannot write in ${dir}: ${(error as Error).message}; nothing was written.`] };
  }
  return { ok: true, lines: nextSteps(dir, [...files.keys()], join('spec', spec.root), spec.names) };
}

type SpecFiles = { ok: true; root: string; files: [string, string][]; names: ProjectNames } | { ok: false; problems: string[] };

function exampleSpec(): SpecFiles {
  return { ok: true, root: EXAMPLE_SPEC_FILE, files: [[join('spec', EXAMPLE_SPEC_FILE), EXAMPLE_SPEC]], names: projectNames('Todo API') };
}

/**
 * The spec and every file its `$ref`s reach, copied with their paths relative to the spec's
 * folder. A spec that does not parse, or has a `$ref` that dangles or leaves that folder, is
 * reported instead: a copy of it would not generate.
 */
function copiedSpec(specFile: string): SpecFiles {
  const diagnostics = new Diagnostics();
  // Strict: a $ref to a missing file, which generation would only warn about, would leave the
  // scaffold without a file the spec names.
  diagnostics.strict = true;
  const read: string[] = [];
  const documents = new DocumentSet(diagnostics, (file) => read.push(file));
  documents.load(specFile);
  if (diagnostics.errors.length === 0) documents.checkRefs();
  if (diagnostics.errors.length > 0) return { ok: false, problems: [...diagnostics.errors.map((d) => formatDiagnostic(d)), `sdkgen: ${diagnostics.errors.length} error(s) in the spec; init wrote nothing.`] };
  const base = dirname(specFile);
  const outside = read.filter((file) => relative(base, file).startsWith(`..${sep}`));
  if (outside.length > 0) {
    return { ok: false, problems: [`sdkgen: the spec's $refs reach files outside its folder ${base}, which init cannot copy beside it: ${outside.join(', ')}; nothing was written. Move them into that folder.`] };
  }
  return {
    ok: true,
    root: basename(specFile),
    files: read.map((file) => [join('spec', relative(base, file)), readFileSync(file, 'utf8')]),
    names: projectNames(documents.get(specFile, '/info/title')),
  };
}

/** The templates a user would change, not the declaration twins (`*.d.ts.hbs`): without them, the declarations follow the user's templates. */
function editableTemplates(): [string, string][] {
  const out: [string, string][] = [];
  for (const folder of ['', 'partials']) {
    for (const name of readdirSync(join(BUILTIN_TEMPLATES, folder)).sort()) {
      if (name.endsWith('.hbs') && !name.endsWith('.d.ts.hbs')) out.push([join(folder, name), readFileSync(join(BUILTIN_TEMPLATES, folder, name), 'utf8')]);
    }
  }
  return out;
}

function configText(spec: string, names: ProjectNames, sdkgenVersion: string): string {
  // The names are [a-z0-9-] and [A-Za-z0-9] (project-names.ts); the spec's file name is quoted as JSON, which YAML reads.
  return `# sdkgen configuration, written by \`sdkgen init\`. Paths are relative to this file.
# The OpenAPI document the SDK is generated from.
spec: ${JSON.stringify(spec)}
# Where \`npx sdkgen generate\` writes the package (source, dist/ and package.json).
output: ../generated
# Copies of the built-in templates of sdkgen ${sdkgenVersion}, to edit: each file replaces the
# built-in one of its name. Delete a file to use the built-in one again, or this line for all.
templates: ../templates

package:
  name: '${names.packageName}'
  version: 0.1.0

client:
  className: ${names.className}

# operationId -> resource.method; an operation without an entry is named by the default rule
# (see the README). For example:
# operations:
#   listTodos: todos.list
`;
}

function nextSteps(dir: string, files: string[], spec: string, names: ProjectNames): string[] {
  const here = relative(process.cwd(), dir);
  return [
    `sdkgen: wrote ${files.length} files in ${dir}:`,
    ...files.map((path) => `  ${path}`),
    '',
    'Next:',
    `  1. Edit ${spec} (your API) and spec/sdk.config.yaml (package and client names, resource.method`,
    '     names for operations); templates/ holds the templates of the generated code.',
    `  2. ${here === '' ? '' : `cd ${here} && `}npx sdkgen generate    (npx sdkgen validate checks without writing)`,
    `  3. Use the package in generated/: import { ${names.className} } from './generated/dist/index.js',`,
    `     or add it to a project: npm install ./generated (it is named ${names.packageName}).`,
  ];
}
