import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SEED_OPTIONAL_FIELDS, SEED_REQUIRED_FIELDS, seedExampleBody } from '../support/log-detail-seed.js';

/**
 * test/support/log-detail-seed.ts is a hand transcription of the seed page; this reads the page
 * itself (kept in the repository) and checks the transcription field by field, so a typo in the
 * transcription cannot make the tests that rely on it agree with a wrong spec.
 */

const page = readFileSync(fileURLToPath(new URL('../fixtures/seed/get-gateway-log-detail.txt', import.meta.url)), 'utf8');

/** The page's Go types, as the type of the JSON value (`Time` is a date-time string). */
const JSON_TYPE_OF_GO: Record<string, string> = { string: 'string', Time: 'string', bool: 'boolean', int64: 'number', float64: 'number' };

/** `TokensIn` -> `tokens_in`, `ID` -> `id`: the Go SDK's field names for the JSON keys. */
const jsonName = (goName: string): string => goName.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** The "Returns" list: `Name type` lines, `optional` glued to the type when the page says so. */
function documentedFields(): { required: Record<string, string>; optional: Record<string, string> } {
  const list = /type LogGetResponse struct\{…\}\n([\s\S]*?)\n\n/.exec(page)?.[1];
  if (list === undefined) throw new Error('the seed page has no "type LogGetResponse struct{…}" list');
  const required: Record<string, string> = {};
  const optional: Record<string, string> = {};
  for (const line of list.split('\n')) {
    const field = /^([A-Z][A-Za-z]*) (string|Time|bool|int64|float64)(optional)?$/.exec(line);
    if (!field) continue; // constraint lines such as "formatdate-time"
    (field[3] ? optional : required)[jsonName(field[1]!)] = JSON_TYPE_OF_GO[field[2]!]!;
  }
  return { required, optional };
}

describe('the seed page transcription (test/support/log-detail-seed.ts)', () => {
  it('lists the required and optional fields of the page, with their JSON types', () => {
    const { required, optional } = documentedFields();
    expect(Object.keys(required)).toHaveLength(10);
    expect(required).toEqual(SEED_REQUIRED_FIELDS);
    expect(optional).toEqual(SEED_OPTIONAL_FIELDS);
  });

  it("is the page's example response body", () => {
    const example = page.slice(page.lastIndexOf('\n{\n') + 1);
    expect(JSON.parse(example)).toEqual(seedExampleBody());
  });
});
