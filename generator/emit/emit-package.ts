import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostics } from '../diagnostics.js';
import type { Api, Resource } from '../model/ir.js';
import { emitApiDocs } from './api-docs.js';
import { clientContext, indexContext, resourceContext } from './contexts.js';
import { emitPackageJson, emitTsconfig } from './package-files.js';
import { BUILTIN_TEMPLATES, loadTemplates } from './templates.js';
import { emitOperationTypes, emitSchemaTypes } from './types.js';
import { emitResourceValidators, emitSchemaValidators } from './validator-modules.js';

/** Files of the generated package, by path relative to the output directory. */
export type FileMap = Map<string, string>;

/** IR -> every source file of the package (unformatted). */
export function emitPackage(api: Api, templatesDir: string | undefined, diagnostics: Diagnostics): FileMap {
  const files: FileMap = new Map();
  const byId = new Map(api.schemas.map((s) => [s.id, s]));
  const render = loadTemplates(templatesDir, diagnostics);
  const put = (path: string, content: string | undefined) => {
    if (content !== undefined) files.set(path, content);
  };

  const runtimeDir = join(BUILTIN_TEMPLATES, 'runtime', 'core');
  for (const name of readdirSync(runtimeDir).sort()) put(`src/core/${name}`, readFileSync(join(runtimeDir, name), 'utf8'));

  put('src/schemas/types.ts', emitSchemaTypes(api, byId));
  put('src/schemas/validators.ts', emitSchemaValidators(api, byId, diagnostics));

  const resources: Resource[] = [];
  const walk = (r: Resource) => {
    resources.push(r);
    r.children.forEach(walk);
  };
  api.resources.forEach(walk);
  for (const r of resources) {
    put(`src/${r.modulePath}.ts`, render('resource.ts', resourceContext(r, byId)));
    if (r.operations.length > 0) {
      put(`src/${r.modulePath}.types.ts`, emitOperationTypes(r, byId));
      put(`src/${r.modulePath}.validators.ts`, emitResourceValidators(r, byId, diagnostics));
    }
  }
  put('src/client.ts', render('client.ts', clientContext(api)));
  const index = indexContext(api, resources, api.schemas);
  put('src/index.ts', render('index.ts', index));
  put('src/validators.ts', render('validators.ts', index));
  put('package.json', emitPackageJson(api, ['validators', ...resources.map((r) => r.modulePath)]));
  put('tsconfig.json', emitTsconfig());
  put('api.md', emitApiDocs(api));
  return files;
}
