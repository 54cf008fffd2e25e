import { join } from 'node:path';
import { REPO_ROOT } from './support/scale-harness.js';
import { describeScale } from './support/scale-suite.js';

/**
 * GitHub's REST API description for api.github.com (OpenAPI 3.0.3, about 1,200 operations), as
 * the devDependency @octokit/openapi ships it (its `generated/` folder; the package has no 3.1
 * variant). Run with `npm run test:scale`.
 */
describeScale({
  name: 'github',
  specFile: join(REPO_ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'),
});
