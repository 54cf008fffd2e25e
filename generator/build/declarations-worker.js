// TypeScript's declaration emit, on a worker thread. Plain JavaScript (not run through
// tsx) so the thread starts at once: loading TypeScript takes about two seconds, and it
// happens here while the main thread reads the spec and emits the package.
//
// Message in:  { sources: [path, text][] }   (paths relative to the package, 'src/...'), one
//              TypeScript program each (DistBuilder sizes the batches)
// Message out: { declarations: [path, text][], problems: { path, line, column, message }[] }
import { parentPort } from 'node:worker_threads';
import { emitDeclarations } from './declarations.js';

parentPort.on('message', ({ sources }) => parentPort.postMessage(emitDeclarations(sources)));
