import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../generator/pipeline.js';
import { apiSurface, type ApiSurface } from '../../generator/report/api-surface.js';
import { diffSurface, isAssignable, type ApiChange } from '../../generator/report/diff-surface.js';
import { codeSpan, printable, renderReportMarkdown, renderReportText } from '../../generator/report/render-report.js';
import { API_SURFACE_FILE, readSurface, serializeSurface } from '../../generator/report/surface-file.js';
import { removeTempDirs, tempDir } from '../cli/support/cli.js';

/**
 * The API change report: what changed in the generated public API between two versions of
 * a spec, each change marked breaking or not for code that uses the package. Surfaces are
 * built from real specs through the real loader and model (`sdkgen validate`'s work), so
 * these tests exercise what users see, not hand-made surfaces.
 */

type Spec = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function baseSpec(): Spec {
  return {
    openapi: '3.0.3',
    info: { title: 'Report', version: '1' },
    paths: {
      '/widgets/{id}': {
        get: {
          operationId: 'get-widget',
          description: 'Gets a widget.',
          parameters: [
            { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'expand', in: 'query', schema: { type: 'boolean' } },
          ],
          responses: {
            '200': {
              description: 'ok',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['id', 'name', 'status'],
                    properties: {
                      id: { type: 'string' },
                      name: { type: 'string' },
                      status: { type: 'string', enum: ['active', 'archived'] },
                      size: { type: 'integer' },
                      dimensions: { type: 'object', properties: { width: { type: 'number' }, height: { type: 'number' } } },
                      owner: { $ref: '#/components/schemas/Owner' },
                    },
                  },
                },
              },
            },
          },
        },
      },
      '/widgets': {
        post: {
          operationId: 'create-widget',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetInput' } } } },
          responses: { '201': { description: 'created', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } } },
        },
      },
    },
    components: {
      schemas: {
        Owner: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, email: { type: 'string' } } },
        WidgetInput: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, color: { type: 'string', enum: ['red', 'blue'] }, weight: { type: 'integer' } },
        },
      },
    },
  };
}

const getWidget = (s: Spec) => s.paths['/widgets/{id}'].get;
const widget = (s: Spec) => getWidget(s).responses['200'].content['application/json'].schema;
const input = (s: Spec) => s.components.schemas.WidgetInput;

afterAll(removeTempDirs);

/** The API surface of a spec, through the real loader and model. */
async function surfaceOf(spec: Spec): Promise<ApiSurface> {
  const file = join(tempDir('sdkgen-report-'), 'openapi.json');
  writeFileSync(file, JSON.stringify(spec));
  const { api } = await generate({ spec: file, validateOnly: true });
  return apiSurface(api!);
}

async function changesFor(mutate: (s: Spec) => void): Promise<ApiChange[]> {
  const after = baseSpec();
  mutate(after);
  return diffSurface(await surfaceOf(baseSpec()), await surfaceOf(after));
}

/** The parts of a change a table states: [breaking, subject, part, field, change]. */
function brief(c: ApiChange): [boolean, string, string, string | undefined, string] {
  return [c.breaking, c.subject, c.part, c.field, c.change];
}

