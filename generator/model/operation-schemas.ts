import type { MediaContent, ObjectSchema, Parameter, Property, RequestBody, Schema } from './ir.js';

/**
 * The params object of an operation as one object schema: client-fillable path parameters,
 * query and header parameters, and the request body under `body`. With several request media
 * types, the params object and, by `contentType`, one of the bodies (`Params & ({ contentType?:
 * 'application/octet-stream'; body: ... } | { contentType: 'multipart/form-data'; body: ... })`). The body is not spread into
 * the params because a body field may share its name with a query parameter, and bodies need
 * not be objects. Client-fillable path parameters are optional (the client's option fills them).
 */
export function paramsSchemaOf(objectParams: Parameter[], requestBody: RequestBody | undefined): Schema {
  const params = objectParams.map((p) => ({
    name: p.name,
    required: p.required && p.clientOption === undefined,
    schema: {
      ...p.schema,
      description: [p.description ?? p.schema.description, p.clientOption ? `Defaults to the client's \`${p.clientOption}\` option.` : undefined].filter(Boolean).join('\n\n') || undefined,
      ...(p.deprecated ? { deprecated: true } : {}),
    } as Schema,
  }));
  const object = (properties: Property[]): ObjectSchema => ({ kind: 'object', nullable: false, additionalProperties: true, properties });
  if (!requestBody) return object(params);
  const body = (content: MediaContent): Property => ({
    name: 'body',
    required: requestBody.required,
    schema: { ...content.schema, description: requestBody.description ?? content.schema.description ?? `The request body (${content.mediaType}).` } as Schema,
  });
  const [first, ...others] = requestBody.contents;
  if (others.length === 0) return object([...params, body(first!)]);
  // Several media types: `contentType` picks one (the first by default), and the body's type follows it.
  const choices = requestBody.contents.map((content, i) =>
    object([{ name: 'contentType', required: i > 0, schema: { kind: 'enum', nullable: false, values: [content.mediaType], description: i === 0 ? `How the body is sent; the default.` : 'How the body is sent.' } }, body(content)]),
  );
  const byContentType: Schema = { kind: 'oneOf', nullable: false, members: choices };
  return params.length === 0 ? byContentType : { kind: 'allOf', nullable: false, members: [object(params), byContentType] };
}

/**
 * The check a call's arguments pass before anything is sent (`LogGetArgs` for `LogGetParams`):
 * positional path arguments and the params object, as one object. Only when some parameter
 * declares a constraint; the body is not checked (its validators are the server's business, and
 * a body may be large).
 */
export function argsCheckOf(paramsTypeName: string, positional: Parameter[], objectParams: Parameter[]): { name: string; schema: ObjectSchema } | undefined {
  const all = [...positional, ...objectParams];
  if (!all.some((p) => hasConstraints(p.schema))) return undefined;
  return {
    name: paramsTypeName.replace(/Params$/, 'Args'),
    schema: { kind: 'object', nullable: false, additionalProperties: true, properties: all.map((p) => ({ name: p.name, schema: p.schema, required: p.required && p.clientOption === undefined })) },
  };
}

/** Whether a parameter's schema says more than its type: lengths, patterns, formats, ranges, enums. */
function hasConstraints(s: Schema): boolean {
  switch (s.kind) {
    case 'string':
      return s.minLength !== undefined || s.maxLength !== undefined || s.pattern !== undefined || s.format !== undefined;
    case 'number':
      // Always: an integer parameter rejects 1.5, and NaN is never a valid number.
      return true;
    case 'enum':
      return true;
    default:
      return false;
  }
}
