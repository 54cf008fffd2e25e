import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FULL_CLOUDFLARE_SPEC } from '../support/cloudflare-specs.js';
import { DecodingServer } from '../support/contract-decoder.js';
import { allCredentials, generateSlice, irOperations, isJsonType, plannedCalls, rawOperations, readJson, type GeneratedSlice, type RawOperation } from '../support/contract-media.js';
import { prismCaseOf, requestViolations, runCall, secondDecoderMismatches, specCaseOf } from '../support/contract-media-run.js';
import { startPrism, type PrismServer } from '../support/prism.js';

/**
 * Every operation of the full Cloudflare spec whose request body or 2xx response is not JSON
 * (multipart, forms, bytes, text, JavaScript, NDJSON, event streams), generated with Cloudflare's
 * conventions from a slice of the spec holding just those operations, and called against Prism
 * mocking that slice: Prism must accept every request (no 415/422) and the client must accept
 * Prism's response with validation on. Each operation is called once per non-JSON request media
 * type (once when only its response is not JSON). Arguments are built from the schemas (binary
 * fields as small Files); the methods are found by operationId in the IR.
 */

const document = readJson(FULL_CLOUDFLARE_SPEC);
const selected: RawOperation[] = rawOperations(document).filter((op) => [...op.requestTypes, ...op.responseTypes].some((type) => !isJsonType(type)));
const declaredSchemes = new Set(Object.keys(((document.components as Record<string, unknown>).securitySchemes ?? {}) as object));
/** Why an operation cannot be called at all, read from the spec. */
function cannotCall(op: RawOperation): string | undefined {
  if (op.operationId === undefined) return 'no operationId: a slice is cut by operationId';
  const security = op.raw.security;
  if (Array.isArray(security) && security.length > 0 && security.every((requirement) => Object.keys(requirement as object).some((name) => !declaredSchemes.has(name))))
    return `its security requirement names ${JSON.stringify(security)}, a scheme components.securitySchemes does not declare: no credential can be given`;
  return undefined;
}
/** Left out before any call, with the reason. */
const excludedUpFront = selected.filter((op) => cannotCall(op) !== undefined).map((op) => ({ operation: `${op.method.toUpperCase()} ${op.path} (${op.operationId ?? 'no id'})`, reason: cannotCall(op)! }));
const tried = selected.filter((op) => cannotCall(op) === undefined);

let slice: GeneratedSlice;
let prism: PrismServer;
let decoder: DecodingServer;

beforeAll(async () => {
  slice = await generateSlice(document, tried.map((op) => op.operationId!), 'cloudflare', 'sdkgen-cloudflare-media-');
  decoder = await DecodingServer.start();
  prism = await startPrism(slice.specFile, { startTimeoutMs: 120_000 });
}, 300_000);

afterAll(async () => {
  await Promise.all([prism?.stop(), decoder?.close()]);
  if (slice) rmSync(slice.dir, { recursive: true, force: true });
});

describe('the non-JSON operations of the full Cloudflare spec against Prism', () => {
  it('are about 80 operations, each of which the slice generates', () => {
    expect(selected.length).toBeGreaterThanOrEqual(80);
    const ir = irOperations(slice.api);
    expect(tried.filter((op) => !ir.has(op.operationId!)).map((op) => op.operationId)).toEqual([]);
  });

  it('Prism accepts every request and the client every response, but for named Prism and spec cases our bytes decode as sent', async () => {
    const Client = slice.index.Client as new (options: object) => object;
    const credentials = allCredentials(slice.api);
    const client = new Client({ baseURL: prism.baseURL, ...credentials, maxRetries: 0 });
    const toDecoder = new Client({ baseURL: decoder.baseURL, ...credentials, maxRetries: 0, validateResponses: 'off' });
    const ir = irOperations(slice.api);
    const accepted: string[] = [];
    const excluded: { call: string; case: string }[] = [];
    const failed: unknown[] = [];
    for (const op of tried) {
      const irOp = ir.get(op.operationId!)!;
      for (const call of plannedCalls(op, irOp, document)) {
        const label = `${call.operationId} (${call.requestType ?? 'no body'})`;
        const outcome = await runCall(client, irOp, call);
        // Whatever Prism made of it, a second decoder must read our multipart and form bytes as the arguments.
        const mismatches = await secondDecoderMismatches(toDecoder, irOp, call, decoder);
        if (mismatches.length > 0) failed.push({ label, mismatches });
        if (outcome.verdict === 'accepted') {
          const violations = requestViolations(outcome);
          if (violations.length === 0) accepted.push(label);
          else failed.push({ label, violations });
          continue;
        }
        const named = prismCaseOf(outcome, irOp) ?? specCaseOf(outcome, op, irOp);
        if (named !== undefined) excluded.push({ call: label, case: named.name });
        else failed.push({ label, verdict: outcome.verdict, status: outcome.status, detail: outcome.detail, violations: outcome.violations });
      }
    }
    const byCase = new Map<string, number>();
    for (const entry of excluded) byCase.set(entry.case, (byCase.get(entry.case) ?? 0) + 1);
    console.log(
      [
        `Cloudflare non-JSON operations: ${selected.length} selected, ${tried.length} called in ${accepted.length + excluded.length + failed.length} calls`,
        `accepted by Prism and the client: ${accepted.length}`,
        ...excludedUpFront.map((e) => `left out before calling: ${e.operation}: ${e.reason}`),
        ...[...byCase].map(([name, count]) => `excluded, ${name}: ${count}`),
        ...excluded.map((e) => `  ${e.call}: ${e.case}`),
        `failed: ${failed.length}`,
      ].join('\n'),
    );
    expect(failed).toEqual([]);
    expect(accepted.length).toBeGreaterThanOrEqual(60);
  }, 150_000);
});