describe('diffSurface marks each change breaking or not for a consumer', () => {
  it.each<[string, (s: Spec) => void, ReturnType<typeof brief>[]]>([
    ['a response field made optional breaks readers of responses', (s) => (widget(s).required = ['id', 'status']), [[true, 'widgets.get', 'response', 'name', 'became-optional']]],
    ['a response field made nullable breaks readers of responses', (s) => (widget(s).properties.size.nullable = true), [[true, 'widgets.get', 'response', 'size', 'became-nullable']]],
    ['a response field made required does not break anyone', (s) => widget(s).required.push('size'), [[false, 'widgets.get', 'response', 'size', 'became-required']]],
    ['a removed response field breaks readers', (s) => delete widget(s).properties.size, [[true, 'widgets.get', 'response', 'size', 'removed']]],
    ['an added response field does not break anyone', (s) => (widget(s).properties.color = { type: 'string' }), [[false, 'widgets.get', 'response', 'color', 'added']]],
    ['a retyped response field breaks readers', (s) => (widget(s).properties.size = { type: 'string' }), [[true, 'widgets.get', 'response', 'size', 'type-changed']]],
    ['a new enum value in a response breaks readers (they may not handle it)', (s) => widget(s).properties.status.enum.push('deleted'), [[true, 'widgets.get', 'response', 'status', 'type-changed']]],
    ['a removed enum value in a response does not break readers', (s) => widget(s).properties.status.enum.pop(), [[false, 'widgets.get', 'response', 'status', 'type-changed']]],
    ['a new enum value in a request body does not break callers', (s) => input(s).properties.color.enum.push('green'), [[false, 'WidgetInput', 'field', 'color', 'type-changed']]],
    ['a removed enum value in a request body breaks callers', (s) => input(s).properties.color.enum.pop(), [[true, 'WidgetInput', 'field', 'color', 'type-changed']]],
    ['integer widened to number in a request body does not break callers', (s) => (input(s).properties.weight.type = 'number'), [[false, 'WidgetInput', 'field', 'weight', 'type-changed']]],
    ['a request body field made required breaks callers', (s) => input(s).required.push('color'), [[true, 'WidgetInput', 'field', 'color', 'became-required']]],
    ['a request body field made optional does not break callers', (s) => (input(s).required = []), [[false, 'WidgetInput', 'field', 'name', 'became-optional']]],
    [
      'an added optional param does not break callers; an added required one does',
      (s) => getWidget(s).parameters.push({ name: 'fields', in: 'query', schema: { type: 'string' } }, { name: 'version', in: 'query', required: true, schema: { type: 'integer' } }),
      [
        [false, 'widgets.get', 'param', 'fields', 'added'],
        [true, 'widgets.get', 'param', 'version', 'added'],
      ],
    ],
    ['a param made required breaks callers', (s) => (getWidget(s).parameters[1].required = true), [[true, 'widgets.get', 'param', 'expand', 'became-required']]],
    ['a removed param breaks callers', (s) => getWidget(s).parameters.pop(), [[true, 'widgets.get', 'param', 'expand', 'removed']]],
    [
      'a renamed path argument breaks every call',
      (s) => {
        s.paths['/widgets/{widget_id}'] = s.paths['/widgets/{id}'];
        delete s.paths['/widgets/{id}'];
        s.paths['/widgets/{widget_id}'].get.parameters[0].name = 'widget_id';
      },
      [[true, 'widgets.get', 'arguments', undefined, 'type-changed']],
    ],
    ['a removed operation breaks callers (its component schema stays exported)', (s) => delete s.paths['/widgets'], [[true, 'widgets.create', 'whole', undefined, 'removed']]],
    ['a removed component schema breaks code that imports its type', (s) => delete s.components.schemas.Owner && delete widget(s).properties.owner, [[true, 'widgets.get', 'response', 'owner', 'removed'], [true, 'Owner', 'whole', undefined, 'removed']]],
    [
      'an added operation does not break anyone',
      (s) => (s.paths['/widgets/{id}'].delete = { operationId: 'delete-widget', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '204': { description: 'gone' } } }),
      [[false, 'widgets.delete', 'whole', undefined, 'added']],
    ],
    ['a field removed from a schema used in responses breaks readers', (s) => delete s.components.schemas.Owner.properties.email, [[true, 'Owner', 'field', 'email', 'removed']]],
    ['a removed inline object is one change, not one per field inside it', (s) => delete widget(s).properties.dimensions, [[true, 'widgets.get', 'response', 'dimensions', 'removed']]],
    ['a nested response field made optional is found by its path', (s) => (widget(s).properties.dimensions.required = ['width']), [[false, 'widgets.get', 'response', 'dimensions.width', 'became-required']]],
    ['documentation changes are not API changes', (s) => ((getWidget(s).description = 'Fetches a widget.'), (widget(s).properties.size.description = 'In grams.')), []],
  ])('%s', async (_title, mutate, expected) => {
    expect((await changesFor(mutate)).map(brief)).toEqual(expected);
  });

  it('says who a breaking change affects', async () => {
    const [change] = await changesFor((s) => (widget(s).required = ['id', 'status']));
    expect(change!.consequence).toBe('readers of responses must handle it being absent');
  });
});

describe('isAssignable (type text widening and narrowing)', () => {
  it.each([
    ['"a" | "b"', '"a" | "b" | "c"', true],
    ['"a" | "b" | "c"', '"a" | "b"', false],
    ['"a" | "b"', 'string', true],
    ['string', '"a"', false],
    ['integer', 'number', true],
    ['number', 'integer', false],
    ['1 | 2', 'integer', true],
    ['1.5', 'integer', false],
    ['string', 'string | integer', true],
    ['"x | y"', '"x | y" | "z"', true],
    ['{ "a": string }', '{ "a": string } | null', true],
    ['Owner', 'unknown', true],
    ['Owner', 'OwnerV2', false],
  ])('%s -> %s: %s', (from, to, expected) => {
    expect(isAssignable(from, to)).toBe(expected);
  });
});

