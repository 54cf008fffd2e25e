/**
 * The page that browser.test.ts bundles with esbuild and runs in headless Chromium. It makes three
 * `aiGateway.logs.get` calls against the server that served it (same origin, so no CORS) and writes
 * what happened, as JSON, into `<pre id="results">` for the test to read back.
 *
 * Everything it reports is plain data: class checks are done here, in the page, where the error
 * objects live.
 */
import { APIError, Cloudflare, CloudflareError, NotFoundError, ResponseValidationError } from '../../../generated/dist/index.js';
import { ACCOUNT_ID, API_TOKEN, GATEWAY_ID, LOG_IDS } from './constants.js';

/** CSP violations the page saw (an `eval` in the bundle would be blocked and reported here). */
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => {
  violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`);
});

export type Outcome =
  | { kind: 'resolved'; value: unknown }
  | {
      kind: 'ResponseValidationError';
      name: string;
      message: string;
      isCloudflareError: boolean;
      issues: { path: string; message: string; expected: string; received: string }[];
    }
  | {
      kind: 'APIError';
      name: string;
      message: string;
      isNotFoundError: boolean;
      isCloudflareError: boolean;
      status: number;
      errors: unknown[];
      messages: unknown[];
      requestId: string | undefined;
    }
  | { kind: 'other'; name: string; message: string; stack: string };

export interface PageResults {
  success: Outcome;
  validation: Outcome;
  apiError: Outcome;
  violations: string[];
  userAgent: string;
}

function describeError(error: unknown): Outcome {
  if (error instanceof ResponseValidationError) {
    return {
      kind: 'ResponseValidationError',
      name: error.name,
      message: error.message,
      isCloudflareError: error instanceof CloudflareError,
      issues: error.issues.map(({ path, message, expected, received }) => ({ path, message, expected, received })),
    };
  }
  if (error instanceof APIError) {
    return {
      kind: 'APIError',
      name: error.name,
      message: error.message,
      isNotFoundError: error instanceof NotFoundError,
      isCloudflareError: error instanceof CloudflareError,
      status: error.status,
      errors: error.errors,
      messages: error.messages,
      requestId: error.requestId,
    };
  }
  const { name, message, stack } = error instanceof Error ? error : new Error(String(error));
  return { kind: 'other', name, message, stack: stack ?? '' };
}

async function outcomeOf(call: () => PromiseLike<unknown>): Promise<Outcome> {
  try {
    return { kind: 'resolved', value: await call() };
  } catch (error) {
    return describeError(error);
  }
}

async function run(): Promise<PageResults> {
  const client = new Cloudflare({ apiToken: API_TOKEN, baseURL: `${location.origin}/client/v4`, maxRetries: 0 });
  const get = (id: string) => () => client.aiGateway.logs.get(GATEWAY_ID, id, { account_id: ACCOUNT_ID });
  return {
    success: await outcomeOf(get(LOG_IDS.success)),
    validation: await outcomeOf(get(LOG_IDS.validation)),
    apiError: await outcomeOf(get(LOG_IDS.apiError)),
    violations,
    userAgent: navigator.userAgent,
  };
}

const out = document.getElementById('results');
if (out === null) throw new Error('the page has no <pre id="results">');
run()
  .then((results) => JSON.stringify(results))
  .catch((error: unknown) => JSON.stringify({ crashed: describeError(error) }))
  .then((text) => {
    out.textContent = text;
  });
