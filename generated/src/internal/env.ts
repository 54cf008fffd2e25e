// The sdkgen runtime, copied as is into every generated package: edits are overwritten.

/**
 * A reader of environment variables: `process.env` where there is one (Node, Bun, Deno), and
 * nothing in a browser or a Worker. A value that is empty or only whitespace counts as unset;
 * others are trimmed (a pasted token often ends in a newline). `process.env` is found once, when
 * the reader is made; each name is read when asked for.
 */
export function readEnv(): (name: string) => string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return (name) => {
    const value = env?.[name]?.trim();
    return value === '' ? undefined : value;
  };
}
