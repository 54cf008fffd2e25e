import { join } from 'node:path';
import { REPO_ROOT } from './support/scale-harness.js';
import { describeScale } from './support/scale-suite.js';

/**
 * Cloudflare's whole API as its official SDK's tests use it (OpenAPI 3.0.3, 12.5 MB, 3,207
 * operations, 6,743 component schemas; not perfectly valid, as real specs rarely are), generated
 * without a config. Besides what every scale suite checks, test/fixtures/scale/cloudflare-calls.ts
 * calls operations of ten resources and must type-check against the package. Run with
 * `npm run test:scale`.
 */
describeScale({
  name: 'cloudflare-full',
  specFile: join(REPO_ROOT, '../shared/specs/cloudflare-openapi.full.stainless-mock-2026-08-17.json'),
  consumerFile: join(REPO_ROOT, 'test/fixtures/scale/cloudflare-calls.ts'),
});
