import { joinPointer } from '../common/diagnostics.js';
import { followRefs, type DocumentSet } from '../load/document-set.js';
import type { RequestBody } from './ir.js';
import { preferredContent } from './media-types.js';
import type { SchemaConverter } from './schema-object.js';

type Raw = Record<string, unknown>;

/** The operation's Request Body Object (through a `$ref`), or nothing when it has none with content. */
export function buildRequestBody(operation: Raw, documents: DocumentSet, converter: SchemaConverter, file: string, pointer: string): RequestBody | undefined {
  const found = followRefs(documents, operation.requestBody, { file, pointer: joinPointer(pointer, 'requestBody') });
  const body = found?.value;
  if (!found || !body) return undefined;
  const content = preferredContent(body.content);
  if (!content) return undefined;
  const schema = converter.convert(content.media?.schema, found.file, joinPointer(found.pointer, 'content', content.mediaType, 'schema'));
  return { contentType: content.mediaType, required: body.required === true, schema, ...(typeof body.description === 'string' ? { description: body.description } : {}) };
}
