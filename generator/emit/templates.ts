import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostics } from '../common/diagnostics.js';
import { didYouMean } from '../load/suggest-name.js';

/** The built-in templates shipped with sdkgen. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface Templates {
  render(name: string, context: object): string | undefined;
  /** Whether the user's directory supplies any template or partial (its output is not known to be formatted). */
  userSupplied: boolean;
  /** Whether both templates exist and come from the same directory (both built in, or both the user's). */
  sameOrigin(a: string, b: string): boolean;
  /** Whether the template is the built-in one (not replaced by the user's). */
  builtin(name: string): boolean;
}

type HandlebarsTemplateDelegate = (context: object) => string;

interface TemplateSource {
  file: string;
  text: string;
}

/**
 * Loads the built-in templates, then the user's directory on top: a file with the same
 * name replaces a built-in template, files under `partials/` add or replace partials.
 * Templates compile in strict mode, so a reference to a field the context lacks is an
 * error instead of silently empty output.
 *
 * Every template is parsed up front, so syntax errors in all of them are reported at once
 * (with line and column), and a broken partial does not also fail every template using it.
 */
export function loadTemplates(userDir: string | undefined, diagnostics: Diagnostics): Templates {
  const hb = Handlebars.create();
  hb.registerHelper('join', (list: unknown) => (Array.isArray(list) ? list.join(', ') : ''));
  const report = dedupingReporter(diagnostics);
  const files = new Map<string, TemplateSource>();
  const partials = new Map<string, TemplateSource>();
  const builtinNames = new Set<string>();
  for (const dir of [BUILTIN_TEMPLATES, userDir]) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.hbs')) continue;
      const key = name.slice(0, -4);
      if (dir === BUILTIN_TEMPLATES) builtinNames.add(key);
      else if (!builtinNames.has(key)) {
        report('warning', 'template-unused', `"${name}" does not replace a built-in template, so it is never rendered; the templates are ${[...builtinNames].map((n) => `${n}.hbs`).join(', ')}.${didYouMean(name, [...builtinNames].map((n) => `${n}.hbs`))}`, { file: join(dir, name) });
      }
      files.set(key, { file: join(dir, name), text: readFileSync(join(dir, name), 'utf8') });
    }
    const partialDir = join(dir, 'partials');
    if (existsSync(partialDir)) {
      for (const name of readdirSync(partialDir).sort()) {
        if (name.endsWith('.hbs')) partials.set(basename(name, '.hbs'), { file: join(partialDir, name), text: readFileSync(join(partialDir, name), 'utf8') });
      }
    }
  }
  warnUnusedPartials(files, partials, userDir, report);
  reportMissingPartials([...files.values(), ...partials.values()], partials, report);

  const compile = (source: TemplateSource) => hb.compile(source.text, { strict: true, noEscape: true }) as HandlebarsTemplateDelegate;
  for (const [name, source] of partials) {
    // A broken partial renders as nothing, so the templates using it still report their own problems.
    hb.registerPartial(name, checkSyntax(hb, source, report) ? compile(source) : () => '');
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate | undefined>();
  for (const [name, source] of files) compiled.set(name, checkSyntax(hb, source, report) ? compile(source) : undefined);

  const userSupplied = [...files.values(), ...partials.values()].some((source) => !source.file.startsWith(BUILTIN_TEMPLATES));
  const render = (name: string, context: object): string | undefined => {
    if (!compiled.has(name)) {
      report('error', 'template-missing', `No template named "${name}.hbs" was found.`, { file: name });
      return undefined;
    }
    const template = compiled.get(name);
    if (!template) return undefined; // its syntax error is already reported
    try {
      return template(context);
    } catch (error) {
      reportRenderError(error, files.get(name)!, partials, context, report);
      return undefined;
    }
  };
  const sameOrigin = (a: string, b: string) => {
    const [x, y] = [files.get(a), files.get(b)];
    return x !== undefined && y !== undefined && dirname(x.file) === dirname(y.file);
  };
  const builtin = (name: string) => files.get(name)?.file.startsWith(BUILTIN_TEMPLATES) ?? false;
  return { render, userSupplied, sameOrigin, builtin };
}

type Report = (severity: 'error' | 'warning', code: string, message: string, where: { file: string; line?: number; column?: number }) => void;

/** The same template problem is hit once per resource; it is reported once. */
function dedupingReporter(diagnostics: Diagnostics): Report {
  const seen = new Set<string>();
  return (severity, code, message, where) => {
    const key = JSON.stringify([severity, code, message, where]);
    if (seen.has(key)) return;
    seen.add(key);
    if (severity === 'error') diagnostics.error(code, message, where);
    else diagnostics.warn(code, message, where);
  };
}

/** A user partial that no template includes is most likely misnamed. */
function warnUnusedPartials(files: Map<string, TemplateSource>, partials: Map<string, TemplateSource>, userDir: string | undefined, report: Report): void {
  if (!userDir) return;
  const used = new Set([...files.values(), ...partials.values()].flatMap((s) => includedPartials(s.text).map((p) => p.name)));
  for (const [name, source] of partials) {
    if (!source.file.startsWith(userDir)) continue;
    if (!used.has(name)) report('warning', 'template-unused', `The partial "${name}" is not included by any template ({{> ${name}}}), so it has no effect; check its file name.${didYouMean(name, [...partials.keys()].filter((n) => n !== name))}`, { file: source.file });
  }
}

