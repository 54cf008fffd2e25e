/**
 * Problems found in the user's inputs (spec, config, templates).
 *
 * Every stage reports into one `Diagnostics` list instead of throwing, so the CLI can
 * print all problems at once. A stage that cannot go on throws `GenerationFailed`,
 * which carries the list; it is never a crash and never prints a stack trace.
 *
 * Lenient where it is safe, strict on request. A defect confined to one schema is a
 * *fallback*: a warning that says what sdkgen assumed instead (`fallback()`), so that one
 * local mistake in a large real spec does not refuse the whole SDK. A fallback only ever
 * loosens: the generated type becomes `unknown` (or the plain `oneOf` union), which is
 * true of every value the spec meant, so generated code is less precise but never wrong.
 *
 * Fallbacks (warnings; errors with the same text under --strict or `strict: true`):
 * - a discriminator mapping to a missing file or schema: the discriminator is dropped and
 *   validation tries each oneOf/anyOf branch (a discriminator must not change what validates);
 * - a malformed schema (`type` not a type name, `enum`/`allOf`/`anyOf`/`oneOf` not a list, a
 *   schema that is not an object): `unknown` there;
 * - a schema `$ref` to a missing file or pointer: `unknown` there;
 * - a dangling `$ref` no generated code reads (an error response, an unused component): ignored.
 *
 * Always errors, because generated code would be wrong or silently incomplete:
 * - a fallback `unknown` that is the whole schema of a parameter, a request body (or multipart
 *   part) or a response body: the method's signature, serialisation or result rests on it, so
 *   the schema converter `escalate`s the fallback (model/schema-object.ts, `convert`);
 * - a missing parameter, response, request body or path item `$ref` the model follows (the
 *   method would lose that part); remote or malformed `$ref`s; `$ref` cycles; schemas nested
 *   too deep; unreadable files; config and template problems.
 *
 * The README's "Lenient generation" section shows the same table.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** A short stable code that groups similar problems, e.g. `ref-dangling`. */
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  /** JSON pointer into `file`, where it applies. */
  pointer?: string;
  /** A fallback's assumption: what sdkgen generated instead (printed after the message). */
  assumed?: string;
}

/** Turns a (file, pointer) into a line and column; supplied by the loader. */
export type Locator = (file: string, pointer: string) => { line: number; column: number } | undefined;

type Where = { file?: string; pointer?: string; line?: number; column?: number };

export class Diagnostics {
  readonly items: Diagnostic[] = [];
  locator: Locator = () => undefined;
  /** `--strict` / `strict: true`: fallbacks are errors, and nothing is written. */
  strict = false;
  private readonly fallbacks = new Map<string, Diagnostic>();
  private readonly warned = new Set<string>();

  error(code: string, message: string, where: { file?: string; pointer?: string; line?: number; column?: number } = {}): void {
    this.add({ severity: 'error', code, message, ...where });
  }

  warn(code: string, message: string, where: Where = {}): void {
    // The same warning at the same place (a schema read twice: once as JSON, once as a multipart
    // body's part) is one problem, reported once.
    if (where.pointer !== undefined) {
      const key = sameProblem(code, message, where);
      if (this.warned.has(key)) return;
      this.warned.add(key);
    }
    this.add({ severity: 'warning', code, message, ...where });
  }

  /**
   * A defect confined to one schema, where sdkgen goes on with `assumed` (see the policy at
   * the top): a warning, or an error in strict mode with the same text. Returned, so that a
   * later stage can still `escalate` it when the defect turns out to be load-bearing.
   */
  fallback(code: string, message: string, assumed: string, where: Where = {}): Diagnostic {
    // A fallback found again (a schema converted a second time for a multipart body) is one problem.
    const key = sameProblem(code, message, where);
    const seen = this.fallbacks.get(key);
    if (seen) return seen;
    const d: Diagnostic = { severity: this.strict ? 'error' : 'warning', code, message, assumed, ...where };
    this.fallbacks.set(key, d);
    this.add(d);
    return d;
  }

