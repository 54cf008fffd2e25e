/**
 * Turning spec strings into TypeScript identifiers. Every name that reaches generated
 * code passes through here, so a spec cannot inject code through a name.
 */

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private ' +
    'protected public static yield any boolean constructor declare get module require number set string symbol type from of await async ' +
    'undefined unknown never object bigint keyof readonly infer is asserts satisfies accessor out abstract arguments eval'
  ).split(' '),
);

/** Splits `aig-config_getGatewayLogDetail2` into `['aig', 'config', 'get', 'Gateway', 'Log', 'Detail2']`. */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      // Split camelCase and acronym boundaries: "getHTTPLog" -> "get HTTP Log".
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .split(/[^A-Za-z0-9]+/)
      .filter((w) => w.length > 0)
  );
}

/**
 * Words an API writes in capitals (`TLS`, `CA`), lower-cased: names keep them in capitals
 * (`totalTLS`, not `totalTls`). See `acronymsOf`.
 */
export type Acronyms = ReadonlySet<string>;

const NO_ACRONYMS: Acronyms = new Set();

function capitalise(word: string, acronyms: Acronyms): string {
  return acronyms.has(word.toLowerCase()) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
}

/** `ai-gateway logs` -> `AiGatewayLogs`; never empty, never starts with a digit. */
export function toPascalCase(text: string, acronyms: Acronyms = NO_ACRONYMS): string {
  const name = words(text)
    .map((w) => capitalise(w, acronyms))
    .join('');
  if (name === '') return 'Unnamed';
  return /^[0-9]/.test(name) ? `T${name}` : name;
}

/** `ai-gateway` -> `aiGateway`; reserved words get a trailing underscore. */
export function toCamelCase(text: string): string {
  const name = toMemberName(text);
  return RESERVED.has(name) ? `${name}_` : name;
}

/**
 * `ai-gateway` -> `aiGateway`, for property and method names, where reserved words such
 * as `get` and `delete` are allowed. `constructor` is not: it would replace the class's.
 */
export function toMemberName(text: string, acronyms: Acronyms = NO_ACRONYMS): string {
  const pascal = toPascalCase(text, acronyms);
  const lead = /^[A-Z]+(?=[A-Z][a-z]|$)/.exec(pascal)?.[0] ?? pascal.charAt(0);
  const name = lead.toLowerCase() + pascal.slice(lead.length);
  return name === 'constructor' || name === '__proto__' ? `${name}_` : name;
}

/** `ai-gateway` -> `ai-gateway`: file names are kebab-case. */
export function toKebabCase(text: string): string {
  return (
    words(text)
      .map((w) => w.toLowerCase())
      .join('-') || 'unnamed'
  );
}

/** `logs` -> `logs`, `logs.get` kept as a path of camelCase names. */
export function isIdentifier(text: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(text) && !RESERVED.has(text);
}

/**
 * The words an API writes in capitals, from its own prose (operation summaries and tags): a
 * word of two to five letters is an acronym when it is written in capitals at least three times
 * and at least twice as often as in any other case (`TLS` in "Get Total TLS Settings").
 */
export function acronymsOf(texts: Iterable<string>): Acronyms {
  const upper = new Map<string, number>();
  const other = new Map<string, number>();
  for (const text of texts) {
    for (const [word] of text.matchAll(/\b[A-Za-z]{2,5}\b/g)) {
      const counts = word === word.toUpperCase() ? upper : other;
      const key = word.toLowerCase();
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...upper].filter(([word, n]) => n >= 3 && n >= 2 * (other.get(word) ?? 0)).map(([word]) => word));
}

/** Best-effort English singular, for type names (`logs` -> `log`, `policies` -> `policy`). */
export function singularize(word: string): string {
  if (/ies$/i.test(word) && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(ss|us|is)$/i.test(word)) return word;
  if (/(sh|ch|x|z)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word) && word.length > 1) return word.slice(0, -1);
  return word;
}

/**
 * Hands out unique names: the one place where "append a number until the name is free" is
 * written. Callers claim in a deterministic order (sorted keys, spec order), so the same spec
 * always gets the same names.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const name of reserved) this.taken.add(name);
  }

  has(name: string): boolean {
    return this.taken.has(name);
  }

  /**
   * `wanted` if it is free, else the first free of `numbered(2)`, `numbered(3)`, ... (by default
   * `wanted2`, `wanted3`). `companions` are names that come with a name and must be free too
   * (a class `X` and its namespace `XAPI`); they are claimed with it.
   */
  claim(wanted: string, options: { numbered?: (n: number) => string; companions?: (name: string) => string[] } = {}): string {
    const numbered = options.numbered ?? ((n) => `${wanted}${n}`);
    const free = (name: string) => !this.taken.has(name) && !(options.companions?.(name) ?? []).some((c) => this.taken.has(c));
    let name = wanted;
    for (let n = 2; !free(name); n++) name = numbered(n);
    this.taken.add(name);
    for (const companion of options.companions?.(name) ?? []) this.taken.add(companion);
    return name;
  }
}

/**
 * The parameter names in a path template, in order, each once: a name may appear twice
 * (`/accounts/{account_id}/.../accounts/{account_id}`), and one argument fills both.
 */
export function pathPlaceholders(path: string): string[] {
  return [...new Set([...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!))];
}
