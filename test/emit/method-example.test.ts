import { afterAll, describe, expect, it } from '@jest/globals';
import { exampleLines } from '../../generator/emit/method-example.js';
import { modelOf, removeTempFiles, specWith } from '../support/model-units.js';

/**
 * generator/emit/method-example.ts: the `@example` of a method, a call with its required
 * arguments valued from the spec, and what it resolves to.
 */

afterAll(removeTempFiles);

const STR = { type: 'string' };

function exampleOf(operation: Record<string, unknown>, path = '/zones/{zone_id}/things', method = 'get'): string[] {
  const spec = specWith({ [path]: { [method]: { operationId: 'op', ...operation } } });
  const built = modelOf({ 'openapi.yaml': spec });
  const op = built.operation('op');
  return exampleLines(op, 'client.things.op', [], new Map(built.api.schemas.map((s) => [s.id, s])));
}

const zone = { name: 'zone_id', in: 'path', required: true, schema: { type: 'string', example: '023e105f4ecef8ad9ca31a8372d0c353' } };
const json = (schema: unknown) => ({ '200': { description: 'ok', content: { 'application/json': { schema } } } });

describe('exampleLines', () => {
  it('a call with the path parameter example and required query values, resolving to a named value', () => {
    const lines = exampleOf({ parameters: [zone, { name: 'name', in: 'query', required: true, schema: STR }, { name: 'type', in: 'query', schema: STR }], responses: json({ type: 'object' }) });
    expect(lines).toEqual(['@example', '```ts', "const thing = await client.things.op('023e105f4ecef8ad9ca31a8372d0c353', { name: 'name' });", '```']);
  });

  it('placeholders by format and type; enum values; defaults', () => {
    const params = [
      zone,
      { name: 'since', in: 'query', required: true, schema: { type: 'string', format: 'date-time' } },
      { name: 'limit', in: 'query', required: true, schema: { type: 'integer', minimum: 1 } },
      { name: 'order', in: 'query', required: true, schema: { type: 'string', enum: ['asc', 'desc'] } },
      { name: 'direction', in: 'query', required: true, schema: { type: 'string', default: 'desc' } },
    ];
    const code = exampleOf({ parameters: params, responses: json({ type: 'object' }) }).slice(2, -1).join('\n');
    // Too wide for one line inside a doc block: wrapped, one argument per line.
    expect(code).toContain("since: '2019-12-27T18:11:19.117Z'");
    expect(code).toContain('limit: 1');
    expect(code).toContain("order: 'asc'");
    expect(code).toContain("direction: 'desc'");
    expect(code).not.toContain('type:');
    expect(Math.max(...code.split('\n').map((l) => l.length))).toBeLessThanOrEqual(95);
    // Still the one call it was: unwrapped, it is the call with every required argument.
    expect(code.replace(/\n\s*/g, ' ').replace(/\( /g, '(').replace(/,? \)/g, ')').replace(/,? \}/g, ' }')).toBe(
      // The params members in the order of the params type (by name).
      "const thing = await client.things.op('023e105f4ecef8ad9ca31a8372d0c353', { direction: 'desc', limit: 1, order: 'asc', since: '2019-12-27T18:11:19.117Z' });",
    );
  });

  it('no response body: a bare await', () => {
    expect(exampleOf({ parameters: [zone], responses: { '204': { description: 'gone' } } }, '/zones/{zone_id}/things', 'delete')[2]).toBe("await client.things.op('023e105f4ecef8ad9ca31a8372d0c353');");
  });

  it('an event stream: iterates the stream and logs each event data', () => {
    const lines = exampleOf({ parameters: [zone], responses: { '200': { description: 'ok', content: { 'text/event-stream': { schema: STR } } } } });
    expect(lines.slice(2, -1)).toEqual(["const stream = await client.things.op('023e105f4ecef8ad9ca31a8372d0c353');", 'for await (const thing of stream) {', '  console.log(thing.data);', '}']);
  });

  it('a paged list: for await over the items', () => {
    const lines = exampleOf({ parameters: [zone, { name: 'page', in: 'query', schema: { type: 'integer' } }], responses: json({ type: 'array', items: { type: 'object' } }) });
    expect(lines.slice(2, -1)).toEqual(['// Walks every item of every page, fetching pages as it goes.', "for await (const thing of client.things.op('023e105f4ecef8ad9ca31a8372d0c353')) {", '  console.log(thing);', '}']);
  });

  it('a binary upload shows toFile, and an example that would close the comment cannot', () => {
    const lines = exampleOf(
      { parameters: [{ ...zone, schema: { type: 'string', example: '*/ evil() /*' } }], requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } }, responses: json({ type: 'object' }) },
      '/zones/{zone_id}/things',
      'put',
    );
    const text = lines.join('\n');
    expect(text).toContain("await toFile(fs.createReadStream('path/to/file'))");
    expect(text).not.toContain('*/');
  });
});
