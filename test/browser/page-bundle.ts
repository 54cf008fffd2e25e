import { build } from 'esbuild';

/**
 * A page script and everything it imports, bundled by esbuild as one ES module for the browser.
 * `external` names import paths left for the browser to load itself (modules the server serves).
 */
export async function bundlePage(entry: string, external: readonly string[] = []): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'browser', // fails the build if the page (or the client in it) imports a Node built-in
    target: 'es2022',
    external: [...external],
    write: false,
    logLevel: 'silent',
  });
  const [output] = result.outputFiles;
  if (output === undefined) throw new Error(`esbuild produced no output for ${entry}`);
  return output.text;
}
