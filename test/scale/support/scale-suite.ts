import {
  compareOnSamples,
  consumerProject,
  describeSpec,
  generate,
  head,
  importValidators,
  oracleFor,
  readApiMethods,
  readSpec,
  responseValidators,
  sampleOperations,
  tempOutput,
  typeCheck,
  type ApiMethod,
  type Oracle,
  type RunResult,
} from './scale-harness.js';

/**
 * One large spec, end to end, as a describe block: generate (the CLI, exit 0, warnings allowed),
 * `tsc --noEmit --strict` over the package (zero errors), every operation of the spec a method
 * in api.md, the validators of a deterministic sample of operations against ajv, and optionally
 * a consumer file type-checked against the package's declarations.
 */

export interface ScaleSuite {
  /** Short name for the temp folder. */
  name: string;
  specFile: string;
  /** The API's response conventions (`--conventions`): Cloudflare's envelopes and pages. */
  conventions?: 'cloudflare';
  /** How many operations' result validators are checked, and with how many values each. */
  sample?: number;
  runs?: number;
  /** A TypeScript file that imports `../out/dist/index.js` and must type-check against it. */
  consumerFile?: string;
  /** More tests of the generated package (in `out`), in the same describe block; `generated()` throws if generation failed. */
  moreTests?: (out: string, generated: () => void) => void;
  /** Jest timeouts: generous, since the generator's speed work is still in progress. */
  generateTimeoutMs?: number;
  typeCheckTimeoutMs?: number;
}

const SEED = 20_261_125;

export function describeScale(suite: ScaleSuite): void {
  const spec = readSpec(suite.specFile, suite.conventions);
  const sample = sampleOperations(spec, suite.sample ?? 50);
  const runs = suite.runs ?? 60;
  const generateTimeout = suite.generateTimeoutMs ?? 30 * 60_000;
  const typeCheckTimeout = suite.typeCheckTimeoutMs ?? 20 * 60_000;

  describe(describeSpec(spec), () => {
    const temp = tempOutput(suite.name);
    const timings: string[] = [];
    let generation: RunResult | undefined;
    let loaded: Promise<{ methods: Map<string, ApiMethod>; validators: Record<string, unknown>; oracle: Oracle }> | undefined;

    afterAll(() => {
      console.log(`${suite.name}: ${timings.join('; ')}`);
      temp.remove();
    });

    /** Throws when the generation failed: the first test reports why; the later ones only say so. */
    function generated(): void {
      if (generation?.code !== 0) throw new Error('the package was not generated (see "generates the package")');
    }

    function load(): Promise<{ methods: Map<string, ApiMethod>; validators: Record<string, unknown>; oracle: Oracle }> {
      loaded ??= (async () => {
        const started = performance.now();
        const methods = new Map(readApiMethods(temp.out).map((m) => [m.http, m]));
        const validators = await importValidators(temp.out);
        const oracle = oracleFor(spec);
        timings.push(`import validators + ajv: ${seconds(performance.now() - started)}`);
        return { methods, validators, oracle };
      })();
      return loaded;
    }

    it(
      `generates the package with \`sdkgen generate --spec FILE${suite.conventions ? ` --conventions ${suite.conventions}` : ''} --out DIR --quiet\`: exit 0`,
      async () => {
        generation = await generate(suite.specFile, temp.out, suite.conventions);
        timings.push(`generate: ${seconds(generation.ms)}`);
        if (generation.code !== 0) {
          throw new Error(`sdkgen exited ${generation.code ?? generation.signal} after ${seconds(generation.ms)}\n${head(generation.stderr)}\n${head(generation.stdout, 20)}`);
        }
      },
      generateTimeout,
    );

    it(
      'type-checks the generated package with `tsc --noEmit --strict`: zero errors',
      async () => {
        generated();
        const result = await typeCheck(`${temp.out}/tsconfig.json`);
        timings.push(`tsc --noEmit --strict: ${seconds(result.ms)}`);
        const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
        expect({ code: result.code, errors: errors.length, first: head(errors.join('\n'), 40) }).toEqual({ code: 0, errors: 0, first: '' });
      },
      typeCheckTimeout,
    );

    it('documents every operation of the spec as exactly one method in api.md, with no name taken twice', async () => {
      generated();
      const { methods } = await load();
      const rows = readApiMethods(temp.out);
      const missing = spec.operations.filter((op) => !methods.has(op.http)).map((op) => `${op.http} (${op.operationId ?? 'no operationId'})`);
      const byCall = new Map<string, string[]>();
      for (const row of rows) byCall.set(row.call, [...(byCall.get(row.call) ?? []), row.http]);
      const taken = [...byCall].filter(([, https]) => https.length > 1).map(([call, https]) => `${call}: ${https.join(', ')}`);
      expect({ missing: missing.slice(0, 20), missingCount: missing.length, taken: taken.slice(0, 20), takenCount: taken.length }).toEqual({ missing: [], missingCount: 0, taken: [], takenCount: 0 });
      expect(rows.length).toBe(spec.operations.length);
    });

    const withoutValidValues: string[] = [];
    it.each(sample.map((op) => [`${op.http}${op.envelopeField ? ` (.${op.envelopeField})` : ''}`, op] as const))(
      'validates values derived from the result schema of %s as ajv does',
      async (_title, op) => {
        generated();
        const { methods, validators, oracle } = await load();
        const method = methods.get(op.http);
        if (!method) throw new Error(`api.md has no method for ${op.http}`);
        const counts = compareOnSamples(oracle, op, responseValidators(validators, method.resolvesTo), { seed: SEED, runs });
        // Mutations always give rejected values; some schemas are too constrained for the value
        // generator to hit a valid one, which the next test counts.
        expect(counts.rejected).toBeGreaterThan(0);
        if (counts.valid === 0) withoutValidValues.push(op.http);
      },
      120_000,
    );

    it('reaches valid values for at least 80% of the sampled operations', () => {
      generated();
      // GitHub's largest responses (hundreds of required nested fields) defeat the value generator for a few operations.
      expect({ withoutValidValues, count: withoutValidValues.length <= Math.floor(sample.length / 5) }).toEqual({ withoutValidValues, count: true });
    });

    if (suite.consumerFile !== undefined) {
      const consumerFile = suite.consumerFile;
      it(
        `type-checks ${consumerFile.slice(consumerFile.lastIndexOf('test/'))} (calls of several resources) against the package's declarations`,
        async () => {
          generated();
          const project = consumerProject(temp.root, consumerFile);
          const result = await typeCheck(`${project}/tsconfig.json`);
          timings.push(`consumer tsc: ${seconds(result.ms)}`);
          expect({ code: result.code, output: head(result.stdout, 40) }).toEqual({ code: 0, output: '' });
        },
        typeCheckTimeout,
      );
    }

    suite.moreTests?.(temp.out, generated);
  });
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
