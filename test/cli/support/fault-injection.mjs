// Preloaded into the CLI under test (`node --import this-file bin/sdkgen.js ...`) to make one
// file-system call fail the way a bug or a broken disk would, which no input can cause:
//
//   SDKGEN_TEST_FAULT=internal  reading templates/runtime/core throws a TypeError (a crash
//                               inside the generator: exit code 70)
//   SDKGEN_TEST_FAULT=swap      renaming the finished temporary output into place fails
//                               with EIO (the last step of the atomic write)
//
// `syncBuiltinESMExports` makes the patched functions visible to `import { ... } from 'node:fs'`.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const fault = process.env.SDKGEN_TEST_FAULT;
if (fault === 'internal') {
  const readdirSync = fs.readdirSync;
  fs.readdirSync = function (path, ...rest) {
    if (String(path).replace(/\/$/, '').endsWith('runtime/core')) throw new TypeError('injected fault: cannot list the runtime files');
    return readdirSync.call(this, path, ...rest);
  };
} else if (fault === 'swap') {
  const renameSync = fs.renameSync;
  fs.renameSync = function (from, to, ...rest) {
    if (/\.tmp-\d+-\d+$/.test(String(from))) {
      const error = new Error(`EIO: i/o error, rename '${from}' -> '${to}'`);
      Object.assign(error, { code: 'EIO', syscall: 'rename', path: String(from) });
      throw error;
    }
    return renameSync.call(this, from, to, ...rest);
  };
}
syncBuiltinESMExports();
