// Loads a generated package in a fresh Node process and uses every part of it with hostile
// data, then reports whether anything from the spec ran. Printed as one JSON line.
//
//   node exercise-package.mjs <outDir> <ClientClass> <payloads.json> [clientOptions JSON]
//
// Every payload assigns globalThis.__sdkgen_pwned when executed, so "nothing ran" means:
// that global is unset, no other global appeared, and Object.prototype gained nothing.
// Every method is called twice through a fake fetch (which returns payload-laden JSON):
// once with benign arguments, so the request and response paths run, and once with the
// payloads as arguments and params; every exported validator is run on payloads too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [outDir, className, payloadFile, optionsJson = '{}'] = process.argv.slice(2);
const payloads = JSON.parse(readFileSync(payloadFile, 'utf8'));
const surface = JSON.parse(readFileSync(join(outDir, 'api.json'), 'utf8'));
const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
const prototypeBefore = new Set(Object.getOwnPropertyNames(Object.prototype));

const mod = { ...(await import(pathToFileURL(join(outDir, 'dist/index.js')).href)), ...(await import(pathToFileURL(join(outDir, 'dist/validators.js')).href)) };
const hostileObject = () => Object.fromEntries(payloads.map((p) => [p, p]));
const hostileBody = () => ({ success: true, result: { ...hostileObject(), nested: hostileObject(), list: payloads }, errors: [], messages: [] });
let fetches = 0;
const fakeFetch = async () => {
  fetches++;
  return new Response(JSON.stringify(hostileBody()), { status: 200, headers: { 'content-type': 'application/json' } });
};
const quiet = { debug() {}, info() {}, warn() {}, error() {} };
const client = new mod[className]({ fetch: fakeFetch, maxRetries: 0, validateResponses: 'warn', logger: quiet, ...JSON.parse(optionsJson) });

const outcomes = {};
for (const op of surface.operations) {
  const segments = op.name.split('.');
  let target = client;
  for (const segment of segments.slice(0, -1)) target = target[segment];
  const method = segments[segments.length - 1];
  const calls = [
    ['plain', op.args.map(() => 'x'), {}],
    ['hostile', op.args.map((_, i) => payloads[i % payloads.length]), { ...hostileObject(), body: hostileBody() }],
  ];
  for (const [label, args, params] of calls) {
    try {
      await target[method](...args, params);
      outcomes[`${op.name} ${label}`] = 'resolved';
    } catch (error) {
      outcomes[`${op.name} ${label}`] = error?.name ?? String(error);
    }
  }
}
let validatorCalls = 0;
for (const [name, fn] of Object.entries(mod)) {
  if (typeof fn !== 'function' || !/^(is|validate)[A-Z]/.test(name)) continue;
  for (const value of [hostileBody(), hostileBody().result, hostileObject(), payloads, ...payloads, null, 0, {}]) {
    fn(value);
    validatorCalls++;
  }
}
console.log(
  JSON.stringify({
    pwned: globalThis.__sdkgen_pwned ?? null,
    newGlobals: Object.getOwnPropertyNames(globalThis).filter((n) => !globalsBefore.has(n)),
    prototypeAdded: Object.getOwnPropertyNames(Object.prototype).filter((n) => !prototypeBefore.has(n)),
    fetches,
    validatorCalls,
    outcomes,
  }),
);
