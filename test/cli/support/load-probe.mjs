// Preloaded with `node --import` (test/cli/installed-package.test.ts): appends to the file named
// by LOAD_PROBE_LOG the URL of every ES module the process resolves (through a resolve hook) and
// the file of every CommonJS module it requires (typescript is one), on this thread and on worker
// threads, which preload it too.
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';

const log = process.env.LOAD_PROBE_LOG;
if (log) {
  const hooks = `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`);
  // Each require as it resolves: a worker thread may be terminated without an 'exit' event.
  const Module = createRequire(import.meta.url)('node:module');
  const resolveFilename = Module._resolveFilename;
  Module._resolveFilename = function (...args) {
    const file = resolveFilename.apply(this, args);
    appendFileSync(log, `${file}\n`);
    return file;
  };
}
