// Types of declarations.js (plain JavaScript, so that the worker thread needs no tsx).

export interface DeclarationProblem {
  path?: string;
  line?: number;
  column?: number;
  message: string;
}

/** TypeScript's isolated declaration emit for `sources` ([path, text], paths 'src/...'), as one program. */
export function emitDeclarations(sources: [string, string][]): { declarations: [string, string][]; problems: DeclarationProblem[] };