describe('the report', () => {
  it('renders Markdown with breaking changes first, and names that cannot break out of their code spans', () => {
    const changes: ApiChange[] = [
      { breaking: false, subject: 'widgets.get', subjectKind: 'operation', part: 'param', field: 'a`b', change: 'added', to: 'string', consequence: 'optional, so existing calls still compile' },
      { breaking: true, subject: 'widgets.get', subjectKind: 'operation', part: 'response', field: 'size\nx', change: 'became-nullable', consequence: 'readers of responses must handle null' },
    ];
    expect(renderReportMarkdown(changes, 'out/api.json')).toBe(
      [
        '# API changes',
        '',
        "Compared with the previous generation's API surface, `out/api.json`.",
        '',
        '**1 breaking** and 1 non-breaking changes.',
        '',
        '## Breaking changes',
        '',
        '- `widgets.get`: response field `size\\u000ax` became nullable. Readers of responses must handle null.',
        '',
        '## Non-breaking changes',
        '',
        '- `widgets.get`: param ``a`b`` added (`string`). Optional, so existing calls still compile.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to compare with, or nothing changed', () => {
    expect(renderReportMarkdown(undefined, 'out/api.json')).toContain('There is no previous API surface at `out/api.json`');
    expect(renderReportMarkdown([], 'out/api.json')).toContain('The public API did not change.');
    expect(renderReportText(undefined, 'out/api.json')).toEqual(['sdkgen: no previous API surface at out/api.json; no API change report']);
    expect(renderReportText([], 'out/api.json')).toEqual(['sdkgen: the public API did not change']);
  });

  it('keeps control characters from spec names off the terminal', () => {
    expect(printable('a\u001b[2Jb\nc\u2028d')).toBe('a\\u001b[2Jb\\u000ac\\u2028d');
    expect(codeSpan('``x`')).toBe('``` ``x` ```');
  });
});

describe('api.json in the output', () => {
  it('round-trips: reading what was written gives the same surface, and writing is deterministic', async () => {
    const surface = await surfaceOf(baseSpec());
    const text = serializeSurface(surface);
    expect(serializeSurface(await surfaceOf(baseSpec()))).toBe(text);
    const dir = tempDir('sdkgen-report-');
    writeFileSync(join(dir, API_SURFACE_FILE), text);
    expect(readSurface(dir)).toEqual(surface);
  });

  it('is not a baseline when it is missing, unparseable or of another format', () => {
    const dir = tempDir('sdkgen-report-');
    expect(readSurface(dir)).toBeUndefined();
    writeFileSync(join(dir, API_SURFACE_FILE), '{ not json');
    expect(readSurface(dir)).toBeUndefined();
    writeFileSync(join(dir, API_SURFACE_FILE), JSON.stringify({ format: 'something-else/9', operations: [], schemas: [] }));
    expect(readSurface(dir)).toBeUndefined();
  });

  it(
    'is written by generate, and the next generate reports the change against it',
    async () => {
      const dir = tempDir('sdkgen-report-');
      const out = join(dir, 'out');
      const v1 = join(dir, 'v1.json');
      const v2 = join(dir, 'v2.json');
      writeFileSync(v1, JSON.stringify(baseSpec()));
      const after = baseSpec();
      widget(after).required = ['id', 'status'];
      writeFileSync(v2, JSON.stringify(after));
      const first = await generate({ spec: v1, out });
      expect(first.apiChanges).toBeUndefined();
      expect(JSON.parse(readFileSync(join(out, API_SURFACE_FILE), 'utf8'))).toEqual(apiSurface(first.api!));
      const checked = await generate({ spec: v2, out, check: true });
      expect(checked.stale).toContain(API_SURFACE_FILE);
      expect(checked.apiChanges?.map(brief)).toEqual([[true, 'widgets.get', 'response', 'name', 'became-optional']]);
      const second = await generate({ spec: v2, out });
      expect(second.apiChanges?.map(brief)).toEqual([[true, 'widgets.get', 'response', 'name', 'became-optional']]);
      const third = await generate({ spec: v2, out, check: true });
      expect(third.apiChanges).toEqual([]);
      expect(third.stale).toEqual([]);
    },
    240_000,
  );
});
