import Handlebars from 'handlebars';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostics } from '../diagnostics.js';

/** The built-in templates shipped with sdkgen. */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

export type Render = (name: string, context: object) => string | undefined;

/**
 * Loads the built-in templates, then the user's directory on top: a file with the same
 * name replaces a built-in template, files under `partials/` add or replace partials.
 * Templates compile in strict mode, so a reference to a field the context lacks is an
 * error instead of silently empty output.
 */
export function loadTemplates(userDir: string | undefined, diagnostics: Diagnostics): Render {
  const hb = Handlebars.create();
  hb.registerHelper('join', (list: unknown) => (Array.isArray(list) ? list.join(', ') : ''));
  const files = new Map<string, string>();
  const partials = new Map<string, string>();
  for (const dir of [BUILTIN_TEMPLATES, userDir]) {
    if (!dir || !existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (name.endsWith('.hbs')) files.set(name.slice(0, -4), join(dir, name));
    const partialDir = join(dir, 'partials');
    if (existsSync(partialDir)) for (const name of readdirSync(partialDir)) if (name.endsWith('.hbs')) partials.set(basename(name, '.hbs'), join(partialDir, name));
  }
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  const compile = (file: string) => hb.compile(readFileSync(file, 'utf8'), { strict: true, noEscape: true });
  for (const [name, file] of [...partials].sort()) {
    try {
      const template = compile(file);
      template({}); // Handlebars compiles lazily; this surfaces syntax errors now.
    } catch (error) {
      if (isSyntaxError(error)) reportTemplateError(error, file, diagnostics);
    }
    hb.registerPartial(name, compile(file));
  }
  for (const [name, file] of [...files].sort()) compiled.set(name, compile(file));
  return (name, context) => {
    const template = compiled.get(name);
    const file = files.get(name) ?? name;
    if (!template) {
      diagnostics.error('template-missing', `No template named "${name}.hbs" was found.`, { file });
      return undefined;
    }
    try {
      return template(context);
    } catch (error) {
      reportTemplateError(error, file, diagnostics, partials);
      return undefined;
    }
  };
}

function isSyntaxError(error: unknown): boolean {
  return error instanceof Error && /Parse error|Expecting|doesn't match|Invalid path/.test(error.message);
}

type HandlebarsTemplateDelegate = (context: object) => string;

/** Turns Handlebars' messages ("Parse error on line 3", '"x" not defined in ... - 4:2') into diagnostics. */
function reportTemplateError(error: unknown, file: string, diagnostics: Diagnostics, partials?: Map<string, string>): void {
  const message = error instanceof Error ? error.message : String(error);
  const parse = /Parse error on line (\d+):[\s\S]*?\n([^\n]*)$/.exec(message) ?? /Parse error on line (\d+)/.exec(message);
  if (parse) {
    diagnostics.error('template-syntax', `Template syntax error: ${message.split('\n').pop()?.trim() ?? 'invalid syntax'}. Check the {{ }} tags on this line.`, { file, line: Number(parse[1]), column: 1 });
    return;
  }
  const missing = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (missing) {
    // Handlebars does not say which partial failed; look for the name in the partials.
    let where = file;
    for (const [, partialFile] of partials ?? []) if (readFileSync(partialFile, 'utf8').includes(missing[1]!)) where = partialFile;
    diagnostics.error('template-missing-field', `The template uses "${missing[1]}", which its context does not have; see the context types in generator/emit/template-context.ts.`, { file: where, line: Number(missing[2]), column: Number(missing[3]) + 1 });
    return;
  }
  diagnostics.error('template-error', `Template failed: ${message.split('\n')[0]}`, { file });
}
