/**
 * A reader of environment variables: `process.env` where there is one (Node, Bun, Deno), and
 * nothing in a browser or a Worker. A value that is empty or only whitespace counts as unset;
 * others are trimmed (a pasted token often ends in a newline). `process.env` is found once, when
 * the reader is made; each name is read when asked for.
 */
export declare function readEnv(): (name: string) => string | undefined;
