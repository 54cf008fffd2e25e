import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Api, NamedSchema, Resource } from '../model/ir.js';
import { BUILTIN_TEMPLATES } from './templates.js';

/**
 * The keys of the emit cache: for each module, a hash of everything its files are made of, so
 * that a module whose key is unchanged would be emitted (and built) to the same bytes.
 *
 * - every module: the generator's own code and templates (`generator/`, `templates/`, the
 *   package.json that pins esbuild and TypeScript), the user's templates, and the banner (the
 *   spec's file name);
 * - a resource module: the resource (its names and operations, not its children) and every
 *   named schema its operations reference, transitively (their names, modules and shapes all
 *   show in its types, imports and validators);
 * - a schema module: its schemas and, the same way, every schema they reference.
 *
 * The emitters of these modules are given nothing else (the resource or the module's schemas,
 * and the schemas by id), which is what makes the slices complete. Source locations are in the
 * slices (they are only file and JSON pointer); diagnostics that carry a line and column are
 * located again when replayed.
 */
export class ModuleInputs {
  private readonly global: string;
  private readonly byId: Map<string, NamedSchema>;
  private readonly schemaHashes = new Map<string, string>();
  private readonly schemaRefs = new Map<string, string[]>();
  private readonly resourceKeys = new Map<Resource, string>();

  constructor(api: Api, banner: string, templatesDir: string | undefined) {
    this.byId = new Map(api.schemas.map((s) => [s.id, s]));
    this.global = hash([generatorFingerprint(), templatesDir ? folderFingerprint(templatesDir) : '', banner].join('\0'));
  }

  /** The runtime's modules, copied from templates/: only the generator's version. */
  runtime(): string {
    return this.global;
  }

  /** Both modules of a resource (its functions, and its types and validators) have this key. */
  resource(resource: Resource): string {
    let key = this.resourceKeys.get(resource);
    if (key === undefined) {
      const { name, path, className, modulePath, operations } = resource;
      const text = JSON.stringify({ name, path, className, modulePath, operations });
      this.resourceKeys.set(resource, (key = this.withReferences('resource', text, referencedIds(text))));
    }
    return key;
  }

  schemaModule(module: string, schemas: NamedSchema[]): string {
    const text = JSON.stringify({ module, schemas: schemas.map((s) => this.schemaHash(s)) });
    return this.withReferences('schemas', text, schemas.flatMap((s) => this.refsOf(s)));
  }

  /** `text`, and every named schema reachable from `ids`, hashed with the generator's fingerprint. */
  private withReferences(kind: string, text: string, ids: string[]): string {
    const seen = new Set<string>();
    const pending = [...ids];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (seen.has(id) || !this.byId.has(id)) continue;
      seen.add(id);
      pending.push(...this.refsOf(this.byId.get(id)!));
    }
    const references = [...seen].sort().map((id) => `${id}=${this.schemaHash(this.byId.get(id)!)}`);
    return hash([this.global, kind, text, ...references].join('\0'));
  }

  private schemaHash(schema: NamedSchema): string {
    this.readSchema(schema);
    return this.schemaHashes.get(schema.id)!;
  }

  private refsOf(schema: NamedSchema): string[] {
    this.readSchema(schema);
    return this.schemaRefs.get(schema.id)!;
  }

  /** A named schema's hash and references, from one serialisation. */
  private readSchema(schema: NamedSchema): void {
    if (this.schemaHashes.has(schema.id)) return;
    const text = JSON.stringify(schema);
    this.schemaHashes.set(schema.id, hash(text));
    this.schemaRefs.set(schema.id, referencedIds(text));
  }
}

/**
 * The ids the JSON text of a part of the IR refers to: every `target` string (a `ref` schema's,
 * a discriminator mapping's), read from the text already made for the key rather than by walking
 * the objects again. Read generically, so that a new kind of reference in the IR is not missed as
 * long as it is spelled `target`; a `target` that is no schema's id (an example's key) is ignored.
 */
function referencedIds(json: string): string[] {
  const out: string[] = [];
  for (const match of json.matchAll(/"target":("(?:[^"\\]|\\.)*")/g)) out.push(JSON.parse(match[1]!) as string);
  return out;
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

const GENERATOR_DIR = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

let fingerprint: string | undefined;

/** A hash of the generator's code, templates and pinned dependencies: any change to sdkgen changes every key. */
export function generatorFingerprint(): string {
  fingerprint ??= hash([folderFingerprint(GENERATOR_DIR), folderFingerprint(BUILTIN_TEMPLATES), readFileSync(PACKAGE_JSON, 'utf8')].join('\0'));
  return fingerprint;
}

/** A hash of every file under `dir`: names and bytes, in a stable order. */
export function folderFingerprint(dir: string): string {
  const h = createHash('sha256');
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full, `${prefix}${entry.name}/`);
      else if (entry.isFile()) h.update(`${prefix}${entry.name}\0`).update(readFileSync(full)).update('\0');
    }
  };
  walk(dir, '');
  return h.digest('base64url');
}
