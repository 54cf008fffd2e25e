import { join } from 'node:path';
import { REPO_ROOT } from './support/scale-harness.js';
import { describeScale } from './support/scale-suite.js';

/**
 * Figma's REST API description (OpenAPI 3.1.0: `type` arrays for nullables, `const`, 2020-12
 * semantics; about 50 operations and 230 component schemas), as the devDependency
 * @figma/rest-api-spec ships it. The largest public 3.1 description found on the npm registry.
 * Run with `npm run test:scale`.
 */
describeScale({
  name: 'figma',
  specFile: join(REPO_ROOT, 'node_modules/@figma/rest-api-spec/openapi/openapi.yaml'),
});
