#!/usr/bin/env node
// Which code runs is decided by what kind of copy of sdkgen this is, never by file dates:
// - An installed package has no TypeScript sources (package.json "files" leaves generator/ out)
//   and always has lib/ (`prepare` builds it before `npm pack` and `npm publish`): it runs the
//   built JavaScript in lib/, and no TypeScript compiler loads at start-up.
// - A checkout of the repository has generator/cli.ts: it runs the sources through tsx (a
//   devDependency), so an edit to generator/ takes effect at once, with no build step, and a
//   lib/ left over from an earlier build (`npm ci` runs `prepare`) is never what runs.
import { existsSync } from 'node:fs';

const sources = new URL('../generator/cli.ts', import.meta.url);
let main;
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import(sources.href));
} else {
  ({ main } = await import('../lib/cli.js'));
}
process.exitCode = await main(process.argv.slice(2));