  /**
   * Makes a fallback an error, with the message it would have without the lenient policy:
   * where the defect is load-bearing, the problem and its fix are all the user needs.
   */
  escalate(d: Diagnostic): void {
    d.severity = 'error';
    delete d.assumed;
  }

  /** Errors only because of strict mode: fallbacks that would otherwise be warnings. */
  get strictErrors(): Diagnostic[] {
    return this.errors.filter((d) => d.assumed !== undefined);
  }

  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'error');
  }

  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === 'warning');
  }

  /** Throws `GenerationFailed` if any error has been reported. */
  throwIfErrors(): void {
    if (this.errors.length > 0) throw new GenerationFailed(this);
  }

  private add(d: Diagnostic): void {
    if (d.line === undefined && d.file !== undefined && d.pointer !== undefined) {
      const pos = this.locator(d.file, d.pointer);
      if (pos) Object.assign(d, pos);
    }
    this.items.push(d);
  }
}

/** One key for a problem reported again: the same code and text at the same place. */
function sameProblem(code: string, message: string, where: Where): string {
  return JSON.stringify([code, message, where.file, where.pointer]);
}

export class GenerationFailed extends Error {
  constructor(readonly diagnostics: Diagnostics) {
    super(`${diagnostics.errors.length} error(s)`);
    this.name = 'GenerationFailed';
  }
}

/** `file:line:col: error: message (at /json/pointer)` — one line per problem. */
export function formatDiagnostic(d: Diagnostic, cwd: string = process.cwd()): string {
  let where = '';
  if (d.file !== undefined) {
    const rel = d.file.startsWith(cwd + '/') ? d.file.slice(cwd.length + 1) : d.file;
    where = d.line !== undefined ? `${rel}:${d.line}:${d.column ?? 1}: ` : `${rel}: `;
  }
  const at = d.pointer !== undefined ? ` (at ${d.pointer === '' ? '/' : d.pointer})` : '';
  const assumed = d.assumed !== undefined ? ` Fallback: ${d.assumed}.` : '';
  return `${where}${d.severity}: ${d.message}${assumed}${at} [${d.code}]`;
}

/** How a count of one kind of diagnostic reads in a summary, by code: [one, many]. */
const SUMMARY_LABELS: Record<string, [string, string]> = {
  'discriminator-mapping-dangling': ['dangling discriminator mapping', 'dangling discriminator mappings'],
  'schema-unknown-type': ['malformed schema', 'malformed schemas'],
  'schema-invalid': ['malformed schema', 'malformed schemas'],
  'ref-dangling': ['missing $ref target', 'missing $ref targets'],
  'ref-siblings': ['ignored $ref sibling', 'ignored $ref siblings'],
  'method-name-collision': ['method name collision', 'method name collisions'],
  'format-unknown': ['unchecked format', 'unchecked formats'],
  'pattern-backtracking': ['slow pattern', 'slow patterns'],
  'request-body-not-sendable': ['GET/HEAD request body left out', 'GET/HEAD request bodies left out'],
};

/**
 * "3 warnings: 2 dangling discriminator mappings, 1 malformed schema" - most frequent kind
 * first; kinds without a label are counted under their code.
 */
export function summarizeDiagnostics(list: Diagnostic[], noun: 'warning' | 'error'): string {
  return `${list.length} ${list.length === 1 ? noun : `${noun}s`}${list.length > 0 ? `: ${countByKind(list)}` : ''}`;
}

/** "2 dangling discriminator mappings, 1 malformed schema". */
export function countByKind(list: Diagnostic[]): string {
  const counts = new Map<string, { one: string; many: string; n: number }>();
  for (const d of list) {
    const [one, many] = SUMMARY_LABELS[d.code] ?? [d.code, d.code];
    const entry = counts.get(one) ?? { one, many, n: 0 };
    entry.n++;
    counts.set(one, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.n - a.n || (a.one < b.one ? -1 : a.one > b.one ? 1 : 0))
    .map((c) => `${c.n} ${c.n === 1 ? c.one : c.many}`)
    .join(', ');
}

export function encodePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(base: string, ...segments: (string | number)[]): string {
  return base + segments.map((s) => '/' + encodePointerSegment(String(s))).join('');
}
