/** Values the page sends and the test's server expects; shared so the two cannot drift apart. */

export const ACCOUNT_ID = '0d37909e38d3e99c29fa2cd343ac421a';
export const GATEWAY_ID = 'my-gateway';
export const API_TOKEN = 'browser-test-token';

/** The log id the page asks for in each case; the server answers according to it. */
export const LOG_IDS = {
  success: 'log-ok',
  validation: 'log-breaks-schema',
  apiError: 'log-missing',
} as const;

/** The path `aiGateway.logs.get` requests for a log id, below the client's baseURL. */
export function logPath(id: string): string {
  return `/accounts/${ACCOUNT_ID}/ai-gateway/gateways/${GATEWAY_ID}/logs/${id}`;
}
