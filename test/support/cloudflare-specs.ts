import { fileURLToPath } from 'node:url';

/**
 * The Cloudflare OpenAPI documents the tests read, kept in the repository so that a clone runs
 * every test (test/fixtures/specs/cloudflare/; PROVENANCE.json there says where each came from,
 * SHA256SUMS what its bytes are).
 */
const specsDir = new URL('../fixtures/specs/cloudflare/', import.meta.url);

export const CLOUDFLARE_SPECS_DIR = fileURLToPath(specsDir);

/** Cloudflare's whole API as its official SDK's tests use it: 12.5 MB, 3,207 operations. */
export const FULL_CLOUDFLARE_SPEC = fileURLToPath(new URL('cloudflare-openapi.full.stainless-mock-2026-08-17.json', specsDir));

/** The one operation `GET .../gateways/{gateway_id}/logs/{id}`, verbatim from the full spec. */
export const LOG_GET_SPEC = fileURLToPath(new URL('cloudflare-ai-gateway-log-get.openapi.json', specsDir));
