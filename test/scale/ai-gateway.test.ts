import { join } from 'node:path';
import { REPO_ROOT } from './support/scale-harness.js';
import { describeScale } from './support/scale-suite.js';

/**
 * The harness of the scale suites on the AI Gateway spec without its config (default naming,
 * `result` envelopes): small enough to show in about a minute that the harness itself works.
 */
describeScale({
  name: 'ai-gateway',
  conventions: 'cloudflare',
  specFile: join(REPO_ROOT, 'spec/cloudflare-ai-gateway.openapi.yaml'),
});