/** The partials a template includes by name (`{{> name}}`, `{{#> name}}`), with their positions. */
function includedPartials(text: string): { name: string; line: number; column: number }[] {
  return text.split('\n').flatMap((lineText, i) => [...lineText.matchAll(/\{\{~?#?>\s*([A-Za-z0-9_.\/-]+)/g)].map((m) => ({ name: m[1]!, line: i + 1, column: m.index! + 1 })));
}

/** `{{> name}}` of a partial that does not exist, in any template, at its position. */
function reportMissingPartials(sources: TemplateSource[], partials: Map<string, TemplateSource>, report: Report): void {
  for (const source of sources) {
    for (const { name, line, column } of includedPartials(source.text)) {
      if (partials.has(name)) continue;
      report('error', 'template-missing-partial', `The template includes the partial "${name}", which does not exist; add partials/${name}.hbs to the templates directory.${didYouMean(name, partials.keys())}`, { file: source.file, line, column });
    }
  }
}

/** Parses a template; reports a syntax error with its position and returns false. */
function checkSyntax(hb: typeof Handlebars, source: TemplateSource, report: Report): boolean {
  try {
    hb.parse(source.text);
    return true;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const mismatch = /^(\S+) doesn't match (\S+)/.exec(message);
    if (mismatch) {
      const e = error as { lineNumber?: number; column?: number };
      report('error', 'template-syntax', `Template syntax error: the block {{#${mismatch[1]}}} is closed by {{/${mismatch[2]}}}; close it with {{/${mismatch[1]}}}.`, {
        file: source.file,
        ...(e.lineNumber !== undefined ? { line: e.lineNumber, column: 1 } : {}),
      });
      return false;
    }
    // The parser keeps the location of the token it stopped at; its message has no column.
    const loc = (Handlebars as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
    const line = /on line (\d+)/.exec(message);
    const where = loc ? { line: loc.first_line, column: loc.first_column + 1 } : line ? { line: Number(line[1]), column: 1 } : {};
    report('error', 'template-syntax', `Template syntax error: ${describeParseError(message)}.`, { file: source.file, ...where });
    return false;
  }
}

/** Handlebars' "Expecting 'CLOSE', 'ID', ..., got 'INVALID'" as one plain sentence. */
function describeParseError(message: string): string {
  const got = /got '([^']+)'/.exec(message)?.[1];
  const expected = /Expecting (.*), got/.exec(message)?.[1] ?? '';
  if (got === 'EOF') return 'the template ends inside an open block or tag; add the missing {{/...}} or }}';
  if (expected.includes("'CLOSE'") && got === 'INVALID') return 'this {{ tag is not closed; end it with }}';
  if (got === 'CLOSE' && expected.includes("'ID'")) return 'this tag is empty; put a field name inside {{ }}';
  if (/Lexical error/.test(message)) return 'unrecognised text inside a {{ }} tag; check the tag';
  if (got === 'CLOSE_UNESCAPED') return 'a tag opened with {{ is closed with }}}; if the third } is text, write {{name~}} } (the ~ drops the space)';
  if (got === 'OPEN_ENDBLOCK') return 'a {{/...}} closes a block that was never opened; remove it or add the {{#...}}';
  return `unexpected ${got ?? 'text'} in a {{ }} tag; check the tags on this line`;
}

/** Errors while rendering: a field the context lacks (strict mode), or anything else. */
function reportRenderError(error: unknown, source: TemplateSource, partials: Map<string, TemplateSource>, context: object, report: Report): void {
  const message = error instanceof Error ? error.message : String(error);
  const missing = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (missing) {
    const [, field, lineText, columnText] = missing;
    const line = Number(lineText);
    const column = Number(columnText);
    // Handlebars does not say which file failed: it is the one with the name at that spot.
    const candidates = [source, ...partials.values()];
    const where = candidates.find((c) => (c.text.split('\n')[line - 1] ?? '').indexOf(field!, column) === column) ?? candidates.find((c) => (c.text.split('\n')[line - 1] ?? '').includes(field!)) ?? source;
    report(
      'error',
      'template-missing-field',
      `The template uses "${field}", which is not a field of its context.${didYouMean(field!, contextKeys(context))} The fields each template receives are listed in generator/emit/template-context.ts.`,
      { file: where.file, line, column: column + 1 },
    );
    return;
  }
  // An include of a partial that does not exist was reported up front, with its position.
  const partial = /The partial (\S+) could not be found/.exec(message)?.[1];
  if (partial !== undefined && [source, ...partials.values()].some((s) => includedPartials(s.text).some((p) => p.name === partial))) return;
  report('error', 'template-error', `Template failed: ${message.split('\n')[0]}`, { file: source.file });
}

/** Every key of the context and of the objects inside it (what a template can name). */
function contextKeys(context: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 6 || context === null || typeof context !== 'object') return out;
  if (Array.isArray(context)) {
    for (const item of context.slice(0, 20)) contextKeys(item, out, depth + 1);
    return out;
  }
  for (const [key, value] of Object.entries(context)) {
    out.add(key);
    contextKeys(value, out, depth + 1);
  }
  return out;
}
