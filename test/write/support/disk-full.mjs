// Preloaded into the CLI under test (`node --import this-file bin/sdkgen.js ...`): the disk
// fills up while the output is being written. After SDKGEN_TEST_DISK_FULL_AFTER files have been
// written (writeFileSync), every further write fails with ENOSPC, as on a full disk, without
// filling one. Reads, links and renames still work (a full disk allows those).
//
// `syncBuiltinESMExports` makes the patched function visible to `import { ... } from 'node:fs'`.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

let left = Number(process.env.SDKGEN_TEST_DISK_FULL_AFTER ?? '0');
const writeFileSync = fs.writeFileSync;
fs.writeFileSync = function (path, ...rest) {
  if (left-- <= 0) {
    const error = new Error(`ENOSPC: no space left on device, write '${String(path)}'`);
    Object.assign(error, { code: 'ENOSPC', syscall: 'write', path: String(path) });
    throw error;
  }
  return writeFileSync.call(this, path, ...rest);
};
syncBuiltinESMExports();
