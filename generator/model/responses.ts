import { joinPointer } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import type { Response } from './ir.js';
import { preferredContent } from './media-types.js';
import type { SchemaConverter } from './schema-object.js';

type Raw = Record<string, unknown>;

/**
 * The success response a method resolves to: the lowest 2xx status the operation declares, with
 * its body's schema. What the method unwraps from it is decided later, by the API's conventions
 * (model/conventions/), once every named schema is known.
 */
export function buildResponse(operation: Raw, documents: DocumentSet, converter: SchemaConverter, file: string, pointer: string): Response {
  const responses = (operation.responses ?? {}) as Raw;
  const status = Object.keys(responses).filter((s) => /^2/.test(s)).sort()[0];
  if (status === undefined) return { status: '200' };
  const found = followRefs(documents, responses[status], { file, pointer: joinPointer(pointer, 'responses', status) });
  if (!found) return { status };
  const content = preferredContent(found.value?.content);
  if (!content || content.media?.schema === undefined) return { status, ...(content ? { contentType: content.mediaType } : {}) };
  const schema = converter.convert(content.media.schema, found.file, joinPointer(found.pointer, 'content', content.mediaType, 'schema'));
  return { status, contentType: content.mediaType, schema };
}

/** The statuses of the error responses the operation declares (`404`, `4XX`, `default`), sorted. */
export function errorStatuses(operation: Raw): string[] {
  return Object.keys((operation.responses ?? {}) as Raw)
    .filter((s) => !s.startsWith('2'))
    .sort();
}
