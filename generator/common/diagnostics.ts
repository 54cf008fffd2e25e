/**
 * Problems found in the user's inputs (spec, config, templates).
 *
 * Every stage reports into one `Diagnostics` list instead of throwing, so the CLI can
 * print all problems at once. A stage that cannot go on throws `GenerationFailed`,
 * which carries the list; it is never a crash and never prints a stack trace.
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
}

/** Turns a (file, pointer) into a line and column; supplied by the loader. */
export type Locator = (file: string, pointer: string) => { line: number; column: number } | undefined;

export class Diagnostics {
  readonly items: Diagnostic[] = [];
  locator: Locator = () => undefined;

  error(code: string, message: string, where: { file?: string; pointer?: string; line?: number; column?: number } = {}): void {
    this.add({ severity: 'error', code, message, ...where });
  }

  warn(code: string, message: string, where: { file?: string; pointer?: string; line?: number; column?: number } = {}): void {
    this.add({ severity: 'warning', code, message, ...where });
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
  return `${where}${d.severity}: ${d.message}${at} [${d.code}]`;
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
